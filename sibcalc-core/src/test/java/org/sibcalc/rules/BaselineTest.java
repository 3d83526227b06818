package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.checkedStatement;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.dec;
import static org.sibcalc.Fixtures.episode;
import static org.sibcalc.Fixtures.gbp;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.paymentLines;
import static org.sibcalc.Fixtures.terms;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sibcalc.Statement;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.Condition;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.State;
import org.sibcalc.data.CareData;
import org.sibcalc.measure.Measurement;

/**
 * docs/rules.md, "Measurement": expected care days = Σₖ bₖ × (days of the window in month k), month k being
 * {@code [start.plusMonths(k − 1), start.plusMonths(k))}, the last proportion continuing after the last
 * month listed; exact decimals, no rounding. Care days avoided = expected − care days, exact, may be
 * negative.
 */
class BaselineTest {

    private static ContractTerms flat(String proportion) {
        return terms().baseline(Baseline.flat(dec(proportion))).build();
    }

    private static ContractTerms monthly(String... proportions) {
        return terms().baseline(Baseline.monthly(Arrays.stream(proportions).map(BigDecimal::new).toList())).build();
    }

    private static Measurement measure(ContractTerms terms, CareData data, String asOf) {
        return checkedStatement(terms, data, asOf).programme();
    }

    private static CareData oneParticipant(String start) {
        return data(List.of(participant("A", start)), List.of());
    }

    @Test
    void flatBaselineExpectsTheProportionOfEveryChildDay() {
        // 90 child days (2019-01-01..2019-03-31) × 0.55 = 49.50; 10 care days: avoided 49.50 − 10 = 39.50.
        CareData data = data(List.of(participant("A", "2019-01-01")),
                List.of(episode("A", "2019-01-10", "2019-01-20")));

        Measurement m = measure(flat("0.55"), data, "2019-03-31");

        assertThat(m.expectedCareDays().orElseThrow()).isEqualByComparingTo("49.50");
        assertThat(m.careDaysAvoided().orElseThrow()).isEqualByComparingTo("39.50");
    }

    @Test
    void expectedCareDaysAreExactDecimals() {
        // 90 × 0.123457 = 11.111130 exactly (a rounded figure would be 11.11 or 11.1111).
        Measurement m = measure(flat("0.123457"), oneParticipant("2019-01-01"), "2019-03-31");

        assertThat(m.expectedCareDays().orElseThrow()).isEqualByComparingTo("11.11113");
        assertThat(m.careDaysAvoided().orElseThrow()).isEqualByComparingTo("11.11113");
    }

    @Test
    void exactDecimalsAddUpOverParticipants() {
        // Three participants with 1, 2 and 3 days at 0.1: 0.1 + 0.2 + 0.3 = 0.6 exactly (0.6000000000000001
        // in binary floating point).
        CareData data = data(List.of(participant("A", "2019-03-31"), participant("B", "2019-03-30"),
                participant("C", "2019-03-29")), List.of());

        Measurement m = measure(flat("0.1"), data, "2019-03-31");

        assertThat(m.childDays()).isEqualTo(6);
        assertThat(m.expectedCareDays().orElseThrow()).isEqualByComparingTo("0.6");
    }

    @Test
    void careDaysAvoidedAreNegativeWhenCareExceedsTheBaseline() {
        // 90 × 0.05 = 4.5 expected; 10 care days: avoided 4.5 − 10 = −5.5.
        CareData data = data(List.of(participant("A", "2019-01-01")),
                List.of(episode("A", "2019-01-10", "2019-01-20")));

        Measurement m = measure(flat("0.05"), data, "2019-03-31");

        assertThat(m.careDaysAvoided().orElseThrow()).isEqualByComparingTo("-5.5");
    }

