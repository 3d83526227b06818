package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sibcalc.Fixtures.checkedStatement;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.episode;
import static org.sibcalc.Fixtures.explanation;
import static org.sibcalc.Fixtures.openEpisode;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.placed;
import static org.sibcalc.Fixtures.terms;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.State;
import org.sibcalc.contract.Tracking;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;
import org.sibcalc.measure.ParticipantExplanation;
import org.sibcalc.measure.WindowEnd;
import org.threeten.extra.LocalDateRange;

/**
 * docs/rules.md, "The tracking window" and "States", as a young person's explanation shows them: why the
 * window ends (the earliest of the tracking period, the day after the reporting date, the exit and the
 * age-out; on a tie the young person's own end, then the period, the reporting date last), the merged spans
 * of care and of each state within the window, and the care days avoided.
 */
class ExplanationTest {

    private static final String LATE = "2025-12-31"; // a reporting date after every window here ends

    private static ParticipantExplanation explain(ContractTerms terms, Participant participant, List<CareEpisode> episodes,
            String asOf) {
        CareData data = data(List.of(participant), episodes);
        checkedStatement(terms, data, asOf);
        return explanation(terms, data, asOf, participant.id());
    }

    private static ParticipantExplanation explain(ContractTerms terms, Participant participant, String asOf) {
        return explain(terms, participant, List.of(), asOf);
    }

    private static ContractTerms tracking(String period, Integer ageOutAt) {
        return terms().tracking(ageOutAt == null ? Tracking.of(Period.parse(period))
                : Tracking.of(Period.parse(period), ageOutAt)).build();
    }

    private static LocalDateRange span(String from, String to) {
        return LocalDateRange.of(date(from), date(to));
    }

    @Test
    void aWindowThatRunsItsWholePeriodEndsWithTheTrackingPeriod() {
        // 2019-01-01 + P6M = 2019-07-01, long before the reporting date: 31 + 28 + 31 + 30 + 31 + 30 = 181 days.
        ParticipantExplanation p = explain(tracking("P6M", null), participant("A", "2019-01-01"), LATE);

        assertThat(p.windowEnd()).isEqualTo(WindowEnd.TRACKING_PERIOD);
        assertThat(p.window()).isEqualTo(span("2019-01-01", "2019-07-01"));
        assertThat(p.childDays()).isEqualTo(181);
    }

    @Test
    void aWindowCutByTheExitDateEndsWithTheExit() {
        // Exit 2019-03-15, the first day no longer tracked: 31 + 28 + 14 = 73 days.
        ParticipantExplanation p = explain(tracking("P30M", null),
                participant("A", "2019-01-01").withExitDate(date("2019-03-15")), LATE);

        assertThat(p.windowEnd()).isEqualTo(WindowEnd.EXIT);
        assertThat(p.lastDay()).contains(date("2019-03-14"));
        assertThat(p.childDays()).isEqualTo(73);
    }

    @Test
    void aWindowCutByTheEighteenthBirthdayEndsWithTheAgeOut() {
        // Born 2001-02-01: 18 on 2019-02-01, which is not counted; from 2019-01-01, 31 days.
        ParticipantExplanation p = explain(tracking("P30M", 18),
                participant("A", "2019-01-01").withBirthDate(date("2001-02-01")), LATE);

        assertThat(p.windowEnd()).isEqualTo(WindowEnd.AGE_OUT);
        assertThat(p.window()).isEqualTo(span("2019-01-01", "2019-02-01"));
    }

    @Test
    void aWindowStillGoingOnEndsAtTheReportingDate() {
        // At 2019-03-31 the window is 2019-01-01 to 2019-03-31 inclusive, 90 days; tracking goes on to 2021-07-01.
        ParticipantExplanation p = explain(tracking("P30M", 18),
                participant("A", "2019-01-01").withBirthDate(date("2005-06-01")), "2019-03-31");

        assertThat(p.windowEnd()).isEqualTo(WindowEnd.REPORTING_DATE);
        assertThat(p.childDays()).isEqualTo(90);
    }

