package org.sibcalc.io.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.io.InputFolder.EPISODES_903;
import static org.sibcalc.io.InputFolder.episode903;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.InputFolder;
import org.sibcalc.io.ValidationReport.RowCount;

/**
 * docs/input-files.md, "Several years of returns": an episode reported again (the same CHILD and DECOM, in a
 * later year's table or the same one) is one episode, its closed version winning over an open one; two
 * different closed versions, or versions with another LS or PLACE, are an error naming both lines; and every
 * row is accounted for, a repeat as used and merged.
 */
class RepeatedEpisodesTest {

    @TempDir
    Path dir;

    private static RowCount countOf(InputFolder folder, InputFiles inputs, String file) {
        return inputs.report().rowCounts().get(folder.path(file).toString());
    }

    private static List<CareEpisode> episodes(InputFiles inputs) {
        CareData data = inputs.calculation().data();
        return java.util.stream.IntStream.range(0, data.episodeCount()).mapToObj(data::episode).toList();
    }

    private static CareEpisode episode(String from, String to, String type, String placement) {
        return new CareEpisode("P1", LocalDate.parse(from), Optional.ofNullable(to == null ? null : LocalDate.parse(to)), type, placement);
    }

    @Test
    void anEpisodeOpenAtOneYearsEndAndClosedInTheNextIsOneClosedEpisode() {
        InputFolder folder = InputFolder.ssda903(dir)
                .table("episodes_2018-19.csv", EPISODES_903, episode903("P1", "01/02/2019", "S", "C2", "U4", ""))
                .table("episodes_2019-20.csv", EPISODES_903, episode903("P1", "01/02/2019", "S", "C2", "U4", "01/05/2019"),
                        episode903("P1", "01/05/2019", "P", "C2", "U5", ""));

        InputFiles inputs = folder.readFolder();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(inputs.report().warnings()).isEmpty();
        assertThat(episodes(inputs)).containsExactly(episode("2019-02-01", "2019-05-01", "C2", "U4"),
                episode("2019-05-01", null, "C2", "U5"));
        // The open version is a repeat: used, as merged; the closed one is the episode.
        assertThat(countOf(folder, inputs, "episodes_2018-19.csv")).isEqualTo(new RowCount(1, 1, 0, 1));
        assertThat(countOf(folder, inputs, "episodes_2019-20.csv")).isEqualTo(new RowCount(2, 2, 0, 0));
    }

    @Test
    void anEpisodeOpenOverSeveralYearEndsIsOneEpisodeAndItsCareDaysCountOnce() {
        InputFolder folder = InputFolder.ssda903(dir)
                .table("episodes_1.csv", EPISODES_903, episode903("P1", "01/02/2019", "S", "C2", "U4", ""))
                .table("episodes_2.csv", EPISODES_903, episode903("P1", "01/02/2019", "S", "C2", "U4", ""))
                .table("episodes_3.csv", EPISODES_903, episode903("P1", "01/02/2019", "S", "C2", "U4", "01/03/2019"));

        InputFiles inputs = folder.readFolder();

        assertThat(episodes(inputs)).containsExactly(episode("2019-02-01", "2019-03-01", "C2", "U4"));
        // [2019-02-01, 2019-03-01): the 28 days of February, once.
        assertThat(inputs.calculation().statement(LocalDate.of(2019, 12, 31)).programme().careDays()).isEqualTo(28);
        assertThat(countOf(folder, inputs, "episodes_1.csv")).isEqualTo(new RowCount(1, 1, 0, 1));
        assertThat(countOf(folder, inputs, "episodes_2.csv")).isEqualTo(new RowCount(1, 1, 0, 1));
        assertThat(countOf(folder, inputs, "episodes_3.csv")).isEqualTo(new RowCount(1, 1, 0, 0));
    }

