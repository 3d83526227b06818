package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sibcalc.Fixtures.checkedStatement;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.dec;
import static org.sibcalc.Fixtures.gbp;
import static org.sibcalc.Fixtures.money;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.terms;

import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sibcalc.Calculation;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.Netting;
import org.sibcalc.contract.Outcome;
import org.sibcalc.data.CareData;

/**
 * docs/rules.md, "Payments", step 2: the cumulative due is the exact sum over netting units rounded to the
  * currency's minor
 * unit (pence) with the contract's {@code rounding}, HALF_UP by default.
 *
 * <p>Price £0.125 a day avoided, one measurement date 2019-03-31, and one participant with no care whose
 * window ends on it, so days avoided = baseline × child days.
 */
class RoundingTest {

    private static ContractTerms.Builder eighthOfAPound(String baseline) {
        return terms().outcome(Outcome.careDaysAvoided(gbp("0.125")))
                .baseline(Baseline.flat(dec(baseline)))
                .measurement(MeasurementDates.of(List.of(date("2019-03-31"))));
    }

    /** One participant with {@code days} child days up to 2019-03-31 and no care. */
    private static CareData childDays(int days) {
        return data(List.of(participant("A", date("2019-03-31").minusDays(days - 1).toString())), List.of());
    }

    private static String due(ContractTerms terms, CareData data) {
        return money(checkedStatement(terms, data, "2019-03-31").payments().get(0).cumulativeDue());
    }

    @ParameterizedTest(name = "{0}: 0.125 → {1}, 0.375 → {2}, 0.1625 → {3}")
    @CsvSource({
            // mode       0.125  0.375  0.1625
            "HALF_UP,     0.13,  0.38,  0.16",
            "HALF_EVEN,   0.12,  0.38,  0.16",
            "HALF_DOWN,   0.12,  0.37,  0.16",
            "UP,          0.13,  0.38,  0.17",
            "DOWN,        0.12,  0.37,  0.16",
            "CEILING,     0.13,  0.38,  0.17",
            "FLOOR,       0.12,  0.37,  0.16",
    })
    void cumulativeDueIsRoundedToPenceWithTheContractsMode(RoundingMode mode, String due1, String due3, String due13) {
        // 2 days × 0.5  = 1.0 day avoided × £0.125 = £0.125  (a tie with an even last penny digit, 2)
        // 6 days × 0.5  = 3.0 days avoided × £0.125 = £0.375 (a tie with an odd last penny digit, 7)
        // 2 days × 0.65 = 1.3 days avoided × £0.125 = £0.1625 (no tie: nearest is 0.16)
        // Amounts due are never negative, so CEILING acts as UP and FLOOR as DOWN.
        assertThat(due(eighthOfAPound("0.5").rounding(mode).build(), childDays(2))).isEqualTo("GBP " + due1);
        assertThat(due(eighthOfAPound("0.5").rounding(mode).build(), childDays(6))).isEqualTo("GBP " + due3);
        assertThat(due(eighthOfAPound("0.65").rounding(mode).build(), childDays(2))).isEqualTo("GBP " + due13);
    }

    @Test
    void halfUpIsTheDefaultRounding() {
        // £0.125 → £0.13 (HALF_EVEN would give £0.12).
        ContractTerms terms = eighthOfAPound("0.5").build();

        assertThat(terms.rounding()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(due(terms, childDays(2))).isEqualTo("GBP 0.13");
    }

    @Test
    void unnecessaryRoundingThrowsWhenTheDueNeedsRounding() {
        // £0.125 has a third decimal place.
        Calculation calculation = Calculation.of(eighthOfAPound("0.5").rounding(RoundingMode.UNNECESSARY).build(),
                childDays(2));

        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> calculation.statement(date("2019-03-31")));
    }

    @Test
    void unnecessaryRoundingIsFineWhenTheDueIsInWholePence() {
        // 4 days × 0.5 = 2 days avoided × £0.125 = £0.25 exactly.
        assertThat(due(eighthOfAPound("0.5").rounding(RoundingMode.UNNECESSARY).build(), childDays(4)))
                .isEqualTo("GBP 0.25");
    }

    @Test
    void roundingAppliesToTheSumOverUnitsNotToEachUnit() {
        // COHORT netting, two cohorts each 2 days × 0.5 = 1 day avoided → £0.125 each. Sum £0.25, HALF_UP
        // → £0.25 (rounding each unit first would give £0.13 + £0.13 = £0.26).
        CareData data = data(List.of(participant("A", "2019-03-30").withCohort("X"),
                participant("B", "2019-03-30").withCohort("Y")), List.of());
        ContractTerms terms = eighthOfAPound("0.5").netting(Netting.COHORT).build();

        assertThat(due(terms, data)).isEqualTo("GBP 0.25");
    }

    @Test
    void exactTieIsRoundedAsATie() {
        // £1.005 a day, 1 day avoided: £1.005 exactly, HALF_UP → £1.01. (As a double, 1.005 is
        // 1.00499999999999989..., which would round to £1.00.)
        ContractTerms terms = eighthOfAPound("0.5").outcome(Outcome.careDaysAvoided(gbp("1.005"))).build();

        assertThat(due(terms, childDays(2))).isEqualTo("GBP 1.01");
    }
}
