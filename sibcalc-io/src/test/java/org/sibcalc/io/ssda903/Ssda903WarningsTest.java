package org.sibcalc.io.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.io.InputFolder.EPISODES_903;
import static org.sibcalc.io.InputFolder.episode903;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.Statement;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.InputFolder;
import org.sibcalc.measure.DataWarning;

/**
 * docs/input-files.md, "Warnings with the DfE's rule numbers": over each child's episodes (repeats merged)
 * in order of DECOM, an episode starting before the one before it ended is rule 501, an RNE saying the
 * period of care goes on when the episode does not start the day the one before it ended is rule 433, and an
 * episode starting and ending on one day is rule 355; each at its file and line.
 */
class Ssda903WarningsTest {

    @TempDir
    Path dir;

    private InputFolder folder(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = EPISODES_903;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return InputFolder.ssda903(dir).table("episodes.csv", lines);
    }

    /** The reader's warnings, before any calculation's. */
    private static java.util.List<String> warnings(InputFolder folder) {
        InputFiles inputs = folder.readFolder();
        assertThat(inputs.report().errors()).isEmpty();
        return folder.texts(inputs.report().warnings());
    }

    @Test
    void anEpisodeStartingBeforeTheOneBeforeEndedIsRule501() {
        InputFolder folder = folder(episode903("P1", "01/02/2019", "S", "C2", "U4", "01/04/2019"),
                episode903("P1", "01/03/2019", "S", "C2", "U5", "01/05/2019"));

        assertThat(warnings(folder)).containsExactly("episodes.csv:3: DECOM: '01/03/2019' is before 01/04/2019, the "
                + "DEC of the episode of 'P1' from 01/02/2019 (line 2): the episodes overlap (DfE rule 501)");
    }

    @Test
    void anEpisodeStartingWhileTheOneBeforeIsOpenIsRule501() {
        InputFolder folder = folder(episode903("P1", "01/02/2019", "S", "C2", "U4", ""),
                episode903("P1", "01/03/2019", "S", "C2", "U5", ""));

        assertThat(warnings(folder)).containsExactly("episodes.csv:3: DECOM: '01/03/2019' falls in the episode of 'P1' "
                + "from 01/02/2019 (line 2), which has no DEC: the episodes overlap (DfE rule 501)");
    }

    @Test
    void aContinuingReasonOnAnEpisodeNotStartingTheDayTheLastEndedIsRule433() {
        InputFolder folder = folder(episode903("P1", "01/02/2019", "S", "C2", "U4", "01/03/2019"),
                episode903("P1", "05/03/2019", "P", "C2", "U5", ""));

        assertThat(warnings(folder)).containsExactly("episodes.csv:3: RNE: 'P' says the period of care goes on, but the "
                + "episode starts on 05/03/2019, not on 01/03/2019 when the episode of 'P1' before it ended (line 2) "
                + "(DfE rule 433)");
    }

    @Test
    void aContinuingReasonAfterAnOpenEpisodeIsRule433AndRule501() {
        InputFolder folder = folder(episode903("P1", "01/02/2019", "S", "C2", "U4", ""),
                episode903("P1", "01/03/2019", "l", "C1", "U4", ""));

        assertThat(warnings(folder)).containsExactly(
                "episodes.csv:3: DECOM: '01/03/2019' falls in the episode of 'P1' from 01/02/2019 (line 2), which "
                        + "has no DEC: the episodes overlap (DfE rule 501)",
                "episodes.csv:3: RNE: 'L' says the period of care goes on, but the episode of 'P1' before it, from "
                        + "01/02/2019 (line 2), has no DEC (DfE rule 433)");
    }

    @Test
    void changesOfPlacementAndLegalStatusOnTheDayTheLastEndedAndNewPeriodsOfCareAreNoWarning() {
        InputFolder folder = folder(episode903("P1", "01/01/2019", "P", "C2", "U4", "01/02/2019"),
                episode903("P1", "01/02/2019", "P", "C2", "U5", "01/03/2019"),
                episode903("P1", "01/03/2019", "L", "C1", "U5", "01/04/2019"),
                episode903("P1", "01/03/2019", "L", "C1", "U5", "01/04/2019"),
                episode903("P1", "01/04/2019", "T", "V2", "K2", "01/05/2019"),
                episode903("P1", "01/06/2019", "S", "V2", "U1", ""));

        // The first episode's RNE P is not checked: the episode before it is in an earlier return, not given.
        assertThat(warnings(folder)).isEmpty();
    }

    @Test
    void anEpisodeStartingAndEndingOnOneDayIsRule355AndNotWarnedOfTwice() {
        InputFolder folder = folder(episode903("P1", "01/02/2019", "S", "C2", "U4", "01/02/2019"));

        InputFiles inputs = folder.readFolder();
        Statement statement = inputs.calculation().statement(LocalDate.of(2019, 12, 31));
        inputs.report(statement.warnings());

        assertThat(folder.texts(inputs.report().warnings())).containsExactly("episodes.csv:2: DEC: '01/02/2019' is "
                + "the DECOM too: the episode of 'P1' starts and ends on one day and counts no days (DfE rule 355)");
        assertThat(statement.warnings()).extracting(DataWarning::kind).containsExactly(
                DataWarning.Kind.ZERO_LENGTH_EPISODE);
    }

    @Test
    void aMergedEpisodeIsWarnedOfAtItsClosedVersionAndTheCalculationsWarningsNameTheReturnsColumns() {
        InputFolder folder = InputFolder.ssda903(dir)
                .table("episodes_1.csv", EPISODES_903, episode903("P1", "01/02/2019", "S", "C2", "U4", ""),
                        episode903("P1", "01/01/2018", "S", "C2", "U4", "01/02/2018"))
                .table("episodes_2.csv", EPISODES_903, episode903("P1", "01/02/2019", "S", "C2", "U4", "01/04/2019"),
                        episode903("P1", "01/03/2019", "S", "C2", "U5", ""));

        InputFiles inputs = folder.readFolder();
        inputs.report(inputs.calculation().statement(LocalDate.of(2019, 12, 31)).warnings());

        assertThat(folder.texts(inputs.report().warnings())).containsExactly(
                "episodes_2.csv:3: DECOM: '01/03/2019' is before 01/04/2019, the DEC of the episode of 'P1' from "
                        + "01/02/2019 (line 2): the episodes overlap (DfE rule 501)",
                "episodes_1.csv:3: DECOM: episode of 'P1' from 2018-01-01 to 2018-02-01 has no day in the tracking "
                        + "window 2019-01-01 to 2021-06-30 and counts no days",
                "episodes_2.csv:3: DECOM: episode of 'P1' from 2019-03-01 (open) overlaps episode of 'P1' from "
                        + "2019-02-01 to 2019-04-01; the days in both are counted once");
    }
}
