package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.checkedStatement;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.episode;
import static org.sibcalc.Fixtures.openEpisode;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.terms;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sibcalc.Statement;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.EpisodeEnd;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;
import org.sibcalc.measure.DataWarning;
import org.sibcalc.measure.DataWarning.Kind;

/**
 * docs/rules.md, "Days", and docs/input-files.md: a participant's counted episodes are merged before they are
  * counted, so no day is
 * counted twice. Overlapping episodes (sharing a day) are warned about; touching ones (one ends where the
 * next starts, as at a change of placement) are not.
 *
 * <p>One participant starting 2019-01-01, reported at 2019-03-31: window [2019-01-01, 2019-04-01), 90 days.
 */
class OverlappingEpisodesTest {

    private static final Participant A = participant("A", "2019-01-01");

    private static Statement statement(ContractTerms terms, CareEpisode... episodes) {
        return checkedStatement(terms, data(List.of(A), List.of(episodes)), "2019-03-31");
    }

    private static List<Kind> warningKinds(Statement statement) {
        return statement.warnings().stream().map(DataWarning::kind).toList();
    }

    @Test
    void overlappingEpisodesAreCountedOnce() {
        // [01-10, 01-20) ∪ [01-15, 01-25) = [01-10, 01-25): 15 days, not 10 + 10 = 20.
        Statement statement = statement(terms().build(),
                episode("A", "2019-01-10", "2019-01-20"), episode("A", "2019-01-15", "2019-01-25"));

        assertThat(statement.programme().careDays()).isEqualTo(15);
    }

    @Test
    void overlappingEpisodesAreWarnedAboutOnceNamingTheLaterEpisode() {
        Statement statement = statement(terms().build(),
                episode("A", "2019-01-10", "2019-01-20"), episode("A", "2019-01-15", "2019-01-25"));

        assertThat(statement.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.kind()).isEqualTo(Kind.OVERLAPPING_EPISODES);
            assertThat(warning.participantIndex()).isZero();
            assertThat(warning.episodeIndex()).hasValue(1);
            assertThat(warning.otherEpisodeIndex()).hasValue(0);
            assertThat(warning.message()).contains("2019-01-15", "2019-01-10");
        });
    }

    @Test
    void overlapIsFoundWhateverTheOrderOfTheEpisodesInTheData() {
        // The same two episodes, later one first in the data: still 15 days, still one warning.
        Statement statement = statement(terms().build(),
                episode("A", "2019-01-15", "2019-01-25"), episode("A", "2019-01-10", "2019-01-20"));

        assertThat(statement.programme().careDays()).isEqualTo(15);
        assertThat(warningKinds(statement)).containsExactly(Kind.OVERLAPPING_EPISODES);
    }

    @Test
    void touchingEpisodesAreCountedOnce() {
        // EXCLUSIVE: [01-10, 01-20) and [01-20, 01-30) touch at 20 January, the first day of the second
        // and the first day out of the first: 10 + 10 = 20 days, 10..29 January, each counted once.
        Statement statement = statement(terms().build(),
                episode("A", "2019-01-10", "2019-01-20"), episode("A", "2019-01-20", "2019-01-30"));

        assertThat(statement.programme().careDays()).isEqualTo(20);
    }

    @Test
    void touchingEpisodesAreNotWarnedAbout() {
        Statement statement = statement(terms().build(),
                episode("A", "2019-01-10", "2019-01-20"), episode("A", "2019-01-20", "2019-01-30"));

        assertThat(statement.warnings()).isEmpty();
    }

    @Test
    void inclusiveEpisodesTouchWhenTheNextStartsTheDayAfterTheLastDayInCare() {
        // INCLUSIVE: [01-10, 01-19] and [01-20, 01-29] are [01-10, 01-20) and [01-20, 01-30): 20 days,
        // no warning.
        Statement statement = statement(terms().episodeEnd(EpisodeEnd.INCLUSIVE).build(),
                episode("A", "2019-01-10", "2019-01-19"), episode("A", "2019-01-20", "2019-01-29"));

        assertThat(statement.programme().careDays()).isEqualTo(20);
        assertThat(statement.warnings()).isEmpty();
    }

    @Test
    void inclusiveEpisodesOverlapWhenTheNextStartsOnTheLastDayInCare() {
        // INCLUSIVE: [01-10, 01-20] (11 days) and [01-20, 01-29] (10 days) share 20 January:
        // [01-10, 01-30) = 20 days, not 21, and a warning.
        Statement statement = statement(terms().episodeEnd(EpisodeEnd.INCLUSIVE).build(),
                episode("A", "2019-01-10", "2019-01-20"), episode("A", "2019-01-20", "2019-01-29"));

        assertThat(statement.programme().careDays()).isEqualTo(20);
        assertThat(warningKinds(statement)).containsExactly(Kind.OVERLAPPING_EPISODES);
    }

    @Test
    void episodeInsideAnotherIsCountedOnce() {
        // [01-01, 02-01) contains [01-10, 01-20): 31 days, not 31 + 10 = 41.
        Statement statement = statement(terms().build(),
                episode("A", "2019-01-01", "2019-02-01"), episode("A", "2019-01-10", "2019-01-20"));

        assertThat(statement.programme().careDays()).isEqualTo(31);
        assertThat(warningKinds(statement)).containsExactly(Kind.OVERLAPPING_EPISODES);
    }

    @Test
    void episodeOverlappingAnOpenEpisodeIsCountedOnce() {
        // [03-01, ∞) ∪ [03-10, 03-20) ∩ window = [03-01, 04-01): 31 days, not 31 + 10 = 41.
        Statement statement = statement(terms().build(),
                openEpisode("A", "2019-03-01"), episode("A", "2019-03-10", "2019-03-20"));

        assertThat(statement.programme().careDays()).isEqualTo(31);
        assertThat(warningKinds(statement)).containsExactly(Kind.OVERLAPPING_EPISODES);
    }

    @Test
    void chainOfEpisodesIsMergedIntoOneSpan() {
        // [01-01, 01-11) ∪ [01-05, 01-15) ∪ [01-15, 01-20) ∪ [01-18, 01-31) = [01-01, 01-31): 30 days
        // (10 + 10 + 5 + 13 = 38 if counted separately). Overlaps: the 2nd with the 1st and the 4th with
        // the 3rd; the 3rd only touches: two warnings.
        Statement statement = statement(terms().build(),
                episode("A", "2019-01-01", "2019-01-11"), episode("A", "2019-01-05", "2019-01-15"),
                episode("A", "2019-01-15", "2019-01-20"), episode("A", "2019-01-18", "2019-01-31"));

        assertThat(statement.programme().careDays()).isEqualTo(30);
        assertThat(warningKinds(statement)).containsExactly(Kind.OVERLAPPING_EPISODES, Kind.OVERLAPPING_EPISODES);
    }

    @Test
    void episodesOfDifferentParticipantsNeverMerge() {
        // A: [01-10, 01-20) = 10; B (same start) the same dates = 10: 20 days in all, no warning.
        Statement statement = checkedStatement(terms().build(),
                data(List.of(A, participant("B", "2019-01-01")),
                        List.of(episode("A", "2019-01-10", "2019-01-20"), episode("B", "2019-01-10", "2019-01-20"))),
                "2019-03-31");

        assertThat(statement.programme().careDays()).isEqualTo(20);
        assertThat(statement.warnings()).isEmpty();
    }
}
