package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sibcalc.Fixtures.checkedStatement;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.episode;
import static org.sibcalc.Fixtures.gbp;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.paymentLines;
import static org.sibcalc.Fixtures.terms;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.contract.Caps;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.Netting;
import org.sibcalc.contract.Outcome;
import org.sibcalc.data.CareData;
import org.sibcalc.payment.Cap;
import org.sibcalc.payment.Payment;

/**
 * docs/rules.md, "Outcomes" and "Payments": {@code caps.total} limits the cumulative due (after rounding); {@code
  * caps.perCohort} limits
 * each cohort's due under COHORT netting, and is an error with PROGRAMME netting.
 */
class CapsTest {

    /**
     * Flat baseline 0.5, £2.00 a day, measured 2019-03-31. Better: A from 2019-01-01, 90 days, no care:
     * 45 avoided → £90.00. Worse: B from 2019-01-01, care [01-01, 03-07) = 65 days: 45 − 65 = −20 → £0.00.
     * Small: C from 2019-03-02, 30 days, no care: 15 avoided → £30.00.
     */
    private static final CareData THREE_COHORTS = data(List.of(
                    participant("A", "2019-01-01").withCohort("Better"),
                    participant("B", "2019-01-01").withCohort("Worse"),
                    participant("C", "2019-03-02").withCohort("Small")),
            List.of(episode("B", "2019-01-01", "2019-03-07")));

    private static ContractTerms.Builder cohortTerms() {
        return terms().outcome(Outcome.careDaysAvoided(gbp("2.00"))).netting(Netting.COHORT)
                .measurement(MeasurementDates.of(List.of(date("2019-03-31"))));
    }

    @Test
    void withoutCapsEachCohortIsDueItsFullAmount() {
        // £90.00 + £0.00 + £30.00 = £120.00.
        assertThat(paymentLines(checkedStatement(cohortTerms().build(), THREE_COHORTS, "2019-03-31").payments()))
                .containsExactly("2019-03-31: due 120.00, paid before 0.00, payment 120.00");
    }

    @Test
    void perCohortCapLimitsEachCohort() {
        // Cap £60.00 a cohort: min(90.00, 60.00) + min(0.00, 60.00) + min(30.00, 60.00) = 60 + 0 + 30 = £90.00.
        ContractTerms terms = cohortTerms().caps(Caps.perCohort(gbp("60.00"))).build();

        assertThat(paymentLines(checkedStatement(terms, THREE_COHORTS, "2019-03-31").payments()))
                .containsExactly("2019-03-31: due 90.00, paid before 0.00, payment 90.00");
    }

    @Test
    void totalCapLimitsTheSumOfCappedCohorts() {
        // Per cohort £60.00 gives £90.00 as above; total cap £75.00: min(90.00, 75.00) = £75.00.
        ContractTerms terms = cohortTerms().caps(new Caps(gbp("75.00"), gbp("60.00"))).build();

        assertThat(paymentLines(checkedStatement(terms, THREE_COHORTS, "2019-03-31").payments()))
                .containsExactly("2019-03-31: due 75.00, paid before 0.00, payment 75.00");
    }

    @Test
    void totalCapLimitsTheCumulativeDueAndLaterPaymentsStop() {
        // PROGRAMME, £1.00 a day, baseline 0.5, A from 2019-01-01 with no care, quarterly:
        //   2019-03-31:  90 days → 45.00;  2019-06-30: 181 days → 90.50;
        //   2019-09-30: 273 days → 136.50, capped at 100.00; 2019-12-31: 365 days → 182.50, capped at 100.00.
        // Payments: 45.00; 90.50 − 45.00 = 45.50; 100.00 − 90.50 = 9.50; 100.00 − 100.00 = 0.00.
        ContractTerms terms = terms().caps(Caps.total(gbp("100.00"))).build();
        CareData data = data(List.of(participant("A", "2019-01-01")), List.of());

        assertThat(paymentLines(checkedStatement(terms, data, "2019-12-31").payments())).containsExactly(
                "2019-03-31: due 45.00, paid before 0.00, payment 45.00",
                "2019-06-30: due 90.50, paid before 45.00, payment 45.50",
                "2019-09-30: due 100.00, paid before 90.50, payment 9.50",
                "2019-12-31: due 100.00, paid before 100.00, payment 0.00");
    }

    @Test
    void totalCapAppliesWithProgrammeNettingToo() {
        // Better and Worse and Small as one unit: (45 − 20 + 15) × £2.00 = £80.00, capped at £50.00.
        ContractTerms terms = cohortTerms().netting(Netting.PROGRAMME).caps(Caps.total(gbp("50.00"))).build();

        assertThat(paymentLines(checkedStatement(terms, THREE_COHORTS, "2019-03-31").payments()))
                .containsExactly("2019-03-31: due 50.00, paid before 0.00, payment 50.00");
    }

    @Test
    void aPaymentNamesTheCapsThatBoundAndWhatWasDueWithoutThem() {
        // Per cohort £60.00 binds on Better (£90.00) only; total £75.00 then binds on the £90.00 left. Without
        // caps: 90 + 0 + 30 = £120.00.
        Payment both = checkedStatement(cohortTerms().caps(new Caps(gbp("75.00"), gbp("60.00"))).build(), THREE_COHORTS,
                "2019-03-31").payments().get(0);
        assertThat(both.capsBound()).containsExactly(Cap.PER_COHORT, Cap.TOTAL);
        assertThat(both.uncappedDue()).isEqualTo(gbp("120.00"));
        // A per-cohort cap of £90.00 is reached by Better, not exceeded: it does not bind, and nothing is capped.
        Payment reached = checkedStatement(cohortTerms().caps(Caps.perCohort(gbp("90.00"))).build(), THREE_COHORTS,
                "2019-03-31").payments().get(0);
        assertThat(reached.capsBound()).isEmpty();
        assertThat(reached.uncappedDue()).isEqualTo(reached.cumulativeDue()).isEqualTo(gbp("120.00"));
    }

    @Test
    void perCohortCapWithProgrammeNettingIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> cohortTerms().netting(Netting.PROGRAMME).caps(Caps.perCohort(gbp("60.00"))).build())
                .withMessage("caps.perCohort: applies only with netting COHORT, but netting is PROGRAMME")
                .satisfies(e -> assertThat(e.field()).isEqualTo("caps.perCohort"));
    }

    @Test
    void negativeCapIsRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Caps.total(gbp("-1.00")))
                .withMessageStartingWith("caps.total: ")
                .withMessageEndingWith(" is negative");
    }
}
