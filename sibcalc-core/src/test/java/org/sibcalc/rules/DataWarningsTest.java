package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.checkedStatement;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.episode;
import static org.sibcalc.Fixtures.openEpisode;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.terms;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sibcalc.Statement;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.EpisodeEnd;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;
import org.sibcalc.measure.DataWarning;
import org.sibcalc.measure.DataWarning.Kind;

/**
 * docs/input-files.md: zero-length episodes and episodes wholly outside the participant's tracking window are warned
 * about, and the calculation goes on. (Overlapping episodes: {@link OverlappingEpisodesTest}; participants
 * starting after the reporting date: {@link TrackingWindowTest}.)
 *
 * <p>One participant starting 2019-01-01, tracking P30M: whole window [2019-01-01, 2021-07-01).
 */
class DataWarningsTest {

    private static final Participant A = participant("A", "2019-01-01");

    private static Statement statement(ContractTerms terms, Participant participant, CareEpisode... episodes) {
        return checkedStatement(terms, data(List.of(participant), List.of(episodes)), "2019-03-31");
    }

    private static List<Kind> kinds(Statement statement) {
        return statement.warnings().stream().map(DataWarning::kind).toList();
    }

    @Test
    void zeroLengthEpisodeIsWarnedAboutAndCountsNoDays() {
        // EXCLUSIVE [2019-02-01, 2019-02-01) is empty: 0 care days; the second episode is fine (3 days).
        Statement statement = statement(terms().build(), A,
                episode("A", "2019-02-01", "2019-02-01"), episode("A", "2019-03-01", "2019-03-04"));

        assertThat(statement.programme().careDays()).isEqualTo(3);
        assertThat(statement.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.kind()).isEqualTo(Kind.ZERO_LENGTH_EPISODE);
            assertThat(warning.participantId()).isEqualTo("A");
            assertThat(warning.participantIndex()).isZero();
            assertThat(warning.episodeIndex()).hasValue(0);
            assertThat(warning.episode()).map(e -> e.start().toString()).contains("2019-02-01");
            assertThat(warning.field()).isEqualTo("end");
            assertThat(warning.message()).contains("'A'", "2019-02-01");
        });
    }

    @Test
    void episodeEndingOnItsStartIsNotZeroLengthUnderInclusiveEnds() {
        // INCLUSIVE [2019-02-01, 2019-02-01] is one day: counted, no warning.
        Statement statement = statement(terms().episodeEnd(EpisodeEnd.INCLUSIVE).build(), A,
                episode("A", "2019-02-01", "2019-02-01"));

        assertThat(statement.programme().careDays()).isEqualTo(1);
        assertThat(statement.warnings()).isEmpty();
    }

    @Test
    void zeroLengthEpisodeOfAnUncountedTypeIsNotWarnedAbout() {
        Statement statement = statement(terms().careTypes(Set.of("V2")).build(), A,
                episode("A", "2019-02-01", "2019-02-01").withType("X"));

        assertThat(statement.warnings()).isEmpty();
    }

    @Test
    void episodeEndingBeforeTheStartIsOutsideTheWindow() {
        // [2018-06-01, 2018-12-01) ends before 2019-01-01: no day in the window, 0 care days, a warning
        // naming the episode (position 0) of participant 0.
        Statement statement = statement(terms().build(), A, episode("A", "2018-06-01", "2018-12-01"));

        assertThat(statement.programme().careDays()).isZero();
        assertThat(statement.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.kind()).isEqualTo(Kind.EPISODE_OUTSIDE_WINDOW);
            assertThat(warning.participantId()).isEqualTo("A");
            assertThat(warning.participantIndex()).isZero();
            assertThat(warning.episodeIndex()).hasValue(0);
            assertThat(warning.episode()).map(e -> e.start().toString()).contains("2018-06-01");
            assertThat(warning.message()).contains("'A'", "2018-06-01", "2019-01-01");
        });
    }

    @Test
    void episodeEndingOnTheStartDayIsOutsideTheWindow() {
        // EXCLUSIVE [2018-12-01, 2019-01-01): the last day in care is 2018-12-31, before the window.
        Statement statement = statement(terms().build(), A, episode("A", "2018-12-01", "2019-01-01"));

        assertThat(statement.programme().careDays()).isZero();
        assertThat(kinds(statement)).containsExactly(Kind.EPISODE_OUTSIDE_WINDOW);
    }

    @Test
    void inclusiveEpisodeEndingOnTheStartDayHasOneDayInTheWindow() {
        // INCLUSIVE [2018-12-01, 2019-01-01] = [2018-12-01, 2019-01-02): 2019-01-01 is in the window.
        Statement statement = statement(terms().episodeEnd(EpisodeEnd.INCLUSIVE).build(), A,
                episode("A", "2018-12-01", "2019-01-01"));

        assertThat(statement.programme().careDays()).isEqualTo(1);
        assertThat(statement.warnings()).isEmpty();
    }

    @Test
    void episodeStartingAtTheEndOfTheTrackingPeriodIsOutsideTheWindow() {
        // The whole window ends 2019-01-01 + P30M = 2021-07-01 (exclusive); an episode from 2021-07-01 has no
        // day in it. Reported at 2021-12-31, when every day of the window has passed.
        CareData data = data(List.of(A), List.of(openEpisode("A", "2021-07-01")));

        Statement statement = checkedStatement(terms().build(), data, "2021-12-31");

        // Child days 2019-01-01 → 2021-07-01: 365 (2019) + 366 (2020) + 31 + 28 + 31 + 30 + 31 + 30 = 912.
        assertThat(statement.programme().childDays()).isEqualTo(912);
        assertThat(statement.programme().careDays()).isZero();
        assertThat(kinds(statement)).containsExactly(Kind.EPISODE_OUTSIDE_WINDOW);
    }

    @Test
    void episodeStartingOnTheLastDayOfTheWindowIsInside() {
        // From 2021-06-30, the last day of [2019-01-01, 2021-07-01): 1 care day, no warning.
        CareData data = data(List.of(A), List.of(openEpisode("A", "2021-06-30")));

        Statement statement = checkedStatement(terms().build(), data, "2021-12-31");

        assertThat(statement.programme().careDays()).isEqualTo(1);
        assertThat(statement.warnings()).isEmpty();
    }

    @Test
    void episodeAfterAnExitIsOutsideTheWindow() {
        // Exit 2019-02-01: window [2019-01-01, 2019-02-01); an episode from 2019-02-01 has no day in it.
        Participant leaver = A.withExitDate(date("2019-02-01"));

        Statement statement = statement(terms().build(), leaver, episode("A", "2019-02-01", "2019-03-01"));

        assertThat(statement.programme().careDays()).isZero();
        assertThat(kinds(statement)).containsExactly(Kind.EPISODE_OUTSIDE_WINDOW);
    }

    @Test
    void everyEpisodeIsOutsideAnEmptyWindow() {
        // Exit on the start day: the window [2019-01-01, 2019-01-01) has no days, so an open episode that
        // began before the start and is still open has no day in it either.
        Participant leaver = A.withExitDate(date("2019-01-01"));

        Statement statement = statement(terms().build(), leaver, openEpisode("A", "2018-12-01"));

        assertThat(statement.programme().careDays()).isZero();
        assertThat(kinds(statement)).containsExactly(Kind.EPISODE_OUTSIDE_WINDOW);
    }

    @Test
    void episodeOutsideTheWindowOfAnUncountedTypeIsNotWarnedAbout() {
        Statement statement = statement(terms().careTypes(Set.of("V2")).build(), A,
                episode("A", "2018-06-01", "2018-12-01").withType("X"));

        assertThat(statement.warnings()).isEmpty();
    }

    @Test
    void warningsDoNotStopTheCalculation() {
        // A zero-length, an outside-window and two overlapping episodes: 3 warnings, and the care days are
        // still counted: [01-10, 01-20) ∪ [01-15, 01-25) = 15 days.
        Statement statement = statement(terms().build(), A,
                episode("A", "2018-06-01", "2018-12-01"), episode("A", "2019-01-05", "2019-01-05"),
                episode("A", "2019-01-10", "2019-01-20"), episode("A", "2019-01-15", "2019-01-25"));

        assertThat(statement.programme().careDays()).isEqualTo(15);
        assertThat(kinds(statement)).containsExactly(
                Kind.EPISODE_OUTSIDE_WINDOW, Kind.ZERO_LENGTH_EPISODE, Kind.OVERLAPPING_EPISODES);
        assertThat(statement.payments()).hasSize(1);
    }
}
