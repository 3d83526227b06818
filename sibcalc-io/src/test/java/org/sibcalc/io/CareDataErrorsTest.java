package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.data.CareData;
import org.sibcalc.io.ValidationReport.RowCount;

/**
 * docs/input-files.md: each error in the participants and episodes files is reported as {@code file:line: field: what
 * is wrong}, the header being line 1, and the row is counted as rejected.
 */
class CareDataErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileCannotBeRead() {
        InputFolder folder = InputFolder.in(dir).delete("episodes.csv");

        assertThat(folder.errors()).containsExactly("episodes.csv: (file): cannot be read: no such file");
    }

    @Test
    void aMissingContractFileCannotBeRead() {
        InputFolder folder = InputFolder.in(dir).delete("contract.json");

        assertThat(folder.errors()).containsExactly("contract.json: (file): cannot be read: no such file");
    }

    @Test
    void aMissingParticipantsFileIsOneErrorNotOnePerEpisode() {
        InputFolder folder = InputFolder.in(dir).delete("participants.csv")
                .episodes("id,start,end", "P1,2019-02-01,2019-03-01", "P2,2019-02-01,2019-03-01");

        InputFiles inputs = folder.read();

        assertThat(folder.texts(inputs.report().errors()))
                .containsExactly("participants.csv: (file): cannot be read: no such file");
        assertThat(inputs.report().rowCounts()).containsEntry(folder.path("episodes.csv").toString(),
                new RowCount(2, 0, 2));
    }

    @Test
    void aMissingRequiredColumnIsNamedOnTheHeaderLineAndEveryRowIsRejected() {
        InputFolder folder = InputFolder.in(dir).participants("id,cohort", "P1,A", "P2,B");

        InputFiles inputs = folder.read();

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "participants.csv:1: start: the required column is missing (the header has id,cohort)");
        assertThat(inputs.report().rowCounts()).containsEntry(folder.path("participants.csv").toString(),
                new RowCount(2, 0, 2));
    }

    @Test
    void aMissingRequiredColumnOfTheEpisodesIsNamedToo() {
        InputFolder folder = InputFolder.in(dir).episodes("start,end", "2019-02-01,2019-03-01");

        assertThat(folder.errors()).containsExactly(
                "episodes.csv:1: id: the required column is missing (the header has start,end)");
    }

    @Test
    void aBlankIdIsAnError() {
        InputFolder folder = InputFolder.in(dir).participants("id,start", "P1,2019-01-01", " ,2019-01-02",
                ",2019-01-03");

        assertThat(folder.errors()).containsExactly(
                "participants.csv:3: id: is blank",
                "participants.csv:4: id: is blank");
    }

    @Test
    void aBlankEpisodeIdIsAnError() {
        InputFolder folder = InputFolder.in(dir).episodes("id,start,end", ",2019-02-01,2019-03-01");

        assertThat(folder.errors()).containsExactly("episodes.csv:2: id: is blank");
    }

    @Test
    void aPaddedIdIsAnErrorNotSilentlyTrimmedIntoAnotherId() {
        InputFolder folder = InputFolder.in(dir).participants("id,start", "P1,2019-01-01", " P1,2019-01-02");

        assertThat(folder.errors()).containsExactly(
                "participants.csv:3: id: ' P1' has leading or trailing blanks");
    }

    @Test
    void aDuplicateParticipantIdNamesTheLineOfTheFirst() {
        InputFolder folder = InputFolder.in(dir).participants("id,start", "P1,2019-01-01", "P2,2019-01-01",
                "P1,2019-02-01");

        InputFiles inputs = folder.read();

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "participants.csv:4: id: 'P1' is a duplicate of the participant on line 2");
        assertThat(inputs.report().rowCounts()).containsEntry(folder.path("participants.csv").toString(),
                new RowCount(3, 2, 1));
    }

    @Test
    void aDateInNeitherFormIsAnError() {
        InputFolder folder = InputFolder.in(dir).participants("id,start", "P1,2019/01/01", "P2,1 Jan 2019",
                "P3,2019-1-1");

        assertThat(folder.errors()).containsExactly(
                "participants.csv:2: start: '2019/01/01' is not a date in the form yyyy-MM-dd or dd/MM/yyyy",
                "participants.csv:3: start: '1 Jan 2019' is not a date in the form yyyy-MM-dd or dd/MM/yyyy",
                "participants.csv:4: start: '2019-1-1' is not a date in the form yyyy-MM-dd or dd/MM/yyyy");
    }

    @Test
    void anImpossibleDateIsAnError() {
        InputFolder folder = InputFolder.in(dir).participants("id,start", "P1,2019-02-30", "P2,31/04/2019");

        assertThat(folder.errors()).containsExactly(
                "participants.csv:2: start: '2019-02-30' is not a real date: February 2019 has 28 days",
                "participants.csv:3: start: '31/04/2019' is not a real date: April 2019 has 30 days");
    }

    @Test
    void anUnparseableEpisodeDateNamesItsColumn() {
        InputFolder folder = InputFolder.in(dir).episodes("id,start,end", "P1,2019-02-01,2019-13-01");

        assertThat(folder.errors()).containsExactly(
                "episodes.csv:2: end: '2019-13-01' is not a real date: there is no month 13");
    }

    @Test
    void aUkDateIsDayThenMonth() {
        InputFolder folder = InputFolder.in(dir)
                .participants("id,start,birth_date,exit_date", "P1,03/04/2019,01/12/2005,28/02/2020")
                .episodes("id,start,end", "P1,05/06/2019,07/08/2019");

        InputFiles inputs = folder.read();

        assertThat(inputs.report().errors()).isEmpty();
        CareData data = inputs.calculation().data();
        assertThat(data.participant(0).start()).isEqualTo(LocalDate.of(2019, 4, 3));
        assertThat(data.participant(0).birthDate()).contains(LocalDate.of(2005, 12, 1));
        assertThat(data.participant(0).exitDate()).contains(LocalDate.of(2020, 2, 28));
        assertThat(data.episode(0).start()).isEqualTo(LocalDate.of(2019, 6, 5));
        assertThat(data.episode(0).end()).contains(LocalDate.of(2019, 8, 7));
    }

    @Test
    void aRequiredDateLeftBlankIsAnError() {
        InputFolder folder = InputFolder.in(dir).participants("id,start", "P1,");

        assertThat(folder.errors()).containsExactly("participants.csv:2: start: is required");
    }

    @Test
    void anEpisodeEndingBeforeItStartsIsAnError() {
        InputFolder folder = InputFolder.in(dir).episodes("id,start,end", "P1,2019-03-04,2019-02-01");

        assertThat(folder.errors()).containsExactly("episodes.csv:2: end: 2019-02-01 is before start 2019-03-04");
    }

    @Test
    void anExitBeforeTheStartIsAnError() {
        InputFolder folder = InputFolder.in(dir).participants("id,start,exit_date", "P1,2019-03-04,2019-03-03");

        assertThat(folder.errors()).containsExactly(
                "participants.csv:2: exit_date: 2019-03-03 is before start 2019-03-04");
    }

    @Test
    void aBirthAfterTheStartIsAnError() {
        InputFolder folder = InputFolder.in(dir).participants("id,start,birth_date", "P1,2019-03-04,2019-03-05");

        assertThat(folder.errors()).containsExactly(
                "participants.csv:2: birth_date: 2019-03-05 is after start 2019-03-04");
    }

    @Test
    void everyBadFieldOfOneRowIsReported() {
        InputFolder folder = InputFolder.in(dir)
                .participants("id,start,birth_date,exit_date", ",2019-02-30,2019-13-01,01-01-2019");

        assertThat(folder.errors()).containsExactly(
                "participants.csv:2: id: is blank",
                "participants.csv:2: start: '2019-02-30' is not a real date: February 2019 has 28 days",
                "participants.csv:2: birth_date: '2019-13-01' is not a real date: there is no month 13",
                "participants.csv:2: exit_date: '01-01-2019' is not a date in the form yyyy-MM-dd or dd/MM/yyyy");
    }

    @Test
    void anEpisodeOfNoParticipantIsAnError() {
        InputFolder folder = InputFolder.in(dir).episodes("id,start,end", "P1,2019-02-01,2019-03-01",
                "P9,2019-02-01,2019-03-01");

        InputFiles inputs = folder.read();

        assertThat(folder.texts(inputs.report().errors()))
                .containsExactly("episodes.csv:3: id: 'P9' matches no participant in participants.csv");
        assertThat(inputs.report().warnings()).isEmpty();
        assertThat(inputs.report().rowCounts()).containsEntry(folder.path("episodes.csv").toString(),
                new RowCount(2, 1, 1));
    }

    @Test
    void anEpisodeOfNoParticipantIsAWarningAndARejectedRowWhenUnmatchedEpisodesAreIgnored() {
        InputFolder folder = InputFolder.in(dir).episodes("id,start,end", "P1,2019-02-01,2019-03-01",
                "P9,2019-02-01,2019-03-01");

        InputFiles inputs = folder.read(true);

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(folder.texts(inputs.report().warnings()))
                .containsExactly("episodes.csv:3: id: 'P9' matches no participant; the episode is ignored");
        assertThat(inputs.report().rowCounts()).containsEntry(folder.path("episodes.csv").toString(),
                new RowCount(2, 1, 1));
        assertThat(inputs.calculation().data().episodeCount()).isEqualTo(1);
    }

    @Test
    void anEpisodeOfARejectedParticipantNamesThatParticipantsLineEvenWhenUnmatchedEpisodesAreIgnored() {
        InputFolder folder = InputFolder.in(dir)
                .participants("id,start", "P1,2019-01-01", "P2,2019-02-30")
                .episodes("id,start,end", "P2,2019-03-01,2019-04-01");

        assertThat(folder.texts(folder.read(true).report().errors())).containsExactly(
                "participants.csv:3: start: '2019-02-30' is not a real date: February 2019 has 28 days",
                "episodes.csv:2: id: 'P2' is the participant on participants.csv line 3, which was rejected");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsAnError() {
        InputFolder folder = InputFolder.in(dir).participants("id,start,cohort", "P1,2019-01-01,A",
                "P2,2019-01-01", "P3,2019-01-01,A,extra");

        InputFiles inputs = folder.read();

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "participants.csv:3: (row): has 2 fields but the header has 3",
                "participants.csv:4: (row): has 4 fields but the header has 3");
        assertThat(inputs.report().rowCounts()).containsEntry(folder.path("participants.csv").toString(),
                new RowCount(3, 1, 2));
    }

    @Test
    void aColumnNamedTwiceIsAnError() {
        InputFolder folder = InputFolder.in(dir).participants("id,start,start", "P1,2019-01-01,2019-01-01");

        assertThat(folder.errors()).containsExactly(
                "participants.csv:1: start: the column appears more than once in the header");
    }

    @Test
    void anIdLongerThan64CharactersIsAnError() {
        String id = "P" + "0".repeat(64);
        InputFolder folder = InputFolder.in(dir).participants("id,start", id + ",2019-01-01", "P" + "0".repeat(63) + ",2019-01-01");

        assertThat(folder.errors()).containsExactly("participants.csv:2: id: '" + id + "' is longer than 64 characters");
    }

    @Test
    void aFileThatIsNotUtf8IsAnErrorSayingSo() {
        // As a spreadsheet saves "CSV" in Windows-1252: é is the single byte E9.
        byte[] latin1 = "id,start,cohort\nP1,2019-01-01,North\nP2,2019-01-01,Caf\u00e9\nP3,2019-01-01,South\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        InputFolder folder = InputFolder.in(dir).write("participants.csv", latin1);

        assertThat(folder.errors()).containsExactly(
                "participants.csv:3: (file): has a character that is not UTF-8 on this line; save the file as CSV UTF-8");
    }

    @Test
    void aQuoteNeverClosedIsAnError() {
        InputFolder folder = InputFolder.in(dir).participants("id,start", "P1,2019-01-01", "\"P2,2019-01-01", "P3,2019-01-01");

        InputFiles inputs = folder.read();

        // The quoted field would run to the end of the file: the error names the line the quote opens on.
        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "participants.csv:3: (file): a quoted field starts on this line and is never closed, "
                        + "so the rest of the file cannot be read");
        assertThat(inputs.report().rowCounts()).containsEntry(folder.path("participants.csv").toString(),
                new RowCount(1, 1, 0));
    }

    @Test
    void textAfterAClosingQuoteIsAnErrorAtItsLine() {
        InputFolder folder = InputFolder.in(dir).participants("id,start", "P1,2019-01-01", "\"P2\"x,2019-01-01",
                "P3,2019-01-01");

        assertThat(folder.errors()).containsExactly("participants.csv:3: (file): a quoted field has text after its "
                + "closing quote (a quote inside a quoted field is written twice), so the rest of the file cannot be read");
    }

    @Test
    void anEmptyFileHasNoHeader() {
        InputFolder folder = InputFolder.in(dir).write("episodes.csv", "");

        assertThat(folder.errors()).containsExactly(
                "episodes.csv:1: (header): the file is empty: a header row is required");
    }

    @Test
    void theRowCountsNameEachDataFileInTheOrderRead() {
        InputFolder folder = InputFolder.in(dir);

        Map<String, RowCount> counts = folder.read().report().rowCounts();

        assertThat(counts).containsExactly(
                Map.entry(folder.path("participants.csv").toString(), new RowCount(1, 1, 0)),
                Map.entry(folder.path("episodes.csv").toString(), new RowCount(0, 0, 0)));
    }
}