    @Test
    void theClosedVersionWinsWhicheverTableComesFirst() {
        InputFolder folder = InputFolder.ssda903(dir)
                .table("episodes_1.csv", EPISODES_903, episode903("P1", "01/02/2019", "S", "C2", "U4", "01/03/2019"))
                .table("episodes_2.csv", EPISODES_903, episode903("P1", "01/02/2019", "S", "C2", "U4", ""));

        InputFiles inputs = folder.readFolder();

        assertThat(episodes(inputs)).containsExactly(episode("2019-02-01", "2019-03-01", "C2", "U4"));
        assertThat(countOf(folder, inputs, "episodes_1.csv")).isEqualTo(new RowCount(1, 1, 0, 0));
        assertThat(countOf(folder, inputs, "episodes_2.csv")).isEqualTo(new RowCount(1, 1, 0, 1));
    }

    @Test
    void theSameEpisodeTwiceInOneTableIsOneEpisode() {
        InputFolder folder = InputFolder.ssda903(dir).table("episodes.csv", EPISODES_903,
                episode903("P1", "01/02/2019", "S", "C2", "U4", "01/03/2019"),
                episode903("P1", "01/02/2019", "S", "C2", "U4", "01/03/2019"));

        InputFiles inputs = folder.readFolder();

        assertThat(inputs.report().warnings()).isEmpty();
        assertThat(episodes(inputs)).containsExactly(episode("2019-02-01", "2019-03-01", "C2", "U4"));
        assertThat(countOf(folder, inputs, "episodes.csv")).isEqualTo(new RowCount(2, 2, 0, 1));
    }

    @Test
    void aChildsRowsOutOfOrderAreSortedByDecomWithAllTheirFields() {
        // Listed latest first: sorted, the change of placement on line 2 (RNE P) comes a month after the episode
        // of line 3 ended, which rule 433 warns of; and each episode keeps its own LS and PLACE.
        InputFolder folder = InputFolder.ssda903(dir).table("episodes.csv", EPISODES_903,
                episode903("P1", "01/03/2019", "P", "C2", "U5", "01/04/2019"),
                episode903("P1", "01/01/2019", "S", "C1", "U4", "01/02/2019"));

        InputFiles inputs = folder.readFolder();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(episodes(inputs)).containsExactly(episode("2019-01-01", "2019-02-01", "C1", "U4"),
                episode("2019-03-01", "2019-04-01", "C2", "U5"));
        assertThat(folder.texts(inputs.report().warnings())).singleElement().asString()
                .startsWith("episodes.csv:2: RNE: 'P' says the period of care goes on").endsWith("(DfE rule 433)");
    }

    @Test
    void twoDifferentClosedVersionsAreAnErrorNamingBothLines() {
        InputFolder folder = InputFolder.ssda903(dir)
                .table("episodes_1.csv", EPISODES_903, episode903("P1", "01/01/2019", "S", "C2", "U4", "01/02/2019"),
                        episode903("P1", "01/02/2019", "P", "C2", "U5", "01/05/2019"))
                .table("episodes_2.csv", EPISODES_903, episode903("P1", "01/02/2019", "P", "C2", "U5", "01/06/2019"));

        InputFiles inputs = folder.readFolder();

        assertThat(folder.texts(inputs.report().errors())).containsExactly("episodes_2.csv:2: DEC: '01/06/2019' differs "
                + "from DEC '01/05/2019' of the same episode (CHILD 'P1', DECOM 01/02/2019) on episodes_1.csv line 3: "
                + "two closed versions of one episode");
        assertThat(countOf(folder, inputs, "episodes_1.csv")).isEqualTo(new RowCount(2, 2, 0, 0));
        assertThat(countOf(folder, inputs, "episodes_2.csv")).isEqualTo(new RowCount(1, 0, 1, 0));
    }