    @Test
    void monthlyBaselineAppliesEachMonthOfTheWindowAcrossCalendarMonths() {
        // Start 2019-01-15, reported 2019-03-31, baseline [0.1, 0.2, 0.3]:
        //   month 1 [01-15, 02-15) = 31 days × 0.1 = 3.1
        //   month 2 [02-15, 03-15) = 28 days × 0.2 = 5.6
        //   month 3 [03-15, 04-15) cut at 04-01 = 17 days × 0.3 = 5.1
        // child days 31 + 28 + 17 = 76; expected 3.1 + 5.6 + 5.1 = 13.8.
        Measurement m = measure(monthly("0.1", "0.2", "0.3"), oneParticipant("2019-01-15"), "2019-03-31");

        assertThat(m.childDays()).isEqualTo(76);
        assertThat(m.expectedCareDays().orElseThrow()).isEqualByComparingTo("13.8");
    }

    @Test
    void lastMonthlyProportionContinuesAfterTheLastMonthListed() {
        // Start 2019-01-15, reported 2019-05-31, baseline [0.1, 0.2]:
        //   month 1 [01-15, 02-15) = 31 days × 0.1 = 3.1
        //   month 2 [02-15, 03-15) = 28 days × 0.2 = 5.6
        //   months 3.. [03-15, 06-01) = 17 + 30 + 31 = 78 days × 0.2 (the last value) = 15.6
        // child days 31 + 28 + 78 = 137; expected 3.1 + 5.6 + 15.6 = 24.3.
        Measurement m = measure(monthly("0.1", "0.2"), oneParticipant("2019-01-15"), "2019-05-31");

        assertThat(m.childDays()).isEqualTo(137);
        assertThat(m.expectedCareDays().orElseThrow()).isEqualByComparingTo("24.3");
    }

    @Test
    void monthsFromA31stEndOnTheStartDayOfEachLaterMonthOrItsLastDay() {
        // Start 2019-01-31, reported 2019-05-30, baseline [0.1, 0.2, 0.3, 0.4]. Month k starts on
        // start.plusMonths(k − 1), each counted from the start (not chained month to month):
        //   month 1 [01-31, 02-28) = 28 days × 0.1 = 2.8
        //   month 2 [02-28, 03-31) = 31 days × 0.2 = 6.2   (chained it would be [02-28, 03-28))
        //   month 3 [03-31, 04-30) = 30 days × 0.3 = 9.0
        //   month 4 [04-30, 05-31) = 31 days × 0.4 = 12.4  (to 2019-05-30 inclusive)
        // child days 28 + 31 + 30 + 31 = 120; expected 2.8 + 6.2 + 9.0 + 12.4 = 30.4.
        Measurement m = measure(monthly("0.1", "0.2", "0.3", "0.4"), oneParticipant("2019-01-31"), "2019-05-30");

        assertThat(m.childDays()).isEqualTo(120);
        assertThat(m.expectedCareDays().orElseThrow()).isEqualByComparingTo("30.4");
    }

    @Test
    void monthlyBaselineMonthsCountFromEachParticipantsOwnStart() {
        // Baseline [0, 1] reported 2019-03-31. A from 2019-01-01: month 1 [01-01, 02-01) = 31 × 0 = 0;
        // then [02-01, 04-01) = 28 + 31 = 59 × 1 = 59. B from 2019-03-01: month 1 [03-01, 04-01) = 31 × 0 = 0.
        // Expected 59 + 0 = 59 over 90 + 31 = 121 child days.
        CareData data = data(List.of(participant("A", "2019-01-01"), participant("B", "2019-03-01")), List.of());

        Measurement m = measure(monthly("0", "1"), data, "2019-03-31");

        assertThat(m.childDays()).isEqualTo(121);
        assertThat(m.expectedCareDays().orElseThrow()).isEqualByComparingTo("59");
    }

    @Test
    void monthlyBaselineStopsAtTheEndOfTheTrackingWindow() {
        // Exit 2019-02-10 cuts the window to [2019-01-15, 2019-02-10): 17 + 9 = 26 days, all in month 1
        // [01-15, 02-15): 26 × 0.1 = 2.6; nothing at 0.9 even though the report runs to 2019-03-31.
        CareData data = data(List.of(participant("A", "2019-01-15").withExitDate(date("2019-02-10"))),
                List.of());

        Measurement m = measure(monthly("0.1", "0.9"), data, "2019-03-31");

        assertThat(m.childDays()).isEqualTo(26);
        assertThat(m.expectedCareDays().orElseThrow()).isEqualByComparingTo("2.6");
    }