    @Test
    void aYoungPersonStartingAfterTheReportingDateHasNotStarted() {
        ParticipantExplanation p = explain(tracking("P30M", null), participant("A", "2019-06-01"), "2019-03-31");

        assertThat(p.windowEnd()).isEqualTo(WindowEnd.NOT_STARTED);
        assertThat(p.counted()).isFalse();
        assertThat(p.window().isEmpty()).isTrue();
        assertThat(p.careSpans()).isEmpty();
    }

    @Test
    void onATieTheYoungPersonsOwnEndIsNamedFirstAndTheReportingDateLast() {
        // P6M from 2019-01-01 ends 2019-07-01; so does an exit on 2019-07-01, and a reporting date of 2019-06-30.
        Participant exitingAtTheEnd = participant("A", "2019-01-01").withExitDate(date("2019-07-01"));
        assertThat(explain(tracking("P6M", null), exitingAtTheEnd, LATE).windowEnd()).isEqualTo(WindowEnd.EXIT);
        assertThat(explain(tracking("P6M", null), participant("A", "2019-01-01"), "2019-06-30").windowEnd())
                .as("the period ends the day after the reporting date: the window is complete")
                .isEqualTo(WindowEnd.TRACKING_PERIOD);
        // Born 2001-07-01: 18 on 2019-07-01, the day the period ends too.
        Participant ageingOutAtTheEnd = participant("A", "2019-01-01").withBirthDate(date("2001-07-01"));
        assertThat(explain(tracking("P6M", 18), ageingOutAtTheEnd, LATE).windowEnd()).isEqualTo(WindowEnd.AGE_OUT);
        // Leaving on the 18th birthday: the exit is named.
        assertThat(explain(tracking("P6M", 18), ageingOutAtTheEnd.withExitDate(date("2019-07-01")), LATE).windowEnd())
                .isEqualTo(WindowEnd.EXIT);
        // An exit on 2019-04-01, the day after the reporting date 2019-03-31: the exit is what ends the window.
        assertThat(explain(tracking("P6M", null), participant("A", "2019-01-01").withExitDate(date("2019-04-01")),
                "2019-03-31").windowEnd()).isEqualTo(WindowEnd.EXIT);
    }

    @Test
    void anEmptyWindowStillSaysWhy() {
        // An exit on the first day; a young person already 18 at the start (born 2000-06-01, starting 2019-01-01).
        ParticipantExplanation leftAtOnce = explain(tracking("P30M", null),
                participant("A", "2019-01-01").withExitDate(date("2019-01-01")), LATE);
        ParticipantExplanation alreadyEighteen = explain(tracking("P30M", 18),
                participant("B", "2019-01-01").withBirthDate(date("2000-06-01")), LATE);

        assertThat(leftAtOnce.windowEnd()).isEqualTo(WindowEnd.EXIT);
        assertThat(leftAtOnce.counted()).isTrue();
        assertThat(leftAtOnce.childDays()).isZero();
        assertThat(alreadyEighteen.windowEnd()).isEqualTo(WindowEnd.AGE_OUT);
        assertThat(alreadyEighteen.childDays()).isZero();
    }

    @Test
    void careSpansAreTheEpisodesMergedAndCutToTheWindow() {
        // Window 2019-01-01 to 2019-03-31 (reporting date). Episodes: [12-20, 01-10) before and into the window;
        // [02-01, 02-10) and [02-05, 02-20) overlap, and [02-20, 03-01) touches them: one span [02-01, 03-01);
        // an open one from 03-25, cut at 04-01. Care days: 9 + 28 + 7 = 44.
        List<CareEpisode> episodes = List.of(episode("A", "2018-12-20", "2019-01-10"),
                episode("A", "2019-02-01", "2019-02-10"), episode("A", "2019-02-05", "2019-02-20"),
                episode("A", "2019-02-20", "2019-03-01"), openEpisode("A", "2019-03-25"));

        ParticipantExplanation p = explain(tracking("P30M", null), participant("A", "2019-01-01"), episodes, "2019-03-31");

        assertThat(p.careSpans()).containsExactly(span("2019-01-01", "2019-01-10"), span("2019-02-01", "2019-03-01"),
                span("2019-03-25", "2019-04-01"));
        assertThat(p.careDays()).isEqualTo(44).isEqualTo(p.daysIn(State.CARE));
    }

