package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.io.ValidationReport.RowCount;

/**
 * SPEC §1 and §8, the columns of the two CSV files: the episodes' {@code end} is required, header names
 * are matched ignoring case and surrounding blanks, and {@code placement} is an optional episode column.
 * Every row is still accounted for.
 */
class ColumnRulesTest {

    @TempDir
    Path dir;

    private RowCount rowsOf(InputFolder folder, InputFiles inputs, String file) {
        return inputs.report().rowCounts().get(folder.path(file).toString());
    }

    // end is a required column

    @Test
    void anEpisodesFileWithoutAnEndColumnIsAnError() {
        // Read as before, every episode would be open: 2019-02-01 onwards in care, not 28 days.
        InputFolder folder = InputFolder.in(dir)
                .episodes("id,start,end_date", "P1,2019-02-01,2019-03-01", "P1,2019-04-01,2019-05-01");

        InputFiles inputs = folder.read();

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "episodes.csv:1: end: the required column is missing (the header has id,start,end_date)");
        assertThat(folder.texts(inputs.report().warnings())).containsExactly(
                "episodes.csv:1: end_date: extra column ignored");
        assertThat(rowsOf(folder, inputs, "episodes.csv")).isEqualTo(new RowCount(2, 0, 2));
    }

    @Test
    void anEndColumnMayHaveOnlyBlankValuesForOpenEpisodes() {
        InputFolder folder = InputFolder.in(dir).episodes("id,start,end", "P1,2019-02-01,", "P1,2019-04-01, ");

        InputFiles inputs = folder.read();

        assertThat(inputs.report().errors()).isEmpty();
        CareData data = inputs.calculation().data();
        assertThat(data.episode(0)).isEqualTo(CareEpisode.open("P1", LocalDate.of(2019, 2, 1)));
        assertThat(data.episode(1).isOpen()).isTrue();
    }

    // placement is an optional column

    @Test
    void aPlacementIsReadTrimmedAndABlankPlacementIsNone() {
        InputFolder folder = InputFolder.in(dir).episodes("id,start,end,type,placement",
                "P1,2019-02-01,2019-03-01,V2, U1 ",
                "P1,2019-03-01,2019-04-01,,",
                "P1,2019-04-01,,C2,R2",
                "P1,2019-05-01,,C2,U1");

        InputFiles inputs = folder.read();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(inputs.report().warnings()).isEmpty();
        CareData data = inputs.calculation().data();
        assertThat(data.episode(0)).isEqualTo(
                new CareEpisode("P1", LocalDate.of(2019, 2, 1), LocalDate.of(2019, 3, 1), "V2", "U1"));
        assertThat(data.episode(1)).isEqualTo(
                new CareEpisode("P1", LocalDate.of(2019, 3, 1), LocalDate.of(2019, 4, 1), "CARE", ""));
        assertThat(data.episode(3).placement()).isEqualTo("U1");
        assertThat(data.episodePlacements()).containsExactly("U1", "", "R2");
        assertThat(data.episodePlacementIndex(3)).isZero();
        assertThat(rowsOf(folder, inputs, "episodes.csv")).isEqualTo(new RowCount(4, 4, 0));
    }

    @Test
    void episodesOfAFileWithoutAPlacementColumnHaveNoPlacement() {
        InputFolder folder = InputFolder.in(dir).episodes("id,start,end,type", "P1,2019-02-01,2019-03-01,V2");

        CareData data = folder.read().calculation().data();

        assertThat(data.episode(0).placement()).isEmpty();
        assertThat(data.episodePlacements()).containsExactly("");
    }

    // Header names

    @Test
    void headerNamesMatchIgnoringCaseAndSurroundingBlanks() {
        InputFolder folder = InputFolder.in(dir)
                .participants("ID, Start ,Birth_Date,EXIT_DATE", "P1,2019-01-01,2005-06-01,2019-12-01")
                .episodes(" id ,START,End,Type, Placement", "P1,2019-02-01,2019-03-01,V2,U1");

        InputFiles inputs = folder.read();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(inputs.report().warnings()).isEmpty();
        CareData data = inputs.calculation().data();
        assertThat(data.participant(0).birthDate()).isEqualTo(LocalDate.of(2005, 6, 1));
        assertThat(data.participant(0).exitDate()).isEqualTo(LocalDate.of(2019, 12, 1));
        assertThat(data.episode(0)).isEqualTo(
                new CareEpisode("P1", LocalDate.of(2019, 2, 1), LocalDate.of(2019, 3, 1), "V2", "U1"));
    }

    @Test
    void twoColumnsThatMatchTheSameNameAreAnError() {
        InputFolder folder = InputFolder.in(dir)
                .participants("id,start,ID", "P1,2019-01-01,P1", "P2,2019-01-01,P2")
                .episodes("id,start,end,Start ", "P1,2019-02-01,2019-03-01,2019-02-01");

        InputFiles inputs = folder.read();

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "participants.csv:1: id: the column appears more than once in the header "
                        + "(as id and ID: names match ignoring case)",
                "episodes.csv:1: start: the column appears more than once in the header "
                        + "(as start and Start: names match ignoring case)");
        assertThat(rowsOf(folder, inputs, "participants.csv")).isEqualTo(new RowCount(2, 0, 2));
        assertThat(rowsOf(folder, inputs, "episodes.csv")).isEqualTo(new RowCount(1, 0, 1));
    }

    @Test
    void extraColumnsAreNamedOnceAsWritten() {
        InputFolder folder = InputFolder.in(dir).participants("id,start, Notes ", "P1,2019-01-01,a", "P2,2019-01-01,b");

        InputFiles inputs = folder.read();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(folder.texts(inputs.report().warnings())).containsExactly(
                "participants.csv:1: Notes: extra column ignored");
    }
}
