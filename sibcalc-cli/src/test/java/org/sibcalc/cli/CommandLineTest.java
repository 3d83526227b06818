package org.sibcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sibcalc.io.InputFolder;

/**
 * The command line's own rules: help, the two ways of naming the input files, the default reporting date,
 * the statement's formats and exit status 2 for a wrong command line.
 */
class CommandLineTest {

    @TempDir
    Path dir;

    /** The valid folder's statement: P1 alone from 2019-01-01; £10.00 a care day avoided; baseline 0.5. */
    private static final String TEXT_STATEMENT = """
            Test SIB
            Statement as of 2019-12-31, amounts in GBP

            Programme
              Participants         1
              Child days           365
              Care days            0
              Care proportion      0.0000%
              Expected care days   182.5
              Care days avoided    182.5

              Cohort       Participants  Child days  Care days  Care proportion  Expected care days  Care days avoided
              2019-Q1                 1         365          0          0.0000%               182.5              182.5
              All cohorts             1         365          0          0.0000%               182.5              182.5

            Payments
              Date        Care days avoided  Cumulative due   Paid before       Payment
              2019-03-31               45.0      GBP 450.00      GBP 0.00    GBP 450.00
              2019-06-30               90.5      GBP 905.00    GBP 450.00    GBP 455.00
              2019-09-30              136.5    GBP 1,365.00    GBP 905.00    GBP 460.00
              2019-12-31              182.5    GBP 1,825.00  GBP 1,365.00    GBP 460.00
              Total paid                                                   GBP 1,825.00

            Warnings: none.
            """;

    private String folder() {
        return InputFolder.in(dir).dir().toString();
    }

    private static Run succeeded(String... args) {
        Run run = Run.sibcalc(args);
        assertThat(run.status()).as(run.err()).isZero();
        return run;
    }

    @ParameterizedTest
    @ValueSource(strings = {"statement", "validate", "explain"})
    void helpDescribesTheCommandAndSucceeds(String command) {
        Run run = succeeded(command, "--help");

        assertThat(run.out()).startsWith("Usage: sibcalc " + command + " [-hV] [--ignore-unmatched-episodes]")
                .contains("--contract=FILE", "--participants=FILE", "--episodes=FILE", "[DIR]", "--as-of=DATE");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpOfTheWholeCommandListsTheCommands() {
        Run run = succeeded("--help");

        assertThat(run.out()).startsWith("Usage: sibcalc [-hV] [COMMAND]").contains("  statement  ", "  validate   ",
                "  explain    ");
    }

    @Test
    void helpOfTheWholeCommandListsEveryCommandInOrder() {
        Run run = succeeded("--help");

        assertThat(run.outLines()).filteredOn(line -> line.matches("  [a-z]+ +\\S.*"))
                .map(line -> line.trim().split(" +")[0])
                .containsExactly("statement", "validate", "explain", "baseline", "returns", "check", "compare", "help");
    }

    @Test
    void helpNamingACommandDescribesIt() {
        Run run = succeeded("help", "statement");

        assertThat(run.out()).startsWith("Usage: sibcalc statement [-hV]");
    }

    @Test
    void anUnknownCommandIsAUsageErrorNamingTheCommandsLikeIt() {
        Run run = Run.sibcalc("statemnt", folder());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Did you mean: sibcalc statement");
    }

    @Test
    void theTextStatementShowsTheProgrammeCohortsAndPayments() {
        // P1: 2019-01-01 to 2019-12-31 = 365 child days × 0.5 = 182.5 expected care days, none in care.
        // Cumulative due at each quarter end: 90, 181, 273, 365 days × 0.5 × £10.00.
        Run run = succeeded("statement", folder());

        assertThat(run.out()).isEqualTo(TEXT_STATEMENT);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void textIsTheDefaultFormat() {
        assertThat(succeeded("statement", folder(), "--format", "text").out())
                .isEqualTo(succeeded("statement", folder()).out());
    }

    @Test
    void theJsonStatementIsSchemaSibcalcStatement1() throws Exception {
        Run run = succeeded("statement", folder(), "--format", "json");

        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("schema").textValue()).isEqualTo("sibcalc.statement/1");
        assertThat(root.get("measurement").get("childDays").intValue()).isEqualTo(365);
        assertThat(root.get("payments").findValuesAsText("payment"))
                .containsExactly("450.00", "455.00", "460.00", "460.00");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"statement", "validate", "explain"})
    void theFolderAndTheThreeFilesNamedGiveTheSameOutput(String command) {
        String dirForm = folder();

        Run shortForm = succeeded(command, dirForm);
        Run longForm = succeeded(command, "--contract", dir.resolve("contract.json").toString(),
                "--participants", dir.resolve("participants.csv").toString(),
                "--episodes", dir.resolve("episodes.csv").toString());

        assertThat(longForm.out()).isNotEmpty().isEqualTo(shortForm.out());
        assertThat(longForm.err()).isEqualTo(shortForm.err());
    }

