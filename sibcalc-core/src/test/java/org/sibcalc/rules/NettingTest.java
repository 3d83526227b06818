package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.sibcalc.Statement;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.Netting;
import org.sibcalc.contract.Outcome;
import org.sibcalc.data.CareData;

/**
 * docs/rules.md, "CARE_DAYS_AVOIDED": each netting unit is due max(0, care days avoided) × price. With PROGRAMME
  * netting
 * (the default) the whole programme is one unit, so a cohort doing worse than the baseline offsets one
 * doing better; with COHORT netting each cohort is floored at zero on its own.
 *
 * <p>Flat baseline 0.5, £2.00 a day, one measurement date 2019-03-31. Cohort Better: A from 2019-01-01,
 * 90 child days, no care: 45 expected, 45 avoided. Cohort Worse: B from 2019-01-01, 90 child days, care
 * [01-01, 03-07) = 31 + 28 + 6 = 65 days: 45 expected, −20 avoided.
 */
class NettingTest {

    private static final CareData BETTER_AND_WORSE = data(
            List.of(participant("A", "2019-01-01").withCohort("Better"), participant("B", "2019-01-01").withCohort("Worse")),
            List.of(episode("B", "2019-01-01", "2019-03-07")));

    private static ContractTerms.Builder terms2PoundsADay() {
        return terms().outcome(Outcome.careDaysAvoided(gbp("2.00")))
                .measurement(MeasurementDates.of(List.of(date("2019-03-31"))));
    }

    @Test
    void cohortsAreMeasuredAsDescribed() {
        Statement statement = checkedStatement(terms2PoundsADay().build(), BETTER_AND_WORSE, "2019-03-31");

        assertThat(statement.cohorts()).extracting(c -> c.cohort() + " " + c.measurement().careDaysAvoided().orElseThrow().toPlainString())
                .containsExactly("Better 45.0", "Worse -20.0");
    }

    @Test
    void programmeNettingLetsAWorseCohortOffsetABetterOne() {
        // One unit: (45 − 20) = 25 days avoided × £2.00 = £50.00.
        Statement statement = checkedStatement(terms2PoundsADay().netting(Netting.PROGRAMME).build(),
                BETTER_AND_WORSE, "2019-03-31");

        assertThat(statement.programme().careDaysAvoided().orElseThrow()).isEqualByComparingTo("25");
        assertThat(paymentLines(statement.payments()))
                .containsExactly("2019-03-31: due 50.00, paid before 0.00, payment 50.00");
    }

    @Test
    void programmeIsTheDefaultNetting() {
        Statement statement = checkedStatement(terms2PoundsADay().build(), BETTER_AND_WORSE, "2019-03-31");

        assertThat(paymentLines(statement.payments()))
                .containsExactly("2019-03-31: due 50.00, paid before 0.00, payment 50.00");
    }

    @Test
    void cohortNettingFloorsAWorseCohortAtZero() {
        // Better max(0, 45) × £2.00 = £90.00; Worse max(0, −20) × £2.00 = £0.00: £90.00, not £50.00.
        Statement statement = checkedStatement(terms2PoundsADay().netting(Netting.COHORT).build(),
                BETTER_AND_WORSE, "2019-03-31");

        assertThat(paymentLines(statement.payments()))
                .containsExactly("2019-03-31: due 90.00, paid before 0.00, payment 90.00");
    }

    @Test
    void programmeDoingWorseThanTheBaselineIsDueNothing() {
        // Worse alone: max(0, −20) × £2.00 = £0.00 (not −£40.00), under either netting.
        CareData worse = data(List.of(participant("B", "2019-01-01")), List.of(episode("B", "2019-01-01", "2019-03-07")));

        assertThat(paymentLines(checkedStatement(terms2PoundsADay().build(), worse, "2019-03-31").payments()))
                .containsExactly("2019-03-31: due 0.00, paid before 0.00, payment 0.00");
        assertThat(paymentLines(checkedStatement(terms2PoundsADay().netting(Netting.COHORT).build(), worse,
                "2019-03-31").payments()))
                .containsExactly("2019-03-31: due 0.00, paid before 0.00, payment 0.00");
    }

    @Test
    void nettingMakesNoDifferenceWhenEveryCohortDoesBetter() {
        // Better (45) and Also (C from 2019-03-02, 30 days, none in care: 15 avoided): (45 + 15) × £2.00 =
        // £120.00 either way.
        CareData data = data(List.of(participant("A", "2019-01-01").withCohort("Better"),
                participant("C", "2019-03-02").withCohort("Also")), List.of());

        for (Netting netting : Netting.values()) {
            Statement statement = checkedStatement(terms2PoundsADay().netting(netting).build(), data, "2019-03-31");
            assertThat(paymentLines(statement.payments())).as("netting %s", netting)
                    .containsExactly("2019-03-31: due 120.00, paid before 0.00, payment 120.00");
        }
    }

    @Test
    void eachPaymentUnderCohortNettingCarriesTheCohortsItWasWorkedOutFrom() {
        // At 2019-03-31: Better 45 avoided, Worse −20 avoided; due max(0, 45) × £2 + max(0, −20) × £2 = £90.00.
        Statement statement = checkedStatement(terms2PoundsADay().netting(Netting.COHORT).build(),
                BETTER_AND_WORSE, "2019-03-31");

        assertThat(statement.payments().get(0).nettedCohorts())
                .extracting(c -> c.cohort() + " " + c.measurement().careDaysAvoided().orElseThrow().toPlainString())
                .containsExactly("Better 45.0", "Worse -20.0");
    }

    @Test
    void paymentsUnderProgrammeNettingCarryNoCohorts() {
        Statement statement = checkedStatement(terms2PoundsADay().build(), BETTER_AND_WORSE, "2019-03-31");

        assertThat(statement.payments().get(0).nettedCohorts()).isEmpty();
    }
}
