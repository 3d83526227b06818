package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.checkedStatement;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.explanation;
import static org.sibcalc.Fixtures.openEpisode;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.terms;

import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.Tracking;
import org.sibcalc.data.CareData;
import org.sibcalc.data.Participant;
import org.sibcalc.measure.DataWarning.Kind;
import org.sibcalc.measure.ParticipantExplanation;
import org.threeten.extra.LocalDateRange;

/**
 * docs/rules.md, "Days", tracking window {@code [start, to)}: {@code to} is the earliest of start + tracking period
 * ({@code LocalDate.plus(Period)}), the reporting date + 1 day, the exit date and birth date + ageOutAt
 * years; empty when {@code to ≤ start}. Child days are its length. docs/rules.md, "Measurement": participants
  * starting after
 * the reporting date are not counted.
 */
class TrackingWindowTest {

    private static final String LATE = "2025-12-31"; // a reporting date after every window here ends

    private static ContractTerms tracking(String period) {
        return terms().tracking(Tracking.of(Period.parse(period))).build();
    }

    private static ContractTerms trackingWithAgeOut(String period, int ageOutAt) {
        return terms().tracking(Tracking.of(Period.parse(period), ageOutAt)).build();
    }

    private static ParticipantExplanation explain(ContractTerms terms, Participant participant, String asOf) {
        CareData data = data(List.of(participant), List.of());
        checkedStatement(terms, data, asOf);
        return explanation(terms, data, asOf, participant.id());
    }

    @Test
    void thirtyMonthsFromALeapDayEndOn29August() {
        // 2016-02-29 + P30M = 2018-08-29 (one step of 30 months; two years then six months would give
        // 2018-02-28 + 6 months = 2018-08-28). Days: 2016-02-29 → 2017-02-28 = 365, → 2018-02-28 = 365,
        // → 2018-08-29 = 1 + (31 + 30 + 31 + 30 + 31) + 28 = 182; 365 + 365 + 182 = 912.
        ParticipantExplanation p = explain(tracking("P30M"), participant("A", "2016-02-29"), LATE);

        assertThat(p.window()).isEqualTo(LocalDateRange.of(date("2016-02-29"), date("2018-08-29")));
        assertThat(p.childDays()).isEqualTo(912);
    }

    @Test
    void twoYearsSixMonthsIsTheSameAsThirtyMonths() {
        // java.time adds a period of years and months as total months: 2016-02-29 + P2Y6M = 2018-08-29.
        ParticipantExplanation p = explain(tracking("P2Y6M"), participant("A", "2016-02-29"), LATE);

        assertThat(p.childDays()).isEqualTo(912);
    }

    @Test
    void thirtyMonthsFromAMonthEndEndOnTheLastDayOfTheShorterMonth() {
        // 2016-08-31 + P30M = 2019-02-31, clipped to 2019-02-28 (not rolled on to 3 March).
        // Days: 2016-08-31 → 2018-08-31 = 365 + 365 = 730 (no 29 February between);
        // → 2019-02-28 = 30 + 31 + 30 + 31 + 31 + 28 = 181; 730 + 181 = 911.
        ParticipantExplanation p = explain(tracking("P30M"), participant("A", "2016-08-31"), LATE);

        assertThat(p.window()).isEqualTo(LocalDateRange.of(date("2016-08-31"), date("2019-02-28")));
        assertThat(p.childDays()).isEqualTo(911);
    }

    @Test
    void sixMonthsFrom31AugustEndOn29FebruaryOfALeapYear() {
        // 2019-08-31 + P6M = 2020-02-29, the window end: the last day counted is 2020-02-28.
        // Days: 1 (31 Aug) + 30 + 31 + 30 + 31 + 31 (Sep..Jan) + 28 (1..28 Feb) = 182.
        ParticipantExplanation p = explain(tracking("P6M"), participant("A", "2019-08-31"), LATE);

        assertThat(p.window()).isEqualTo(LocalDateRange.of(date("2019-08-31"), date("2020-02-29")));
        assertThat(p.lastDay()).contains(date("2020-02-28"));
        assertThat(p.childDays()).isEqualTo(182);
    }

    @Test
    void childDaysStopGrowingAtTheEndOfTheTrackingPeriod() {
        // Same window [2019-08-31, 2020-02-29): at 2020-02-27, 182 − 1 = 181 days; at 2020-02-28 all 182;
        // at 2020-02-29 (the window end, not in it) still 182.
        CareData data = data(List.of(participant("A", "2019-08-31")), List.of());
        ContractTerms terms = tracking("P6M");

        assertThat(checkedStatement(terms, data, "2020-02-27").programme().childDays()).isEqualTo(181);
        assertThat(checkedStatement(terms, data, "2020-02-28").programme().childDays()).isEqualTo(182);
        assertThat(checkedStatement(terms, data, "2020-02-29").programme().childDays()).isEqualTo(182);
    }

