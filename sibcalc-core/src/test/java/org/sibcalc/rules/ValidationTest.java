package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.dec;
import static org.sibcalc.Fixtures.episode;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.terms;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Set;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.Caps;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.Tracking;
import org.sibcalc.data.CareData;
import org.sibcalc.data.Participant;

/**
 * docs/contract.md and docs/input-files.md: the model is validated when it is built, and every error names the field
  * as spelt in the
 * input, the bad value and, where it helps, what it was checked against.
 */
class ValidationTest {

    private static final String ID_OF_64 = "x".repeat(64);

    // Participants

    @Test
    void exitDateBeforeStartIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> participant("A", "2019-03-04").withExitDate(date("2019-01-01")))
                .withMessage("exit_date: 2019-01-01 is before start 2019-03-04")
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("exit_date");
                    assertThat(e.problem()).isEqualTo("2019-01-01 is before start 2019-03-04");
                });
    }

    @Test
    void exitDateOnTheStartIsAccepted() {
        assertThatCode(() -> participant("A", "2019-03-04").withExitDate(date("2019-03-04"))).doesNotThrowAnyException();
    }

    @Test
    void birthDateAfterStartIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> participant("A", "2019-03-04").withBirthDate(date("2019-03-05")))
                .withMessage("birth_date: 2019-03-05 is after start 2019-03-04");
    }

    @Test
    void birthDateOnTheStartIsAccepted() {
        assertThatCode(() -> participant("A", "2019-03-04").withBirthDate(date("2019-03-04"))).doesNotThrowAnyException();
    }

    @Test
    void missingStartIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Participant.of("A", null))
                .withMessage("start: is required");
    }

    @Test
    void emptyIdIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> participant("", "2019-03-04"))
                .withMessage("id: is required");
    }

    @Test
    void blankIdIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> participant("   ", "2019-03-04"))
                .withMessage("id: is blank");
    }

    @Test
    void idOf64CharactersIsAccepted() {
        assertThat(participant(ID_OF_64, "2019-03-04").id()).hasSize(64);
    }

    @Test
    void idLongerThan64CharactersIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> participant(ID_OF_64 + "y", "2019-03-04"))
                .withMessage("id: '" + ID_OF_64 + "y' is longer than 64 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {" A", "A ", "\tA", "A\n"})
    void paddedIdIsRejected(String id) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> participant(id, "2019-03-04"))
                .withMessage("id: '" + id + "' has leading or trailing blanks");
    }

    @Test
    void blankCohortLabelIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> participant("A", "2019-03-04").withCohort(" "))
                .withMessage("cohort: ' ' must be non-blank without leading or trailing blanks");
    }

    // Episodes

    @Test
    void episodeEndBeforeStartIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> episode("A", "2019-03-04", "2019-02-01"))
                .withMessage("end: 2019-02-01 is before start 2019-03-04");
    }

    @Test
    void episodeEndingOnItsStartIsAccepted() {
        assertThatCode(() -> episode("A", "2019-03-04", "2019-03-04")).doesNotThrowAnyException();
    }

    @Test
    void episodeIdIsCheckedLikeAParticipantId() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> episode("A ", "2019-03-04", "2019-03-05"))
                .withMessage("id: 'A ' has leading or trailing blanks");
    }

    @Test
    void paddedEpisodeTypeIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> episode("A", "2019-03-04", "2019-03-05").withType(" V2"))
                .withMessage("type: ' V2' must be non-blank without leading or trailing blanks");
    }

    // Care data

    @Test
    void duplicateParticipantIdIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CareData.of(
                        List.of(participant("A", "2019-01-01"), participant("B", "2019-01-01"), participant("A", "2019-02-01")),
                        List.of()))
                .withMessage("id: 'A' is a duplicate");
    }

    @Test
    void idsDifferingOnlyInCaseAreDifferentParticipants() {
        CareData data = CareData.of(List.of(participant("a", "2019-01-01"), participant("A", "2019-01-01")), List.of());

        assertThat(data.participantCount()).isEqualTo(2);
    }

    @Test
    void episodeMatchingNoParticipantIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CareData.of(List.of(participant("A", "2019-01-01")),
                        List.of(episode("A", "2019-01-01", "2019-01-05"), episode("B", "2019-01-01", "2019-01-05"))))
                .withMessage("id: 'B' matches no participant");
    }

    // Contract terms

    @Test
    void monthlyBaselineProportionAboveOneIsRejectedNamingItsPosition() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Baseline.monthly(List.of(dec("0.12"), dec("0.31"), dec("1.5"))))
                .withMessage("baseline.monthly[2]: 1.5 is not a proportion from 0 to 1");
    }

    @Test
    void negativeFlatBaselineIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Baseline.flat(dec("-0.01")))
                .withMessage("baseline.proportion: -0.01 is not a proportion from 0 to 1");
    }

    @Test
    void baselineOfZeroAndOfOneAreProportions() {
        assertThatCode(() -> Baseline.monthly(List.of(BigDecimal.ZERO, dec("1.000")))).doesNotThrowAnyException();
    }

    @Test
    void emptyMonthlyBaselineIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Baseline.monthly(List.of()))
                .withMessage("baseline.monthly: must list at least one proportion");
    }

    @Test
    void priceInAnotherCurrencyIsRejected() {
        Outcome euros = Outcome.careDaysAvoided(Money.of(dec("45.00"), "EUR"));

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> terms().outcome(euros).build())
                .withMessage("outcomes[0].pricePerDay: EUR 45.00 is not in the contract's currency GBP");
    }

    @Test
    void totalCapInAnotherCurrencyIsRejected() {
        Caps euros = Caps.total(Money.of(dec("7100000.00"), Monetary.getCurrency("EUR")));

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> terms().caps(euros).build())
                .withMessage("caps.total: EUR 7100000.00 is not in the contract's currency GBP");
    }

    @Test
    void capFinerThanThePennyIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> terms().caps(Caps.total(Money.of(dec("100.005"), "GBP"))).build())
                .withMessage("caps.total: GBP 100.005 has more than 2 decimal places");
    }

    @Test
    void negativePriceIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Outcome.careDaysAvoided(Money.of(dec("-1.00"), "GBP")))
                .withMessageStartingWith("pricePerDay: ")
                .withMessageEndingWith(" is negative");
    }

    @Test
    void zeroTrackingPeriodIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Tracking.of(Period.ZERO))
                .withMessage("tracking.period: P0D is not a positive period");
    }

    @Test
    void trackingPeriodWithANegativePartIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Tracking.of(Period.of(0, 30, -1)))
                .withMessage("tracking.period: P30M-1D is not a positive period");
    }

    @Test
    void ageOutOfZeroIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Tracking.of(Period.ofMonths(30), 0))
                .withMessage("tracking.ageOutAt: 0 is not an age from 1 to 150");
    }

    @Test
    void emptyCareTypesAreRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> terms().careTypes(Set.of()).build())
                .withMessage("careTypes: must list at least one type (leave it out to count every type)");
    }

    @Test
    void paddedCareTypeIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> terms().careTypes(Set.of("V2 ")).build())
                .withMessage("careTypes: 'V2 ' is not a trimmed, non-blank type");
    }

    @Test
    void blankContractNameIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> terms().name(" ").build())
                .withMessage("name: is required");
    }

    @Test
    void missingRequiredTermIsRejectedNamingIt() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> terms().noBaseline().build())
                .withMessage("baseline: is required");
    }
}
