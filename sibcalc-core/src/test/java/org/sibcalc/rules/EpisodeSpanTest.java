package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.checkedStatement;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.episode;
import static org.sibcalc.Fixtures.explanation;
import static org.sibcalc.Fixtures.openEpisode;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.terms;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sibcalc.Statement;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.EpisodeEnd;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;

/**
 * docs/rules.md, "Days", episode span: EXCLUSIVE reads {@code end} as the first day out of care, {@code [start, end)};
 * INCLUSIVE as the last day in care, {@code [start, end + 1)}; a blank end is open, {@code [start, ∞)}.
 * Care days are the days of the span inside the tracking window.
 *
 * <p>Every test has one participant starting 2019-01-01, reported at 2019-03-31: window
 * [2019-01-01, 2019-04-01), 31 + 28 + 31 = 90 child days.
 */
class EpisodeSpanTest {

    private static final Participant A = participant("A", "2019-01-01");
    private static final String AS_OF = "2019-03-31";

    @Test
    void theFirstDayAfterASpanIsTheEndWhenExclusiveAndTheDayAfterWhenInclusive() {
        // A recorded end of 2019-02-28: EXCLUSIVE, [start, 2019-02-28), the first day out is the 28th itself;
        // INCLUSIVE, the 28th is the last day in care, the first day out 2019-03-01 (not 02-29 or 03-00).
        assertThat(EpisodeEnd.EXCLUSIVE.firstDayAfter(date("2019-02-28"))).isEqualTo(date("2019-02-28"));
        assertThat(EpisodeEnd.INCLUSIVE.firstDayAfter(date("2019-02-28"))).isEqualTo(date("2019-03-01"));
    }

    private static Statement statement(ContractTerms terms, CareEpisode... episodes) {
        return checkedStatement(terms, data(List.of(A), List.of(episodes)), AS_OF);
    }

    @Test
    void exclusiveEndIsTheFirstDayOutOfCare() {
        // [2019-01-10, 2019-01-20): 20 − 10 = 10 care days; 10 January to 19 January.
        Statement statement = statement(terms().build(), episode("A", "2019-01-10", "2019-01-20"));

        assertThat(statement.programme().childDays()).isEqualTo(90);
        assertThat(statement.programme().careDays()).isEqualTo(10);
    }

    @Test
    void exclusiveIsTheDefaultEpisodeEnd() {
        assertThat(terms().build().episodeEnd()).isEqualTo(EpisodeEnd.EXCLUSIVE);
    }

    @Test
    void inclusiveEndIsTheLastDayInCare() {
        // [2019-01-10, 2019-01-20 + 1 day) = [2019-01-10, 2019-01-21): 21 − 10 = 11 care days.
        Statement statement = statement(terms().episodeEnd(EpisodeEnd.INCLUSIVE).build(),
                episode("A", "2019-01-10", "2019-01-20"));

        assertThat(statement.programme().careDays()).isEqualTo(11);
    }

    @Test
    void inclusiveEpisodeEndingOnItsStartDayIsOneDay() {
        // [2019-02-01, 2019-02-02): 1 care day.
        Statement statement = statement(terms().episodeEnd(EpisodeEnd.INCLUSIVE).build(),
                episode("A", "2019-02-01", "2019-02-01"));

        assertThat(statement.programme().careDays()).isEqualTo(1);
    }

    @Test
    void exclusiveEpisodeEndingOnItsStartDayIsNoDays() {
        // [2019-02-01, 2019-02-01): 0 care days.
        Statement statement = statement(terms().build(), episode("A", "2019-02-01", "2019-02-01"));

        assertThat(statement.programme().careDays()).isZero();
    }

    @Test
    void inclusiveEndAtTheReportingDateStopsAtTheReportingDate() {
        // [2019-03-22, 2019-04-01) cut at the window end 2019-04-01: 22..31 March = 10 days, not 11.
        Statement statement = statement(terms().episodeEnd(EpisodeEnd.INCLUSIVE).build(),
                episode("A", "2019-03-22", "2019-03-31"));

        assertThat(statement.programme().careDays()).isEqualTo(10);
    }

    @Test
    void openEpisodeCountsToTheEndOfTheWindow() {
        // [2019-03-02, ∞) ∩ [2019-01-01, 2019-04-01) = [2019-03-02, 2019-04-01): 2..31 March = 30 days.
        Statement statement = statement(terms().build(), openEpisode("A", "2019-03-02"));

        assertThat(statement.programme().careDays()).isEqualTo(30);
    }

    @Test
    void openEpisodeIsOpenUnderInclusiveEndsToo() {
        // Same as above: an open episode has no end to add a day to. 30 days.
        Statement statement = statement(terms().episodeEnd(EpisodeEnd.INCLUSIVE).build(),
                openEpisode("A", "2019-03-02"));

        assertThat(statement.programme().careDays()).isEqualTo(30);
    }

    @Test
    void openEpisodeGrowsWithTheReportingDate() {
        // At 2019-01-31 the window is [2019-01-01, 2019-02-01): the open episode from 2019-01-22 counts
        // 22..31 January = 10 days; at 2019-03-31 it counts 10 + 28 + 31 = 69 days.
        CareData data = data(List.of(A), List.of(openEpisode("A", "2019-01-22")));

        assertThat(checkedStatement(terms().build(), data, "2019-01-31").programme().careDays()).isEqualTo(10);
        assertThat(checkedStatement(terms().build(), data, "2019-03-31").programme().careDays()).isEqualTo(69);
    }

    @Test
    void episodeStartingBeforeTheWindowCountsOnlyItsDaysInside() {
        // [2018-12-01, 2019-01-05) ∩ [2019-01-01, ...) = [2019-01-01, 2019-01-05): 4 days, not 35.
        Statement statement = statement(terms().build(), episode("A", "2018-12-01", "2019-01-05"));

        assertThat(statement.programme().careDays()).isEqualTo(4);
    }

    @Test
    void explanationShowsTheCareDaysOfTheParticipant() {
        // Two separate episodes: [01-10, 01-20) = 10 days and [03-01, 03-04) = 3 days; 13 in all.
        CareData data = data(List.of(A), List.of(episode("A", "2019-01-10", "2019-01-20"),
                episode("A", "2019-03-01", "2019-03-04")));

        var explanation = explanation(terms().build(), data, AS_OF, "A");

        assertThat(explanation.careDays()).isEqualTo(13);
        assertThat(explanation.childDays()).isEqualTo(90);
        assertThat(explanation.firstDay()).contains(date("2019-01-01"));
        assertThat(explanation.lastDay()).contains(date("2019-03-31"));
    }
}
