package org.sibcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sibcalc.io.InputFolder;

/**
 * docs/input-files.md through the command line: when the input files have errors, every command exits with status 1,
 * lists every error on standard error with its file and line, and writes nothing on standard output.
 */
class InputErrorsTest {

    @TempDir
    Path dir;

    /** Runs the command on the folder and checks the outcome common to every input error. */
    private List<String> errorsOf(InputFolder folder, String command) {
        Run run = Run.sibcalc(command, folder.dir().toString());

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        return run.errLines().stream().map(folder::relative).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"statement", "validate", "explain"})
    void everyErrorInEveryFileIsOnStandardErrorAndNothingOnStandardOutput(String command) {
        InputFolder folder = InputFolder.in(dir)
                .contract(InputFolder.CONTRACT.replace("\"period\"", "\"perod\""))
                .participants("id,start,exit_date,notes",
                        "P1,2019-01-01,,",
                        ",2019-01-01,,",
                        "P3,2019-01-01,2018-12-31,",
                        "P1,2019-02-30,,")
                .episodes("id,start,end",
                        "P1,2019-03-04,2019-02-01",
                        "P9,2019-02-01,2019-03-01",
                        "P1,2019-02-01");

        assertThat(errorsOf(folder, command)).containsExactly(
                "contract.json:4: tracking.perod: is not a known field (known here: period, ageOutAt)",
                "contract.json:4: tracking.period: is required",
                "participants.csv:3: id: is blank",
                "participants.csv:4: exit_date: 2018-12-31 is before start 2019-01-01",
                "participants.csv:5: start: '2019-02-30' is not a real date: February 2019 has 28 days",
                "episodes.csv:2: end: 2019-02-01 is before start 2019-03-04",
                "episodes.csv:3: id: 'P9' matches no participant in participants.csv",
                "episodes.csv:4: (row): has 2 fields but the header has 3",
                "warning: participants.csv:1: notes: extra column ignored",
                "sibcalc: 8 errors in the input; nothing was calculated.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"statement", "validate", "explain"})
    void aMissingFileIsAnInputError(String command) {
        InputFolder folder = InputFolder.in(dir).delete("contract.json");

        assertThat(errorsOf(folder, command)).containsExactly(
                "contract.json: (file): cannot be read: no such file",
                "sibcalc: 1 error in the input; nothing was calculated.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"statement", "validate", "explain"})
    void aMissingRequiredColumnIsAnInputError(String command) {
        InputFolder folder = InputFolder.in(dir).participants("id,started", "P1,2019-01-01");

        assertThat(errorsOf(folder, command)).containsExactly(
                "participants.csv:1: start: the required column is missing (the header has id,started)",
                "warning: participants.csv:1: started: extra column ignored",
                "sibcalc: 1 error in the input; nothing was calculated.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"statement", "validate", "explain"})
    void anEpisodesFileWithoutAnEndColumnIsAnInputError(String command) {
        InputFolder folder = InputFolder.in(dir).episodes("id,start,end_date", "P1,2019-02-01,2019-03-01");

        assertThat(errorsOf(folder, command)).containsExactly(
                "episodes.csv:1: end: the required column is missing (the header has id,start,end_date)",
                "warning: episodes.csv:1: end_date: extra column ignored",
                "sibcalc: 1 error in the input; nothing was calculated.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"statement", "validate", "explain"})
    void aParticipantsFileWithoutABirthDateColumnIsAnInputErrorWhenTheContractHasAgeOutAt(String command) {
        InputFolder folder = InputFolder.in(dir)
                .contract(InputFolder.CONTRACT.replace("{ \"period\": \"P30M\" }",
                        "{ \"period\": \"P30M\", \"ageOutAt\": 18 }"))
                .participants("id,start", "P1,2019-01-01");

        assertThat(errorsOf(folder, command)).containsExactly(
                "participants.csv:1: birth_date: the required column is missing: the contract's tracking.ageOutAt 18 "
                        + "ends each young person's window at a birthday (the header has id,start)",
                "sibcalc: 1 error in the input; nothing was calculated.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"statement", "validate", "explain"})
    void twoColumnsThatMatchTheSameNameAreAnInputError(String command) {
        InputFolder folder = InputFolder.in(dir).episodes("id,start,end,END", "P1,2019-02-01,2019-03-01,2019-03-01");

        assertThat(errorsOf(folder, command)).containsExactly(
                "episodes.csv:1: end: the column appears more than once in the header "
                        + "(as end and END: names match ignoring case)",
                "sibcalc: 1 error in the input; nothing was calculated.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"statement", "validate", "explain"})
    void anImpossibleContractIsAnInputError(String command) {
        InputFolder folder = InputFolder.in(dir).contract(InputFolder.CONTRACT.replace("\"currency\": \"GBP\",",
                "\"currency\": \"GBP\", \"caps\": { \"perCohort\": \"100.00\" },"));

        assertThat(errorsOf(folder, command)).containsExactly(
                "contract.json:3: caps.perCohort: applies only with netting COHORT, but netting is PROGRAMME",
                "sibcalc: 1 error in the input; nothing was calculated.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"statement", "validate", "explain"})
    void unmatchedEpisodesAreErrorsUnlessIgnoredOnRequest(String command) {
        InputFolder folder = InputFolder.in(dir).episodes("id,start,end", "P9,2019-02-01,2019-03-01");

        assertThat(errorsOf(folder, command)).containsExactly(
                "episodes.csv:2: id: 'P9' matches no participant in participants.csv",
                "sibcalc: 1 error in the input; nothing was calculated.");

        Run ignored = Run.sibcalc(command, dir.toString(), "--ignore-unmatched-episodes");
        assertThat(ignored.status()).isZero();
        assertThat(ignored.out()).isNotEmpty();
        // validate lists warnings as its output; the other commands on standard error.
        assertThat((ignored.out() + ignored.err()).lines().map(folder::relative))
                .contains("warning: episodes.csv:2: id: 'P9' matches no participant; the episode is ignored");
    }

    /** explain involves no money, so only the commands that work out payments meet the rounding. */
    @ParameterizedTest
    @ValueSource(strings = {"statement", "validate"})
    void aContractWhoseUnnecessaryRoundingIsNeededStopsWithNothingOnStandardOutput(String command) {
        // P1: 90 child days to 2019-03-31, none in care: 0.5 × 90 = 45.0 avoided × £0.001 = £0.0450, not whole pence.
        InputFolder folder = InputFolder.in(dir)
                .contract(InputFolder.CONTRACT.replace("\"pricePerDay\": \"10.00\" } ]",
                        "\"pricePerDay\": \"0.001\" } ], \"rounding\": \"UNNECESSARY\""))
                .participants("id,start", "P1,2019-01-01")
                .episodes("id,start,end");

        assertThat(errorsOf(folder, command)).containsExactly("sibcalc: rounding: the contract's rounding is "
                + "UNNECESSARY, but the cumulative due at 2019-03-31, 0.0450 GBP, needs rounding to 2 decimal places");
    }

    @ParameterizedTest
    @ValueSource(strings = {"statement", "validate", "explain"})
    void duplicateIdsBirthDatesAfterStartAndDatesInAnotherFormAreInputErrors(String command) {
        InputFolder folder = InputFolder.in(dir)
                .participants("id,start,birth_date",
                        "P1,2019-01-01,2005-06-01",
                        "P1,2019-01-01,2005-06-01",
                        "P2,2019-01-01,2019-01-02",
                        "P3,1/1/2019,")
                .episodes("id,start,end");

        assertThat(errorsOf(folder, command)).containsExactly(
                "participants.csv:3: id: 'P1' is a duplicate of the participant on line 2",
                "participants.csv:4: birth_date: 2019-01-02 is after start 2019-01-01",
                "participants.csv:5: start: '1/1/2019' is not a date in the form yyyy-MM-dd or dd/MM/yyyy",
                "sibcalc: 3 errors in the input; nothing was calculated.");
    }
}