    @Test
    void singleMonthlyValueIsAFlatBaseline() {
        // [0.55] continues for every month: 90 × 0.55 = 49.50, as the flat baseline.
        Measurement m = measure(monthly("0.55"), oneParticipant("2019-01-01"), "2019-03-31");

        assertThat(m.expectedCareDays().orElseThrow()).isEqualByComparingTo("49.50");
    }

    @Test
    void baselineMonthReadsTheLastValueForLaterMonths() {
        Baseline baseline = Baseline.monthly(List.of(dec("0.1"), dec("0.2")));

        assertThat(baseline.inMonth(1)).isEqualByComparingTo("0.1");
        assertThat(baseline.inMonth(2)).isEqualByComparingTo("0.2");
        assertThat(baseline.inMonth(30)).isEqualByComparingTo("0.2");
    }

    @Test
    void statementShowsCohortExpectedCareDays() {
        // Flat 0.5, QUARTER cohorts, reported 2019-06-30: A from 2019-01-01 (2019-Q1): 181 days → 90.5;
        // B from 2019-04-01 (2019-Q2): 91 days → 45.5.
        CareData data = data(List.of(participant("A", "2019-01-01"), participant("B", "2019-04-01")), List.of());

        Statement statement = checkedStatement(flat("0.5"), data, "2019-06-30");

        assertThat(statement.cohorts()).extracting(c -> c.cohort() + " " + c.measurement().expectedCareDays().orElseThrow()
                        .stripTrailingZeros()
.toPlainString())
                .containsExactly("2019-Q1 90.5", "2019-Q2 45.5");
        assertThat(statement.programme().expectedCareDays().orElseThrow()).isEqualByComparingTo("136");
    }

    @Test
    void monthlyBaselineIsMeasuredAtEachMeasurementDate() {
        // Start 2019-01-31, baseline [0.1, 0.2, 0.3, 0.4], no care, £1.00 a day, quarterly.
        //   2019-03-31: [01-31, 02-28) 28 × 0.1 = 2.8; [02-28, 03-31) 31 × 0.2 = 6.2; [03-31, 04-01) 1 × 0.3 = 0.3
        //               → 9.3 expected, due £9.30
        //   2019-06-30: 2.8 + 6.2 + [03-31, 04-30) 30 × 0.3 = 9.0 + [04-30, 07-01) (1 + 31 + 30) 62 × 0.4 = 24.8
        //               → 42.8 expected, due £42.80; payment 42.80 − 9.30 = 33.50
        Statement statement = checkedStatement(monthly("0.1", "0.2", "0.3", "0.4"), oneParticipant("2019-01-31"),
                "2019-06-30");

        assertThat(paymentLines(statement.payments())).containsExactly(
                "2019-03-31: due 9.30, paid before 0.00, payment 9.30",
                "2019-06-30: due 42.80, paid before 9.30, payment 33.50");
        assertThat(statement.payments()).extracting(p -> p.programme().childDays()).containsExactly(60L, 151L);
    }

    @Test
    void withoutABaselineNothingIsExpectedEvenBeforeAnyoneStarts() {
        // No CARE_DAYS_AVOIDED, so no baseline (docs/rules.md, "Measurement": expected care days and care days avoided are null).
        // At 2019-03-31 no one has started (A starts 2019-05-01): no participants, no child days, and still
        // nothing expected, not 0 expected care days.
        ContractTerms terms = terms().noBaseline()
                .outcome(Outcome.days(Condition.outOf(State.CARE), gbp("1.00"))).build();
        CareData data = data(List.of(participant("A", "2019-05-01")), List.of());

        for (CareData measured : List.of(data, data(List.of(), List.of()))) {
            Measurement m = checkedStatement(terms, measured, "2019-03-31").programme();

            assertThat(m.participants()).isZero();
            assertThat(m.expectedCareDays()).isEmpty();
            assertThat(m.careDaysAvoided()).isEmpty();
        }
    }
}
