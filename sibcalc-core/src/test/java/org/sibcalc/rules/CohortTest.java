package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sibcalc.Fixtures.checkedStatement;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.episode;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.terms;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sibcalc.Statement;
import org.sibcalc.contract.CohortRule;
import org.sibcalc.data.CareData;
import org.sibcalc.data.Participant;
import org.sibcalc.measure.CohortMeasurement;
import org.sibcalc.measure.Measurements;
import org.sibcalc.measure.TooManyCohortsException;
import org.sibcalc.Calculation;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.MeasurementDates;

/**
 * docs/rules.md, "Cohorts": a participant's cohort is its own label, or else derived from the start: QUARTER
 * {@code 2013-Q2}, MONTH {@code 2013-04}, YEAR {@code 2013}, FINANCIAL_YEAR (April–March) {@code 2013/14}.
 * docs/statement-json.md: the statement lists every cohort with a participant started by the reporting date, sorted by
 * label in code-point order.
 */
class CohortTest {

    @ParameterizedTest(name = "{0} starting {1} is cohort {2}")
    @CsvSource({
            "QUARTER,        2013-01-01, 2013-Q1",
            "QUARTER,        2013-03-31, 2013-Q1",
            "QUARTER,        2013-04-01, 2013-Q2",
            "QUARTER,        2013-09-30, 2013-Q3",
            "QUARTER,        2013-12-31, 2013-Q4",
            "MONTH,          2013-04-30, 2013-04",
            "MONTH,          2013-11-01, 2013-11",
            "YEAR,           2013-12-31, 2013",
            "FINANCIAL_YEAR, 2013-03-31, 2012/13",
            "FINANCIAL_YEAR, 2013-04-01, 2013/14",
            "FINANCIAL_YEAR, 2014-03-31, 2013/14",
            "FINANCIAL_YEAR, 1999-04-01, 1999/00",
            "FINANCIAL_YEAR, 2000-03-31, 1999/00",
            "FINANCIAL_YEAR, 2009-04-01, 2009/10",
    })
    void cohortRuleDerivesTheLabelFromTheStart(CohortRule rule, String start, String label) {
        assertThat(rule.label(date(start))).isEqualTo(label);
    }

    @Test
    void quarterIsTheDefaultCohortRule() {
        assertThat(terms().build().cohortRule()).isEqualTo(CohortRule.QUARTER);
    }

    @Test
    void financialYearCohortsSplitBetweenMarchAndApril() {
        // Reported 2013-04-30. A from 2013-03-31: 2012/13, window [03-31, 05-01) = 1 + 30 = 31 days.
        // B from 2013-04-01: 2013/14, [04-01, 05-01) = 30 days.
        CareData data = data(List.of(participant("A", "2013-03-31"), participant("B", "2013-04-01")), List.of());

        Statement statement = checkedStatement(terms().cohortRule(CohortRule.FINANCIAL_YEAR).build(), data, "2013-04-30");

        assertThat(statement.cohorts()).extracting(c -> c.cohort() + " " + c.measurement().childDays())
                .containsExactly("2012/13 31", "2013/14 30");
    }

    @Test
    void eachCohortIsMeasuredOnItsOwnParticipants() {
        // MONTH cohorts reported 2019-03-31:
        //   2019-01: A from 2019-01-01, 90 days, care [01-10, 01-20) = 10; B from 2019-01-31, 60 days, care 0
        //            → 2 participants, 150 child days, 10 care days, expected 75
        //   2019-03: C from 2019-03-01, 31 days, care [03-01, 03-05) = 4 → 1, 31, 4, expected 15.5
        CareData data = data(
                List.of(participant("A", "2019-01-01"), participant("B", "2019-01-31"), participant("C", "2019-03-01")),
                List.of(episode("A", "2019-01-10", "2019-01-20"), episode("C", "2019-03-01", "2019-03-05")));

        Statement statement = checkedStatement(terms().cohortRule(CohortRule.MONTH).build(), data, "2019-03-31");

        assertThat(statement.cohorts()).extracting(CohortTest::summary).containsExactly(
                "2019-01: 2 participants, 150 child days, 10 care days, 75 expected",
                "2019-03: 1 participants, 31 child days, 4 care days, 15.5 expected");
    }

    @Test
    void startsSpreadOverCenturiesAreMeasuredAsStartsCloseTogether() {
        // As above, with D from 2200-01-01: after the reporting date, D is not counted, but its start spreads the
        // starts over more than 65,536 days, beyond which a participant's cohort and windows are worked out for
        // it alone instead of once for each start day.
        CareData data = data(
                List.of(participant("A", "2019-01-01"), participant("B", "2019-01-31"), participant("C", "2019-03-01"),
                        participant("D", "2200-01-01")),
                List.of(episode("A", "2019-01-10", "2019-01-20"), episode("C", "2019-03-01", "2019-03-05")));

        Statement statement = checkedStatement(terms().cohortRule(CohortRule.MONTH).build(), data, "2019-03-31");

        assertThat(statement.cohorts()).extracting(CohortTest::summary).containsExactly(
                "2019-01: 2 participants, 150 child days, 10 care days, 75 expected",
                "2019-03: 1 participants, 31 child days, 4 care days, 15.5 expected");
    }

    @Test
    void explicitCohortLabelOverridesTheRule() {
        // A from 2013-04-01 would be 2013-Q2 but is labelled Pilot; B from the same day is 2013-Q2.
        CareData data = data(List.of(participant("A", "2013-04-01").withCohort("Pilot"), participant("B", "2013-04-01")),
                List.of());

        Statement statement = checkedStatement(terms().build(), data, "2013-06-30");

        assertThat(statement.cohorts()).extracting(CohortMeasurement::cohort).containsExactly("2013-Q2", "Pilot");
    }