    @Test
    void versionsWithAnotherLegalStatusOrPlacementAreAnError() {
        InputFolder folder = InputFolder.ssda903(dir).table("episodes.csv", EPISODES_903,
                episode903("P1", "01/02/2019", "S", "C2", "U4", ""),
                episode903("P1", "01/02/2019", "S", "C1", "U4", "01/03/2019"),
                episode903("P1", "01/02/2019", "S", "C2", "U5", ""));

        InputFiles inputs = folder.readFolder();

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "episodes.csv:3: LS: 'C1' differs from LS 'C2' of the same episode (CHILD 'P1', DECOM 01/02/2019) on "
                        + "line 2: an episode reported again must have the same LS and PLACE",
                "episodes.csv:4: PLACE: 'U5' differs from PLACE 'U4' of the same episode (CHILD 'P1', DECOM 01/02/2019) on "
                        + "line 2: an episode reported again must have the same LS and PLACE");
        assertThat(countOf(folder, inputs, "episodes.csv")).isEqualTo(new RowCount(3, 1, 2, 0));
    }

    @Test
    void episodesOfAChildAreMatchedFromEveryTableWhateverTheOrderOfRows() {
        InputFolder folder = InputFolder.ssda903(dir)
                .participants("id,start", "P1,2019-01-01", "P2,2019-01-01")
                .table("episodes_1.csv", EPISODES_903, episode903("P2", "01/03/2019", "S", "C2", "U4", ""),
                        episode903("P1", "01/02/2019", "S", "C2", "U4", ""))
                .table("episodes_2.csv", EPISODES_903, episode903("P1", "01/02/2019", "S", "C2", "U4", "01/04/2019"),
                        episode903("P2", "01/03/2019", "S", "C2", "U4", "01/04/2019"),
                        episode903("P1", "01/01/2019", "S", "V2", "U4", "01/02/2019"));

        InputFiles inputs = folder.readFolder();

        assertThat(inputs.report().errors()).isEmpty();
        // P1: [01-01, 02-01) and [02-01, 04-01) = 31 + 59 = 90 days; P2: [03-01, 04-01) = 31 days.
        assertThat(inputs.calculation().data().episodeCount()).isEqualTo(3);
        assertThat(inputs.calculation().statement(LocalDate.of(2019, 12, 31)).programme().careDays()).isEqualTo(121);
    }

    @Test
    void aChildsRowsApartInTheFirstTableNamingItAreStillOneChilds() {
        rowsApart("id,start", "P1,2019-01-01", "P2,2019-01-01", "P3,2019-01-01");
    }

    @Test
    void aChildsRowsApartAreOneChildsWithParticipantsBesideThoseInTheTables() {
        rowsApart("id,start", "P1,2019-01-01", "P2,2019-01-01", "P3,2019-01-01", "P4,2019-01-01", "P5,2019-01-01");
    }

    private void rowsApart(String... participants) {
        // In episodes_1.csv, P2's episode, P1's open episode, P3's, then P1's same episode closed: P1's rows are
        // not together in the first table naming P1, and are still one child's, the two versions one episode. The
        // next table repeats P2's episode.
        InputFolder folder = InputFolder.ssda903(dir)
                .participants(participants)
                .table("episodes_1.csv", EPISODES_903, episode903("P2", "01/03/2019", "S", "C2", "U4", "01/04/2019"),
                        episode903("P1", "01/02/2019", "S", "C2", "U4", ""),
                        episode903("P3", "01/05/2019", "S", "C2", "U4", "01/06/2019"),
                        episode903("P1", "01/02/2019", "S", "C2", "U4", "01/03/2019"))
                .table("episodes_2.csv", EPISODES_903, episode903("P2", "01/03/2019", "S", "C2", "U4", "01/04/2019"));

        InputFiles inputs = folder.readFolder();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(inputs.report().warnings()).isEmpty();
        // P1: [02-01, 03-01) = 28 days; P2: [03-01, 04-01) = 31 days; P3: [05-01, 06-01) = 31 days.
        assertThat(inputs.calculation().data().episodeCount()).isEqualTo(3);
        assertThat(inputs.calculation().statement(LocalDate.of(2019, 12, 31)).programme().careDays()).isEqualTo(90);
        assertThat(countOf(folder, inputs, "episodes_1.csv")).isEqualTo(new RowCount(4, 4, 0, 1));
        assertThat(countOf(folder, inputs, "episodes_2.csv")).isEqualTo(new RowCount(1, 1, 0, 1));
    }
}
