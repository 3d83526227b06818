package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.Statement;
import org.sibcalc.measure.DataWarning;

/**
 * docs/input-files.md: each warning is placed at the line of the row it is about: overlapping episodes, zero-length
 * episodes, episodes wholly outside the participant's window and participants starting after the reporting
 * date come from the calculation; extra columns from the reader, named once on the header line.
 */
class DataWarningsTest {

    @TempDir
    Path dir;

    private static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);

    private InputFolder folder() {
        return InputFolder.in(dir)
                .participants("id,start,exit_date",
                        "P1,2019-01-01,",
                        "P2,2019-01-01,2019-03-01",
                        "P3,2020-01-01,")
                .episodes("id,start,end",
                        "P1,2019-02-01,2019-03-01",  // 2
                        "P1,2019-02-15,2019-04-01",  // 3 overlaps line 2
                        "P1,2019-05-01,2019-05-01",  // 4 zero length
                        "P2,2019-06-01,2019-07-01",  // 5 after P2's exit
                        "P2,2018-06-01,2018-07-01",  // 6 before P2's start
                        "P2,2019-01-15,2019-03-15"); // 7 partly inside: no warning
    }

    @Test
    void eachCalculationWarningIsPlacedAtTheLineOfItsRow() {
        InputFolder folder = folder();
        InputFiles inputs = folder.read();

        Statement statement = inputs.calculation().statement(AS_OF);
        inputs.report(statement.warnings());

        assertThat(folder.texts(inputs.report().warnings())).containsExactly(
                "episodes.csv:3: start: episode of 'P1' from 2019-02-15 to 2019-04-01 overlaps episode of 'P1' "
                        + "from 2019-02-01 to 2019-03-01; the days in both are counted once",
                "episodes.csv:4: end: episode of 'P1' from 2019-05-01 to 2019-05-01 ends on the day it starts "
                        + "and counts no days",
                "episodes.csv:6: start: episode of 'P2' from 2018-06-01 to 2018-07-01 has no day in the tracking "
                        + "window 2019-01-01 to 2019-02-28 and counts no days",
                "episodes.csv:5: start: episode of 'P2' from 2019-06-01 to 2019-07-01 has no day in the tracking "
                        + "window 2019-01-01 to 2019-02-28 and counts no days",
                "participants.csv:4: start: 'P3' starts on 2020-01-01, after the reporting date 2019-12-31, "
                        + "and is not counted");
        assertThat(statement.warnings()).extracting(DataWarning::kind).containsExactly(
                DataWarning.Kind.OVERLAPPING_EPISODES, DataWarning.Kind.ZERO_LENGTH_EPISODE,
                DataWarning.Kind.EPISODE_OUTSIDE_WINDOW, DataWarning.Kind.EPISODE_OUTSIDE_WINDOW,
                DataWarning.Kind.STARTS_AFTER_REPORTING_DATE);
    }

    @Test
    void locateGivesTheSameFileAndLineAsTheReport() {
        InputFolder folder = folder();
        InputFiles inputs = folder.read();
        Statement statement = inputs.calculation().statement(AS_OF);

        assertThat(statement.warnings()).map(inputs::locate)
                .extracting(Problem::severity, p -> folder.relative(p.file()), Problem::line, Problem::field)
                .containsExactly(
                        tuple(Problem.Severity.WARNING, "episodes.csv", 3, "start"),
                        tuple(Problem.Severity.WARNING, "episodes.csv", 4, "end"),
                        tuple(Problem.Severity.WARNING, "episodes.csv", 6, "start"),
                        tuple(Problem.Severity.WARNING, "episodes.csv", 5, "start"),
                        tuple(Problem.Severity.WARNING, "participants.csv", 4, "start"));
    }

    @Test
    void theWarnedDataIsStillCountedByTheRules() {
        InputFiles inputs = folder().read();

        Statement statement = inputs.calculation().statement(AS_OF);

        // P1: window 2019-01-01..2019-12-31 = 365 days; care 2019-02-01..2019-03-31 merged = 28 + 31 = 59 days.
        // P2: window 2019-01-01..2019-02-28 = 59 days; care 2019-01-15..2019-02-28 = 45 days.
        // P3 starts after the reporting date and is not counted.
        assertThat(statement.programme().participants()).isEqualTo(2);
        assertThat(statement.programme().childDays()).isEqualTo(365 + 59);
        assertThat(statement.programme().careDays()).isEqualTo(59 + 45);
    }

    @Test
    void aParticipantStartingAfterAnEarlierReportingDateIsWarnedAtThatDate() {
        InputFolder folder = folder();
        InputFiles inputs = folder.read();

        inputs.report(inputs.calculation().statement(LocalDate.of(2019, 3, 31)).warnings());

        assertThat(folder.texts(inputs.report().warnings())).contains(
                "participants.csv:4: start: 'P3' starts on 2020-01-01, after the reporting date 2019-03-31, "
                        + "and is not counted");
    }

    @Test
    void extraColumnsAreNamedOnceOnTheHeaderLine() {
        InputFolder folder = InputFolder.in(dir)
                .participants("id,start,ethnicity,notes", "P1,2019-01-01,x,y", "P2,2019-01-01,x,y", "P3,2019-01-01,x,y")
                .episodes("id,start,end,worker", "P1,2019-02-01,2019-03-01,W1", "P2,2019-02-01,2019-03-01,W2");

        InputFiles inputs = folder.read();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(folder.texts(inputs.report().warnings())).containsExactly(
                "participants.csv:1: ethnicity: extra column ignored",
                "participants.csv:1: notes: extra column ignored",
                "episodes.csv:1: worker: extra column ignored");
        assertThat(inputs.report().warnings()).allMatch(p -> p.severity() == Problem.Severity.WARNING);
    }

    @Test
    void emptyColumnsAtTheEndOfASpreadsheetAreExtraColumnsNamedByPosition() {
        InputFolder folder = InputFolder.in(dir).participants("id,start,,", "P1,2019-01-01,,", "P2,2019-01-01,,");

        InputFiles inputs = folder.read();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(folder.texts(inputs.report().warnings())).containsExactly(
                "participants.csv:1: (column 3): extra column ignored",
                "participants.csv:1: (column 4): extra column ignored");
        assertThat(inputs.calculation().data().participantCount()).isEqualTo(2);
    }

    @Test
    void columnsMayComeInAnyOrder() {
        InputFolder folder = InputFolder.in(dir)
                .participants("exit_date,cohort,start,id", ",A,2019-01-01,P1")
                .episodes("type,end,id,start", "CARE,2019-03-01,P1,2019-02-01");

        InputFiles inputs = folder.read();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(inputs.report().warnings()).isEmpty();
        assertThat(inputs.calculation().data().participant(0).cohort()).contains("A");
        assertThat(inputs.calculation().data().episode(0).end()).contains(LocalDate.of(2019, 3, 1));
    }

    @Test
    void aTypeOrPlacementInTheContractThatNoEpisodeHasIsAWarning() {
        // careTypes lists C2 and C3, but the episodes have C2 only; the state foster lists U1 and U9, but
        // the episodes are in U1 and R1: C3 and U9 are likely typos, and count nothing.
        InputFolder folder = InputFolder.in(dir).contract(InputFolder.CONTRACT
                        .replace("\"currency\"", "\"careTypes\": [\"C2\", \"C3\"], \"states\": {\"foster\": {\"placements\": [\"U1\", \"U9\"]}}, \"currency\""))
                .participants("id,start", "P1,2019-01-01")
                .episodes("id,start,end,type,placement", "P1,2019-02-01,2019-03-01,C2,U1", "P1,2019-03-01,2019-03-10,C2,R1");

        InputFiles inputs = folder.read();

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(folder.texts(inputs.report().warnings())).containsExactly(
                "contract.json: careTypes: 'C3' is the type of no episode (a typo?)",
                "contract.json: states.foster.placements: 'U9' is the placement of no episode (a typo?)");
    }
}