    @Test
    void everyStateOfTheContractHasItsSpansCareFirst() {
        // careTypes C2; foster = placements U1, U4 (any type); residential = type C2 in R1; kinship = placement Q1.
        // Episodes: C2 in U4 for 10 days, V2 in U1 for 10 days (touching: one foster span of 20 days, but not
        // care), C2 in R1 for 10 days. No episode is in Q1.
        Map<String, State> states = new LinkedHashMap<>();
        states.put("foster", State.ofPlacements(Set.of("U1", "U4")));
        states.put("residential", State.of(Set.of("C2"), Set.of("R1"))
);
        states.put("kinship", State.ofPlacements(Set.of("Q1")));
        ContractTerms terms = terms().careTypes(Set.of("C2")).states(states).build();
        List<CareEpisode> episodes = List.of(placed("A", "2019-01-01", "2019-01-11", "C2", "U4"),
                placed("A", "2019-01-11", "2019-01-21", "V2", "U1"), placed("A", "2019-01-21", "2019-01-31", "C2", "R1"));

        ParticipantExplanation p = explain(terms, participant("A", "2019-01-01"), episodes, "2019-03-31");

        assertThat(p.spans()).containsOnlyKeys("care", "foster", "residential", "kinship");
        assertThat(p.spans().keySet()).containsExactly("care", "foster", "residential", "kinship");
        assertThat(p.careSpans()).containsExactly(span("2019-01-01", "2019-01-11"), span("2019-01-21", "2019-01-31"));
        assertThat(p.spansOf("foster")).containsExactly(span("2019-01-01", "2019-01-21"));
        assertThat(p.spansOf("residential")).containsExactly(span("2019-01-21", "2019-01-31"));
        assertThat(p.spansOf("kinship")).isEmpty();
        assertThat(p.careDays()).isEqualTo(20);
        assertThatIllegalArgumentException().isThrownBy(() -> p.spansOf("adoptive"))
                .withMessageContaining("The contract has no state 'adoptive'");
    }

    @Test
    void aYoungPersonsCareDaysAvoidedAreTheirExpectedCareDaysLessTheirCareDays() {
        // Flat baseline 0.5; 90 days to 2019-03-31 with February in care (28 days): 45 − 28 = 17.
        ParticipantExplanation p = explain(tracking("P30M", null), participant("A", "2019-01-01"),
                List.of(episode("A", "2019-02-01", "2019-03-01")), "2019-03-31");
        assertThat(p.careDaysAvoided().orElseThrow()).isEqualByComparingTo("17");
        // In care for the whole window: 45 − 90 = −45, negative (only a netting unit is floored at zero).
        ParticipantExplanation inCare = explain(tracking("P30M", null), participant("B", "2019-01-01"),
                List.of(openEpisode("B", "2018-06-01")), "2019-03-31");
        assertThat(inCare.careDaysAvoided().orElseThrow()).isEqualByComparingTo("-45");
        // Without a baseline there is nothing to avoid.
        ContractTerms noBaseline = org.sibcalc.Fixtures.termsPaying(
                org.sibcalc.contract.Outcome.engagement(org.sibcalc.Fixtures.gbp("10.00"))).build();
        assertThat(explain(noBaseline, participant("C", "2019-01-01"), "2019-03-31").careDaysAvoided()).isEmpty();
    }
}
