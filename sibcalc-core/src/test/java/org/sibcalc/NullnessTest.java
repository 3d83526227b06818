package org.sibcalc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.sibcalc.basics.DecimalColumn;
import org.sibcalc.claim.Comparison;
import org.sibcalc.contract.Caps;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.OutcomeWindow;
import org.sibcalc.contract.State;
import org.sibcalc.contract.Tracking;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;
import org.sibcalc.data.readers.ReaderAccess;
import org.sibcalc.ledger.PaymentLedger;
import org.sibcalc.measure.Measurement;
import org.sibcalc.payment.Payment;
import org.sibcalc.returns.Cost;

/**
 * The API's nullness convention (docs/api.md): every package is {@code @NullMarked}, a value that may be absent
 * is an empty {@code Optional}, and the factories make the common inputs without one.
 */
class NullnessTest {

    @Test
    void everyPackageOfTheCoreIsNullMarked() {
        // One class of each package of sibcalc-core's module descriptor (the readers' one exported to io alone).
        List<Class<?>> packages = List.of(Calculation.class, DecimalColumn.class, ContractTerms.class,
                Participant.class, ReaderAccess.class, PaymentLedger.class, Comparison.class, Measurement.class,
                Payment.class, Cost.class);

        for (Class<?> type : packages) {
            assertThat(type.getPackage().isAnnotationPresent(NullMarked.class)).as(type.getPackageName()).isTrue();
        }
    }

    @Test
    void aParticipantWithAnIdAndAStartHasNoOptionalValue() {
        Participant p = Participant.of("A", LocalDate.of(2019, 1, 1));
        assertThat(p.cohort()).isEmpty();
        assertThat(p.birthDate()).isEmpty();
        assertThat(p.exitDate()).isEmpty();
        Participant leaver = p.withExitDate(LocalDate.of(2019, 6, 1)).withCohort("Pilot");
        assertThat(leaver.exitDate()).contains(LocalDate.of(2019, 6, 1));
        assertThat(leaver.cohort()).contains("Pilot");
        assertThat(leaver.birthDate()).isEmpty();
    }

    @Test
    void anOpenEpisodeHasNoEnd() {
        assertThat(CareEpisode.open("A", LocalDate.of(2019, 1, 1)).end()).isEmpty();
        assertThat(CareEpisode.of("A", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 11)).end())
                .contains(LocalDate.of(2019, 1, 11));
    }

    @Test
    void termsLeftOutAreEmpty() {
        Money total = Money.of(new BigDecimal("1000.00"), "GBP");
        Money each = Money.of(new BigDecimal("50.00"), "GBP");
        Caps caps = Caps.total(total).withPerParticipant(each);
        assertThat(caps.total()).contains(total);
        assertThat(caps.perCohort()).isEmpty();
        assertThat(caps.perParticipant()).contains(each);
        assertThat(Caps.NONE).isEqualTo(new Caps(Optional.empty(), Optional.empty(), Optional.empty()));

        assertThat(Tracking.of(Period.ofMonths(30)).ageOutAt()).isEmpty();
        assertThat(Tracking.of(Period.ofMonths(30), 18).ageOutAt()).isEqualTo(OptionalInt.of(18));
        assertThat(OutcomeWindow.from(Period.ofMonths(3)).to()).isEmpty();
        assertThat(OutcomeWindow.between(Period.ofMonths(3), Period.ofYears(1)).to()).contains(Period.ofYears(1));
        assertThat(State.ofTypes(Set.of("C2")).placements()).isEmpty();
        assertThat(State.of(Set.of("C2"), Set.of("U4")).types()).contains(Set.of("C2"));
    }

    @Test
    void withoutABaselineNoCareDaysAreExpectedOrAvoided() {
        // 90 child days, 30 in care: with expected care days 45, 45 − 30 = 15 avoided; without, neither.
        assertThat(Measurement.of(1, 90, 30, new BigDecimal("45")).careDaysAvoided()).contains(new BigDecimal("15"));
        assertThat(Measurement.withoutBaseline(1, 90, 30).expectedCareDays()).isEmpty();
        assertThat(Measurement.withoutBaseline(1, 90, 30).careDaysAvoided()).isEmpty();
        assertThat(Measurement.withoutBaseline(1, 90, 30).careProportion()).contains(new BigDecimal("0.333333"));
    }

    @Test
    void anOptionalComponentIsNeverNullItself() {
        assertThatNullPointerException()
                .isThrownBy(() -> new Participant("A", LocalDate.of(2019, 1, 1), null, Optional.empty(), Optional.empty()))
                .withMessageContaining("cohort");
        assertThatNullPointerException().isThrownBy(() -> new Tracking(Period.ofMonths(30), null))
                .withMessageContaining("ageOutAt");
        assertThatNullPointerException().isThrownBy(() -> new OutcomeWindow(Period.ZERO, null))
                .withMessageContaining("to");
    }
}