    @Test
    void reportingDateIsTheLastDayCounted() {
        // Start 2019-01-01, reported at 2019-01-01: window [2019-01-01, 2019-01-02), one day.
        ParticipantExplanation p = explain(tracking("P30M"), participant("A", "2019-01-01"), "2019-01-01");

        assertThat(p.childDays()).isEqualTo(1);
    }

    @Test
    void trackingStopsAtAgeOut() {
        // Born 2001-06-15, age-out at 18 on 2019-06-15: window [2019-01-01, 2019-06-15):
        // 31 + 28 + 31 + 30 + 31 + 14 = 165 days.
        Participant a = participant("A", "2019-01-01").withBirthDate(date("2001-06-15"));

        ParticipantExplanation p = explain(trackingWithAgeOut("P30M", 18), a, LATE);

        assertThat(p.window()).isEqualTo(LocalDateRange.of(date("2019-01-01"), date("2019-06-15")));
        assertThat(p.childDays()).isEqualTo(165);
    }

    @Test
    void ageOutIsTheSameWhetherBirthDaysAreCloseOrCenturiesApart() {
        // The day of age-out is worked out once per birth day when the birth days span at most about 180
        // years, and for each young person otherwise: both give 2018-02-28 for a leap-day birth (89 days as
        // in the test below) and 2019-06-15 for a birth on 2001-06-15 (165 days as above).
        Participant leap = participant("A", "2017-12-01").withBirthDate(date("2000-02-29"));
        Participant june = participant("B", "2019-01-01").withBirthDate(date("2001-06-15"));
        Participant old = participant("C", "2017-12-01").withBirthDate(date("1790-01-01")); // aged out in 1808
        ContractTerms terms = trackingWithAgeOut("P30M", 18);
        for (List<Participant> participants : List.of(List.of(leap, june), List.of(leap, june, old))) {
            CareData data = data(participants, List.of());
            checkedStatement(terms, data, LATE);
            assertThat(explanation(terms, data, LATE, "A").childDays()).isEqualTo(89);
            assertThat(explanation(terms, data, LATE, "B").childDays()).isEqualTo(165);
        }
        assertThat(explanation(terms, data(List.of(leap, june, old), List.of()), LATE, "C").childDays()).isZero();
    }

    @Test
    void leapDayBirthdayAgesOutOn28FebruaryOfACommonYear() {
        // Born 2000-02-29: 2000-02-29 + 18 years = 2018-02-28 (java.time plusYears). Window
        // [2017-12-01, 2018-02-28): 31 + 31 + 27 = 89 days (90 if age-out were 1 March).
        Participant a = participant("A", "2017-12-01").withBirthDate(date("2000-02-29"));

        ParticipantExplanation p = explain(trackingWithAgeOut("P30M", 18), a, LATE);

        assertThat(p.lastDay()).contains(date("2018-02-27"));
        assertThat(p.childDays()).isEqualTo(89);
    }

    @Test
    void withoutAgeOutInTheContractABirthDateDoesNotShortenTheWindow() {
        // Same young person, no ageOutAt: at 2018-03-31 the window is [2017-12-01, 2018-04-01):
        // 31 + 31 + 28 + 31 = 121 days.
        Participant a = participant("A", "2017-12-01").withBirthDate(date("2000-02-29"));

        assertThat(explain(tracking("P30M"), a, "2018-03-31").childDays()).isEqualTo(121);
    }

    @Test
    void withoutABirthDateAgeOutDoesNotApply() {
        // ageOutAt 18 but no birth date: [2017-12-01, 2018-04-01) = 121 days.
        assertThat(explain(trackingWithAgeOut("P30M", 18), participant("A", "2017-12-01"), "2018-03-31").childDays())
                .isEqualTo(121);
    }

    @Test
    void trackingStopsAtTheExitDate() {
        // Exit 2019-02-01 is the first day not tracked: [2019-01-01, 2019-02-01) = 31 child days; the open
        // episode from 2019-01-21 counts 21..31 January = 11 care days, not the days after exit.
        Participant a = participant("A", "2019-01-01").withExitDate(date("2019-02-01"));
        CareData data = data(List.of(a), List.of(openEpisode("A", "2019-01-21")));

        Statement statement = checkedStatement(tracking("P30M"), data, "2019-03-31");

        assertThat(statement.programme().childDays()).isEqualTo(31);
        assertThat(statement.programme().careDays()).isEqualTo(11);
    }

    @Test
    void exitOnTheStartDayGivesAnEmptyWindow() {
        // Exit 2019-01-01 = start: [2019-01-01, 2019-01-01) is empty: no child or care days, no care
        // proportion, but the young person has started and is counted as a participant.
        Participant a = participant("A", "2019-01-01").withExitDate(date("2019-01-01"));
        CareData data = data(List.of(a), List.of(openEpisode("A", "2019-01-01")));

        Statement statement = checkedStatement(tracking("P30M"), data, "2019-03-31");

        assertThat(statement.programme().participants()).isEqualTo(1);
        assertThat(statement.programme().childDays()).isZero();
        assertThat(statement.programme().careDays()).isZero();
        assertThat(statement.programme().careProportion()).isEmpty();
        assertThat(explanation(tracking("P30M"), data, "2019-03-31", "A").firstDay()).isEmpty();
    }

