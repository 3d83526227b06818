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
 * docs/input-files.md, the columns of the two CSV files: which are required (the episodes' {@code end} always,
 * the participants' {@code birth_date} when the contract ages young people out), how header names are
 * matched, and the optional episode column {@code placement}. Every row is still accounted for.
 */
class ColumnRulesTest {

    /** The test contract with {@code tracking.ageOutAt} 18. */
    private static final String AGE_OUT_CONTRACT = InputFolder.CONTRACT.replace("{ \"period\": \"P30M\" }",
            "{ \"period\": \"P30M\", \"ageOutAt\": 18 }");

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
                CareEpisode.of("P1", LocalDate.of(2019, 2, 1), LocalDate.of(2019, 3, 1)).withType("V2").withPlacement("U1"));
        assertThat(data.episode(1)).isEqualTo(
                CareEpisode.of("P1", LocalDate.of(2019, 3, 1), LocalDate.of(2019, 4, 1)));
        assertThat(data.episode(3).placement()).isEqualTo("U1");
        assertThat(data.episodePlacements()).containsExactly("U1", "", "R2");
        assertThat(data.episodePlacementIndex(3)).isZero();
        assertThat(rowsOf(folder, inputs, "episodes.csv")).isEqualTo(new RowCount(4, 4, 0));
    }

    @Test
    void manyDistinctPlacementsComingBackAreEachKeptOnce() {
        // 40 placements, then the same 40 again: more than the reader compares in place before it looks up.
        String[] lines = new String[81];
        lines[0] = "id,start,end,placement";
        for (int k = 0; k < 80; k++) {
            lines[k + 1] = "P1,2019-02-01,2019-03-01,X" + k % 40;
        }
        CareData data = InputFolder.in(dir).episodes(lines).read().calculation().data();

        assertThat(data.episodePlacements()).hasSize(40).startsWith("X0", "X1").endsWith("X39");
        for (int e = 0; e < 80; e++) {
            assertThat(data.episode(e).placement()).isEqualTo("X" + e % 40);
            assertThat(data.episodePlacementIndex(e)).isEqualTo(e % 40);
        }
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
        assertThat(data.participant(0).birthDate()).contains(LocalDate.of(2005, 6, 1));
        assertThat(data.participant(0).exitDate()).contains(LocalDate.of(2019, 12, 1));
        assertThat(data.episode(0)).isEqualTo(
                CareEpisode.of("P1", LocalDate.of(2019, 2, 1), LocalDate.of(2019, 3, 1)).withType("V2").withPlacement("U1"));
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

    // birth_date is a required column under ageOutAt

    @Test
    void aParticipantsFileWithoutABirthDateColumnIsAnErrorWhenTheContractHasAgeOutAt() {
        InputFolder folder = InputFolder.in(dir).contract(AGE_OUT_CONTRACT)
                .participants("id,start,dob", "P1,2019-01-01,2005-06-01", "P2,2019-01-01,2006-07-01")
                .episodes("id,start,end", "P1,2019-02-01,2019-03-01");

        InputFiles inputs = folder.read();

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "participants.csv:1: birth_date: the required column is missing: the contract's tracking.ageOutAt 18 "
                        + "ends each young person's window at a birthday (the header has id,start,dob)");
        assertThat(folder.texts(inputs.report().warnings())).containsExactly(
                "participants.csv:1: dob: extra column ignored");
        // As for any missing required column, every row of the file is rejected; so are the episodes, silently.
        assertThat(rowsOf(folder, inputs, "participants.csv")).isEqualTo(new RowCount(2, 0, 2));
        assertThat(rowsOf(folder, inputs, "episodes.csv")).isEqualTo(new RowCount(1, 0, 1));
    }

    @Test
    void withoutAgeOutAtTheBirthDateColumnIsOptional() {
        InputFolder folder = InputFolder.in(dir).participants("id,start", "P1,2019-01-01");

        InputFiles inputs = folder.read();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(inputs.report().warnings()).isEmpty();
    }

    @Test
    void participantsWithoutABirthDateUnderAgeOutAtAreOneWarning() {
        InputFolder folder = InputFolder.in(dir).contract(AGE_OUT_CONTRACT)
                .participants("id,start,birth_date",
                        "P1,2019-01-01,2005-06-01",
                        "P2,2019-01-01,",
                        "P3,2019-01-01,2006-01-01",
                        "P4,2019-01-01, ",
                        "P5,2019-01-01,");

        InputFiles inputs = folder.read();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(folder.texts(inputs.report().warnings())).containsExactly(
                "participants.csv:3: birth_date: 3 participants have no birth_date, so tracking.ageOutAt 18 cannot "
                        + "end their window: lines 3, 5, 6");
        assertThat(rowsOf(folder, inputs, "participants.csv")).isEqualTo(new RowCount(5, 5, 0));
        assertThat(inputs.calculation().data().participantCount()).isEqualTo(5);
    }

    @Test
    void theBirthDateWarningNamesTheFirstFiveLinesAndCountsTheRest() {
        InputFolder folder = InputFolder.in(dir).contract(AGE_OUT_CONTRACT).participants("id,start,birth_date",
                "P1,2019-01-01,", "P2,2019-01-01,", "P3,2019-01-01,", "P4,2019-01-01,", "P5,2019-01-01,",
                "P6,2019-01-01,", "P7,2019-01-01,");

        assertThat(folder.texts(folder.read().report().warnings())).containsExactly(
                "participants.csv:2: birth_date: 7 participants have no birth_date, so tracking.ageOutAt 18 cannot "
                        + "end their window: lines 2, 3, 4, 5, 6 and 2 more");
    }

    @Test
    void aRejectedParticipantIsNotCountedAmongThoseWithoutABirthDate() {
        InputFolder folder = InputFolder.in(dir).contract(AGE_OUT_CONTRACT)
                .participants("id,start,birth_date", "P1,2019-02-30,", "P2,2019-01-01,");

        InputFiles inputs = folder.read();

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "participants.csv:2: start: '2019-02-30' is not a real date: February 2019 has 28 days");
        assertThat(folder.texts(inputs.report().warnings())).containsExactly(
                "participants.csv:3: birth_date: 1 participant has no birth_date, so tracking.ageOutAt 18 cannot "
                        + "end their window: line 3");
    }
}
