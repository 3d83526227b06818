package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.io.ValidationReport.RowCount;
import org.sibcalc.io.csv.CsvRows;

/**
 * docs/input-files.md: every input row is accounted for (rows read = rows used + rows rejected), whatever the
 * file looks like, and line numbers stay those a text editor shows, the header being line 1.
 */
class RowAccountingTest {

    @TempDir
    Path dir;

    /**
     * Returns the file's row count. The report derives rows read from used + rejected, so each test checks
     * it against the data rows it wrote: a row neither used nor rejected would show as a count too low.
     */
    private static RowCount countOf(InputFolder folder, InputFiles inputs, String file) {
        return inputs.report().rowCounts().get(folder.path(file).toString());
    }

    @Test
    void blankLinesAreNotRowsButStillCountAsLines() {
        InputFolder folder = InputFolder.in(dir)
                .participants("id,start", "", "P1,2019-01-01", "", "", "P2,2019-02-30", "P3,2019-01-03", "");

        InputFiles inputs = folder.read();

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "participants.csv:6: start: '2019-02-30' is not a real date: February 2019 has 28 days");
        assertThat(countOf(folder, inputs, "participants.csv")).isEqualTo(new RowCount(3, 2, 1));
    }

    @Test
    void aQuotedFieldSpanningTwoLinesIsOneRowAndLaterLinesKeepTheirNumbers() {
        InputFolder folder = InputFolder.in(dir)
                .participants("id,start,cohort", "P1,2019-01-01,\"North", "East\"", "P2,2019-02-30,South",
                        "P3,2019-01-01,\"a \"\"quoted\"\", comma\"", "P1,2019-01-01,West");

        InputFiles inputs = folder.read();

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "participants.csv:4: start: '2019-02-30' is not a real date: February 2019 has 28 days",
                "participants.csv:6: id: 'P1' is a duplicate of the participant on line 2");
        assertThat(countOf(folder, inputs, "participants.csv")).isEqualTo(new RowCount(4, 2, 2));
    }

    @Test
    void aQuotedFieldKeepsItsLineBreakAndItsQuotes() {
        InputFolder folder = InputFolder.in(dir)
                .participants("id,start,cohort", "P1,2019-01-01,\"North", "East\"", "P2,2019-01-01,\"a \"\"b\"\", c\"");

        InputFiles inputs = folder.read();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(inputs.calculation().data().participant(0).cohort()).contains("North\nEast");
        assertThat(inputs.calculation().data().participant(1).cohort()).contains("a \"b\", c");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() {
        byte[] text = "\uFEFFid,start\nP1,2019-01-01\nP2,2019-02-30\n".getBytes(StandardCharsets.UTF_8);
        InputFolder folder = InputFolder.in(dir).write("participants.csv", text);

        InputFiles inputs = folder.read();

        assertThat(text[0]).isEqualTo((byte) 0xEF);
        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "participants.csv:3: start: '2019-02-30' is not a real date: February 2019 has 28 days");
        assertThat(inputs.report().warnings()).isEmpty();
        assertThat(countOf(folder, inputs, "participants.csv")).isEqualTo(new RowCount(2, 1, 1));
    }

    @Test
    void crlfLineEndingsAreReadLikeNewLines() {
        InputFolder folder = InputFolder.in(dir)
                .write("participants.csv", "id,start,cohort\r\nP1,2019-01-01,A\r\n\r\nP2,2019-02-30,B\r\nP3,2019-01-01,C\r\n")
                .write("episodes.csv", "id,start,end\r\nP1,2019-02-01,2019-03-01\r\nP3,2019-02-01,2019-01-01\r\n");

        InputFiles inputs = folder.read();

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "participants.csv:4: start: '2019-02-30' is not a real date: February 2019 has 28 days",
                "episodes.csv:3: end: 2019-01-01 is before start 2019-02-01");
        assertThat(countOf(folder, inputs, "participants.csv")).isEqualTo(new RowCount(3, 2, 1));
        assertThat(countOf(folder, inputs, "episodes.csv")).isEqualTo(new RowCount(2, 1, 1));
    }

    @Test
    void crlfLineEndingsLeaveNoCarriageReturnInTheLastField() {
        InputFolder folder = InputFolder.in(dir)
                .write("participants.csv", "id,start,cohort\r\nP1,2019-01-01,A\r\n")
                .write("episodes.csv", "id,start,end,type\r\nP1,2019-02-01,2019-03-01,CARE\r\n");

        InputFiles inputs = folder.read();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(inputs.calculation().data().participant(0).cohort()).contains("A");
        assertThat(inputs.calculation().data().episode(0).type()).isEqualTo("CARE");
    }

    @Test
    void aLastLineWithoutANewLineIsARow() {
        InputFolder folder = InputFolder.in(dir).write("participants.csv", "id,start\nP1,2019-01-01\nP2,2019-01-02");

        InputFiles inputs = folder.read();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(countOf(folder, inputs, "participants.csv")).isEqualTo(new RowCount(2, 2, 0));
    }

    @Test
    void rowsWithTooFewOrTooManyFieldsAreRejectedWithAnError() {
        InputFolder folder = InputFolder.in(dir)
                .episodes("id,start,end", "P1,2019-02-01", "P1,2019-02-01,2019-03-01", "P1,2019-02-01,2019-03-01,CARE,x");

        InputFiles inputs = folder.read();

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "episodes.csv:2: (row): has 2 fields but the header has 3",
                "episodes.csv:4: (row): has 5 fields but the header has 3");
        assertThat(countOf(folder, inputs, "episodes.csv")).isEqualTo(new RowCount(3, 1, 2));
    }

    @Test
    void everyRowOfAFileWithoutARequiredColumnIsRejected() {
        InputFolder folder = InputFolder.in(dir).episodes("id,end", "P1,2019-03-01", "", "P1,2019-04-01");

        InputFiles inputs = folder.read();

        assertThat(countOf(folder, inputs, "episodes.csv")).isEqualTo(new RowCount(2, 0, 2));
    }

    @Test
    void aFileWithOnlyAHeaderHasNoRows() {
        InputFolder folder = InputFolder.in(dir).episodes("id,start,end");

        InputFiles inputs = folder.read();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(countOf(folder, inputs, "episodes.csv")).isEqualTo(new RowCount(0, 0, 0));
    }

    @Test
    void aFileThatCannotBeReadIsListedWithNoRows() {
        InputFolder folder = InputFolder.in(dir).delete("participants.csv");

        InputFiles inputs = folder.read();

        assertThat(countOf(folder, inputs, "participants.csv")).isEqualTo(new RowCount(0, 0, 0));
    }

    @Test
    void everyRowOfAMixedFileIsEitherUsedOrRejected() {
        // 9 lines: header, 6 rows, a blank line and a row split over two lines by a quoted field.
        InputFolder folder = InputFolder.in(dir)
                .participants("id,start,cohort,exit_date",
                        "P1,2019-01-01,,",                  // 2 used
                        "P2,2019-01-01,\"X", "Y\",",        // 3-4 used
                        "",                                 // 5 not a row
                        ",2019-01-01,,",                    // 6 rejected: blank id
                        "P1,2019-01-01,,",                  // 7 rejected: duplicate
                        "P4,2019-01-01,,2018-12-31",        // 8 rejected: exit before start
                        "P5,2019-01-01",                    // 9 rejected: too few fields
                        "P6,01/02/2019,,")                  // 10 used
                .episodes("id,start,end",
                        "P1,2019-02-01,2019-03-01",         // used
                        "P4,2019-02-01,2019-03-01",         // rejected: its participant was rejected
                        "P9,2019-02-01,2019-03-01",         // rejected: no such participant (ignored)
                        "P2,2019-02-01,");                  // used: open

        InputFiles inputs = folder.read(true);

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "participants.csv:6: id: is blank",
                "participants.csv:7: id: 'P1' is a duplicate of the participant on line 2",
                "participants.csv:8: exit_date: 2018-12-31 is before start 2019-01-01",
                "participants.csv:9: (row): has 2 fields but the header has 4",
                "episodes.csv:3: id: 'P4' is the participant on participants.csv line 8, which was rejected");
        assertThat(folder.texts(inputs.report().warnings())).containsExactly(
                "episodes.csv:4: id: 'P9' matches no participant; the episode is ignored");
        assertThat(countOf(folder, inputs, "participants.csv")).isEqualTo(new RowCount(7, 3, 4));
        assertThat(countOf(folder, inputs, "episodes.csv")).isEqualTo(new RowCount(4, 2, 2));
    }

    /**
     * A known column the handler does not read (an SSDA903 table's postcodes) is no extra column, its text is
     * not handed over, and it still counts towards the row's fields and limits.
     */
    @Test
    void aKnownColumnNotReadIsNeitherExtraNorHandedOver() {
        InputFolder folder = InputFolder.in(dir).participants("id,postcode,start", "P1,IG10 2,2019-01-01",
                "P2,CO4 6", "P3," + "X".repeat(10_001) + ",2019-01-03");
        ValidationReport report = new ValidationReport();
        List<String> handed = new ArrayList<>();

        CsvRows.read(InputSource.of(folder.path("participants.csv")), "participants.csv",
                List.of("id", "postcode", "start"), List.of("id"), Set.of("postcode"),
                report, (line, row) -> {
                    handed.add(row.get(0) + ":" + row.isBlank(1) + ":" + row.get(2));
                    row.used();
                });

        assertThat(handed).containsExactly("P1:true:2019-01-01");
        assertThat(report.warnings()).isEmpty();
        assertThat(report.errors()).extracting(Object::toString).containsExactly(
                "participants.csv:3: (row): has 2 fields but the header has 3",
                "participants.csv:4: postcode: is 10,001 characters long, more than the 10,000 a field may have");
    }

    @Test
    void aRowOfOneFieldLongerThanAFieldMayBeIsRejectedNotTakenForABlankLine() {
        // Its text is kept empty, as past the limit: it must still not pass for a line of blanks.
        InputFolder folder = InputFolder.in(dir).participants("id,start", "x".repeat(InputLimits.MAX_FIELD_CHARS + 1),
                "P1,2019-01-01");

        InputFiles inputs = folder.read();

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "participants.csv:2: (row): has 1 field but the header has 2");
        assertThat(countOf(folder, inputs, "participants.csv")).isEqualTo(new RowCount(2, 1, 1));
    }

    @Test
    void aDefectInTheRowHandlerIsThrownNotReportedAsUnreadableCsv() {
        InputFolder folder = InputFolder.in(dir).participants("id,start", "P1,2019-01-01");
        ValidationReport report = new ValidationReport();
        IllegalArgumentException defect = new IllegalArgumentException("a defect");

        assertThatThrownBy(() -> CsvRows.read(folder.path("participants.csv"), "participants.csv",
                CareDataCsv.PARTICIPANT_COLUMNS, List.of("id"), report, (line, row) -> {
                    throw defect;
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("participants.csv line 2")
                .cause().isSameAs(defect);
        assertThat(report.errors()).isEmpty();
    }
}