    @Test
    void theEarliestOfTheFourEndsWins() {
        // Tracking P6M, age-out at 18, reported at 2019-12-31 (so the reporting-date end is 2020-01-01).
        //   byPeriod: start 2019-01-01: period 2019-07-01, exit 2019-08-01, age-out 2019-09-01 → 2019-07-01:
        //             31 + 28 + 31 + 30 + 31 + 30 = 181 days.
        //   byAgeOut: start 2019-01-01: period 2019-07-01, exit 2019-08-01, age-out 2019-02-01 → 31 days.
        //   byExit:   start 2019-01-01: period 2019-07-01, exit 2019-03-01, age-out 2019-09-01 → 31 + 28 = 59.
        //   byReportingDate: start 2019-10-01: period 2020-04-01, exit 2020-02-01, age-out 2020-03-01,
        //             reporting 2020-01-01 → 31 + 30 + 31 = 92.
        // Programme: 181 + 31 + 59 + 92 = 363 child days.
        List<Participant> participants = List.of(
                participant("byPeriod", "2019-01-01").withExitDate(date("2019-08-01")).withBirthDate(date("2001-09-01")),
                participant("byAgeOut", "2019-01-01").withExitDate(date("2019-08-01")).withBirthDate(date("2001-02-01")),
                participant("byExit", "2019-01-01").withExitDate(date("2019-03-01")).withBirthDate(date("2001-09-01")),
                participant("byReportingDate", "2019-10-01").withExitDate(date("2020-02-01"))
                        .withBirthDate(date("2002-03-01")));
        CareData data = data(participants, List.of());
        ContractTerms terms = trackingWithAgeOut("P6M", 18);

        Statement statement = checkedStatement(terms, data, "2019-12-31");

        assertThat(Calculation.of(terms, data).explain(date("2019-12-31")))
                .extracting(p -> p.id() + " " + p.window())
                .containsExactly(
                        "byPeriod 2019-01-01/2019-07-01",
                        "byAgeOut 2019-01-01/2019-02-01",
                        "byExit 2019-01-01/2019-03-01",
                        "byReportingDate 2019-10-01/2020-01-01");
        assertThat(statement.programme().childDays()).isEqualTo(363);
    }

    @Test
    void ageOutBeforeTheStartGivesAnEmptyWindow() {
        // Born 2000-06-01, age-out 2018-06-01, before the start 2019-01-01: to ≤ start, no child days.
        Participant a = participant("A", "2019-01-01").withBirthDate(date("2000-06-01"));

        ParticipantExplanation p = explain(trackingWithAgeOut("P30M", 18), a, "2019-03-31");

        assertThat(p.childDays()).isZero();
        assertThat(p.window().isEmpty()).isTrue();
    }

    @Test
    void participantsStartingAfterTheReportingDateAreNotCounted() {
        // Reported at 2019-03-31: A from 2019-01-01 has 90 days; B from 2019-03-31 has 1 day (the reporting
        // date itself counts); C from 2019-04-01 has not started and is left out, with its open episode.
        // Participants 2, child days 90 + 1 = 91, care days 0.
        CareData data = data(List.of(participant("A", "2019-01-01"), participant("B", "2019-03-31"),
                participant("C", "2019-04-01")), List.of(openEpisode("C", "2019-04-01")));

        Statement statement = checkedStatement(tracking("P30M"), data, "2019-03-31");

        assertThat(statement.programme().participants()).isEqualTo(2);
        assertThat(statement.programme().childDays()).isEqualTo(91);
        assertThat(statement.programme().careDays()).isZero();
    }

    @Test
    void participantStartingAfterTheReportingDateIsWarnedAbout() {
        CareData data = data(List.of(participant("A", "2019-01-01"), participant("C", "2019-04-01")), List.of());

        Statement statement = checkedStatement(tracking("P30M"), data, "2019-03-31");

        assertThat(statement.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.kind()).isEqualTo(Kind.STARTS_AFTER_REPORTING_DATE);
            assertThat(warning.participantId()).isEqualTo("C");
            assertThat(warning.participantIndex()).isEqualTo(1);
            assertThat(warning.episodeIndex()).isEmpty();
            assertThat(warning.episode()).isEmpty();
            assertThat(warning.field()).isEqualTo("start");
            assertThat(warning.message()).contains("'C'", "2019-04-01", "2019-03-31");
        });
    }

    @Test
    void participantWhoStartsLaterIsCountedOnceStarted() {
        // Same data at 2019-04-01: C has started (1 day), A has 91 days: participants 2, 92 child days,
        // and no warning.
        CareData data = data(List.of(participant("A", "2019-01-01"), participant("C", "2019-04-01")), List.of());

        Statement statement = checkedStatement(tracking("P30M"), data, "2019-04-01");

        assertThat(statement.programme().participants()).isEqualTo(2);
        assertThat(statement.programme().childDays()).isEqualTo(92);
        assertThat(statement.warnings()).isEmpty();
    }
}