    @Test
    void aFileNamedOverridesTheFoldersFile() {
        InputFolder folder = InputFolder.in(dir).write("other.csv", "id,start\nP1,2019-01-01\nP2,2019-01-01\n");

        Run run = succeeded("validate", folder.dir().toString(), "--participants", folder.path("other.csv").toString());

        assertThat(run.outLines()).map(folder::relative).containsExactly(
                "other.csv: 2 rows read, 2 used, 0 rejected",
                "episodes.csv: 0 rows read, 0 used, 0 rejected",
                "No errors; 0 warnings.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"statement", "validate", "explain"})
    void theReportingDateIsTheLastMeasurementDateByDefault(String command) {
        // P2 starts between the last two measurement dates, so every command's output tells them apart.
        String dirForm = InputFolder.in(dir).participants("id,start", "P1,2019-01-01", "P2,2019-11-01").dir().toString();

        assertThat(succeeded(command, dirForm).out())
                .isEqualTo(succeeded(command, dirForm, "--as-of", "2019-12-31").out())
                .isNotEqualTo(succeeded(command, dirForm, "--as-of", "2019-09-30").out());
    }

    @Test
    void theDefaultReportingDateIsTheStatementsAsOf() throws Exception {
        Run run = succeeded("statement", folder(), "--format", "json");

        assertThat(new ObjectMapper().readTree(run.out()).get("asOf").textValue()).isEqualTo("2019-12-31");
    }

    @Test
    void theReportingDateMayBeWrittenInTheUkForm() {
        String dirForm = folder();

        assertThat(succeeded("statement", dirForm, "--as-of", "30/09/2019").out())
                .isEqualTo(succeeded("statement", dirForm, "--as-of", "2019-09-30").out())
                .contains("Statement as of 2019-09-30");
    }

    @Test
    void validateListsWhatBecameOfEveryRowAndEveryWarning() {
        InputFolder folder = InputFolder.in(dir)
                .participants("id,start,notes", "P1,2019-01-01,a", "P2,2020-03-01,b")
                .episodes("id,start,end", "P1,2019-02-01,2019-02-01", "P9,2019-02-01,2019-03-01");

        Run run = succeeded("validate", dir.toString(), "--ignore-unmatched-episodes");

        assertThat(run.outLines()).map(folder::relative).containsExactly(
                "participants.csv: 2 rows read, 2 used, 0 rejected",
                "episodes.csv: 2 rows read, 1 used, 1 rejected",
                "warning: participants.csv:1: notes: extra column ignored",
                "warning: episodes.csv:3: id: 'P9' matches no participant; the episode is ignored",
                "warning: episodes.csv:2: end: episode of 'P1' from 2019-02-01 to 2019-02-01 ends on the day it starts "
                        + "and counts no days",
                "warning: participants.csv:3: start: 'P2' starts on 2020-03-01, after the reporting date 2019-12-31, "
                        + "and is not counted",
                "No errors; 4 warnings.");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void headerNamesInAnyCaseAndWithBlanksAroundThemGiveTheSameStatement() {
        InputFolder folder = InputFolder.in(dir).episodes("id,start,end", "P1,2019-02-01,2019-03-01");
        String statement = succeeded("statement", dir.toString()).out();

        folder.participants(" ID ,Start", "P1,2019-01-01").episodes("Id, START,End ", "P1,2019-02-01,2019-03-01");
        Run run = succeeded("statement", dir.toString());

        assertThat(run.out()).isEqualTo(statement).contains("Care days            28");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void participantsWithoutABirthDateUnderAgeOutAtAreOneWarning() {
        InputFolder folder = InputFolder.in(dir)
                .contract(InputFolder.CONTRACT.replace("{ \"period\": \"P30M\" }",
                        "{ \"period\": \"P30M\", \"ageOutAt\": 18 }"))
                .participants("id,start,birth_date", "P1,2019-01-01,", "P2,2019-01-01,2005-01-01", "P3,2019-01-01,");

        Run validate = succeeded("validate", dir.toString());
        Run statement = succeeded("statement", dir.toString());

        String warning = "warning: participants.csv:2: birth_date: 2 participants have no birth_date, so "
                + "tracking.ageOutAt 18 cannot end their window: lines 2, 4";
        assertThat(validate.outLines()).map(folder::relative).containsExactly(
                "participants.csv: 3 rows read, 3 used, 0 rejected",
                "episodes.csv: 0 rows read, 0 used, 0 rejected",
                warning,
                "No errors; 1 warning.");
        assertThat(statement.errLines()).map(folder::relative).containsExactly(warning);
    }

    @Test
    void aStatementWithWarningsIsWrittenAndTheWarningsGoToStandardError() {
        InputFolder folder = InputFolder.in(dir)
                .participants("id,start,notes", "P1,2019-01-01,a");

        Run run = succeeded("statement", dir.toString());

        assertThat(run.out()).startsWith("Test SIB\n").contains("Warnings: none.");
        assertThat(run.errLines()).map(folder::relative)
                .containsExactly("warning: participants.csv:1: notes: extra column ignored");
    }

    @Test
    void theHtmlStatementIsOnePageWithTheHeadline() {
        Run run = succeeded("statement", folder(), "--format", "html");

        assertThat(run.out()).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">").endsWith("</html>\n")
                .contains("<title>Test SIB: statement as of 2019-12-31</title>",
                        "<dd class=\"value\" id=\"headline-cumulative-due-value\">GBP 1,825.00</dd>");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "html"})
    void outputWritesTheStatementToAFileInsteadOfStandardOutput(String format) throws Exception {
        Path file = dir.resolve("statement." + format);
        java.nio.file.Files.writeString(file, "an older statement, replaced");

        Run run = succeeded("statement", folder(), "--format", format, "--output", file.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        assertThat(java.nio.file.Files.readString(file)).isEqualTo(succeeded("statement", folder(), "--format", format).out());
    }

    @Test
    void anOutputFileThatCannotBeWrittenIsSaidAndNothingIsWritten() {
        Path file = dir.resolve("no such folder").resolve("statement.html");

        Run run = Run.sibcalc("statement", folder(), "--format", "html", "--output", file.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).first().asString().startsWith("sibcalc: cannot write the statement to " + file + ": ");
    }

    @Test
    void theHtmlStatementSummarisesTheWarningsWithTheirLinesAndTheFilesOwn() {
        InputFolder folder = InputFolder.in(dir)
                .participants("id,start,exit_date,note", "P1,2019-01-01,2019-06-01,x")
                .episodes("id,start,end", "P1,2019-02-01,2019-03-15", "P1,2019-03-01,2019-04-01");

        Run run = succeeded("statement", dir.toString(), "--format", "html");

        String html = folder.relative(run.out());
        assertThat(html).contains("<tr><th scope=\"row\">overlapping episodes</th><td class=\"number\">1</td></tr>",
                "<tr><th scope=\"row\">input files</th><td class=\"number\">1</td></tr>",
                "<li><code>episodes.csv:3: start: episode of &#39;P1&#39; from 2019-03-01 to 2019-04-01 overlaps",
                "<li><code>participants.csv:1: note: extra column ignored</code></li>");
        assertThat(run.errLines()).hasSize(2); // and on standard error, as ever
    }

    @Test
    void overlappingAndOutsideWindowEpisodesAreWarnedAboutWithTheirLinesAndTheStatementStillWritten() {
        // P1 from 2019-01-01 exits 2019-06-01: [03-01, 04-01) overlaps [02-01, 03-15); [07-01, 08-01) is after the exit.
        InputFolder folder = InputFolder.in(dir)
                .participants("id,start,exit_date", "P1,2019-01-01,2019-06-01")
                .episodes("id,start,end", "P1,2019-02-01,2019-03-15", "P1,2019-03-01,2019-04-01",
                        "P1,2019-07-01,2019-08-01");

        Run validate = succeeded("validate", dir.toString());
        Run statement = succeeded("statement", dir.toString());

        String overlap = "warning: episodes.csv:3: start: episode of 'P1' from 2019-03-01 to 2019-04-01 overlaps "
                + "episode of 'P1' from 2019-02-01 to 2019-03-15; the days in both are counted once";
        String outside = "warning: episodes.csv:4: start: episode of 'P1' from 2019-07-01 to 2019-08-01 has no day in "
                + "the tracking window 2019-01-01 to 2019-05-31 and counts no days";
        assertThat(validate.outLines()).map(folder::relative).contains(overlap, outside, "No errors; 2 warnings.");
        assertThat(statement.errLines()).map(folder::relative).containsExactly(overlap, outside);
        assertThat(statement.out()).contains("Warnings: 2", "overlapping episodes", "episode outside window");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = Run.sibcalc("statement", folder(), "--bogus");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).first().isEqualTo("Unknown option: '--bogus'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"statement", "validate", "explain"})
    void noInputsIsAUsageError(String command) {
        Run run = Run.sibcalc(command);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).first().isEqualTo("Give a folder DIR, or --contract (and the other input files).");
    }

    @Test
    void someFilesNamedWithoutAFolderIsAUsageError() {
        InputFolder.in(dir);

        Run run = Run.sibcalc("statement", "--contract", dir.resolve("contract.json").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).first().isEqualTo("Give a folder DIR, or --participants (and the other input files).");
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = Run.sibcalc();

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).first().isEqualTo("Give a command: statement, validate, explain, baseline, returns, check or compare.");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run run = Run.sibcalc("statement", folder(), "--format", "xml");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).first().asString().startsWith("Invalid value for option '--format': expected one of [text, json, html]");
    }

    @Test
    void anImpossibleReportingDateIsAUsageError() {
        Run run = Run.sibcalc("statement", folder(), "--as-of", "2019-02-30");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).first().isEqualTo(
                "Invalid value for option '--as-of': '2019-02-30' is not a real date: February 2019 has 28 days");
    }
}