    @Test
    void explicitLabelEqualToADerivedOneJoinsThatCohort() {
        // A labelled 2013-Q2 though it starts 2013-07-01 (derived 2013-Q3), B from 2013-04-01 (2013-Q2):
        // one cohort of 2.
        CareData data = data(List.of(participant("A", "2013-07-01").withCohort("2013-Q2"), participant("B", "2013-04-01")),
                List.of());

        Statement statement = checkedStatement(terms().build(), data, "2013-09-30");

        assertThat(statement.cohorts()).extracting(c -> c.cohort() + " " + c.measurement().participants())
                .containsExactly("2013-Q2 2");
    }

    @Test
    void cohortsAreSortedByLabelInCodePointOrder() {
        // Code points: 'B' U+0042 < 'a' U+0061 < 'b' U+0062 < 'Ａ' U+FF21 < '😀' U+1F600. Java's
        // String.compareTo compares UTF-16 units and would put '😀' (high surrogate U+D83D) before 'Ａ'.
        String[] labels = {"b", "\uD83D\uDE00", "a", "\uFF21", "B", "2019-Q1"};
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            participants.add(participant("P" + i, "2019-01-01").withCohort(labels[i]));
        }

        Statement statement = checkedStatement(terms().build(), data(participants, List.of()), "2019-03-31");

        assertThat(statement.cohorts()).extracting(CohortMeasurement::cohort)
                .containsExactly("2019-Q1", "B", "a", "b", "\uFF21", "\uD83D\uDE00");
    }

    @Test
    void derivedMonthLabelsSortInDateOrder() {
        // Data order 2019-10, 2018-12, 2019-01; as text yyyy-MM sorts by date: 2018-12 < 2019-01 < 2019-10.
        CareData data = data(List.of(participant("A", "2019-10-01"), participant("B", "2018-12-01"),
                participant("C", "2019-01-01")), List.of());

        Statement statement = checkedStatement(terms().cohortRule(CohortRule.MONTH).build(), data, "2019-12-31");

        assertThat(statement.cohorts()).extracting(CohortMeasurement::cohort)
                .containsExactly("2018-12", "2019-01", "2019-10");
    }

    @Test
    void cohortWithNoParticipantStartedByTheReportingDateIsNotListed() {
        // Reported 2019-03-31: 2019-Q2's only participant starts 2019-04-01.
        CareData data = data(List.of(participant("A", "2019-01-01"), participant("B", "2019-04-01")), List.of());

        Statement statement = checkedStatement(terms().build(), data, "2019-03-31");

        assertThat(statement.cohorts()).extracting(CohortMeasurement::cohort).containsExactly("2019-Q1");
    }

    @Test
    void cohortsAtAnEarlierDateLeaveOutCohortsNotYetStarted() {
        // Measured at 2019-03-31 and 2019-06-30 together: 2019-Q2 (B from 2019-04-01) has started only by the
        // second date. At 2019-06-30: 2019-Q1 A 181 days, 2019-Q2 B 91 days.
        CareData data = data(List.of(participant("A", "2019-01-01"), participant("B", "2019-04-01")), List.of());
        Measurements measurements = Measurements.of(terms().build(), data,
                List.of(date("2019-03-31"), date("2019-06-30")), null);

        assertThat(measurements.cohorts(date("2019-03-31"))).extracting(CohortMeasurement::cohort)
                .containsExactly("2019-Q1");
        assertThat(measurements.cohorts(date("2019-06-30"))).extracting(c -> c.cohort() + " " + c.measurement().childDays())
                .containsExactly("2019-Q1 181", "2019-Q2 91");
    }

    private static String summary(CohortMeasurement c) {
        var m = c.measurement();
        return c.cohort() + ": " + m.participants() + " participants, " + m.childDays() + " child days, "
                + m.careDays() + " care days, " + m.expectedCareDays().orElseThrow().stripTrailingZeros().toPlainString() + " expected";
    }

    @Test
    void aCalculationHoldsAtMostItsBudgetOfCohortSums() {
        // Measured every month from 2019-01-31 to 2310-12-31: 292 years × 12 = 3,504 dates. A flat baseline and
        // care days avoided: 2 sums per cohort. 4,194,304 / (3,504 × 2) = 598.5... → at most 598 cohorts.
        ContractTerms terms = terms().measurement(MeasurementDates.every(MeasurementDates.Frequency.MONTH,
                date("2019-01-31"), date("2310-12-31"))).build();
        assertThat(terms.measurement().dates()).hasSize(3_504);

        Calculation fits = Calculation.of(terms, ownCohorts(598));
        assertThat(fits.statement(date("2310-12-31")).cohorts()).hasSize(598);

        Calculation tooMany = Calculation.of(terms, ownCohorts(599));
        assertThatThrownBy(() -> tooMany.statement(date("2310-12-31")))
                .isInstanceOf(TooManyCohortsException.class)
                .hasMessage("the young people fall into more than 598 cohorts, the most a calculation of this "
                        + "contract can hold (cohorts × 3,504 measurement dates × 2 sums per cohort may be at most "
                        + "4,194,304)")
                .extracting(e -> ((TooManyCohortsException) e).maxCohorts()).isEqualTo(598);
    }

    /** {@code n} young people starting 2019-01-01, each in a cohort of its own. */
    private static CareData ownCohorts(int n) {
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            participants.add(participant("P" + i, "2019-01-01").withCohort("C" + i));
        }
        return data(participants, List.of());
    }
}
