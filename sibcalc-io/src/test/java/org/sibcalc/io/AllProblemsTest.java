package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.Statement;

/**
 * docs/input-files.md: errors stop the calculation but every one of them is reported in one read, file by file in
 * line order; warnings are reported and the calculation goes on.
 */
class AllProblemsTest {

    @TempDir
    Path dir;

    @Test
    void everyErrorInEveryFileIsReportedAtOnceInFileOrder() {
        InputFolder folder = InputFolder.in(dir)
                .contract(InputFolder.CONTRACT.replace("\"GBP\"", "\"GPB\"").replace("\"0.5\"", "0.5"))
                .participants("id,start,birth_date",
                        "P1,2019-01-01,2005-01-01",
                        ",2019-01-01,",
                        "P3,2019-02-30,",
                        "P4,2019-01-01,2019-06-01",
                        "P1,2019-01-01,")
                .episodes("id,start,end",
                        "P1,2019-03-04,2019-02-01",
                        "P9,2019-02-01,2019-03-01",
                        "P1,2019-02-01,2019-03-01",
                        "P1,1/2/2019,");

        InputFiles inputs = folder.read();

        assertThat(folder.texts(inputs.report().errors())).containsExactly(
                "contract.json:3: currency: 'GPB' is not an ISO-4217 currency code",
                "contract.json:6: baseline.proportion: 0.5 must be written as a JSON string, \"0.5\", so that it stays exact",
                "participants.csv:3: id: is blank",
                "participants.csv:4: start: '2019-02-30' is not a real date: February 2019 has 28 days",
                "participants.csv:5: birth_date: 2019-06-01 is after start 2019-01-01",
                "participants.csv:6: id: 'P1' is a duplicate of the participant on line 2",
                "episodes.csv:2: end: 2019-02-01 is before start 2019-03-04",
                "episodes.csv:3: id: 'P9' matches no participant in participants.csv",
                "episodes.csv:5: start: '1/2/2019' is not a date in the form yyyy-MM-dd or dd/MM/yyyy");
        assertThat(inputs.report().hasErrors()).isTrue();
    }

    @Test
    void noCalculationIsMadeFromFilesWithErrors() {
        InputFolder folder = InputFolder.in(dir).participants("id,start", ",2019-01-01", "P2,2019-02-30");

        InputFiles inputs = folder.read();

        assertThatIllegalStateException().isThrownBy(inputs::calculation)
                .withMessage("The input files have 2 errors, the first: " + folder.path("participants.csv") + ":2: id: is blank");
    }

    @Test
    void warningsDoNotStopTheCalculation() {
        InputFolder folder = InputFolder.in(dir)
                .participants("id,start,notes", "P1,2019-01-01,first", "P2,2020-06-01,late")
                .episodes("id,start,end", "P1,2019-02-01,2019-03-01", "P9,2019-02-01,2019-03-01",
                        "P1,2019-02-01,2019-03-01");

        InputFiles inputs = folder.read(true);
        Statement statement = inputs.calculation().statement(LocalDate.of(2019, 12, 31));
        inputs.report(statement.warnings());

        assertThat(inputs.report().errors()).isEmpty();
        assertThat(folder.texts(inputs.report().warnings())).containsExactly(
                "participants.csv:1: notes: extra column ignored",
                "episodes.csv:3: id: 'P9' matches no participant; the episode is ignored",
                "episodes.csv:4: start: episode of 'P1' from 2019-02-01 to 2019-03-01 overlaps episode of 'P1' "
                        + "from 2019-02-01 to 2019-03-01; the days in both are counted once",
                "participants.csv:3: start: 'P2' starts on 2020-06-01, after the reporting date 2019-12-31, "
                        + "and is not counted");
        // P1 alone: window 2019-01-01 to 2019-12-31 = 365 child days; care 2019-02-01 to 2019-02-28 = 28 days,
        // the duplicated episode counted once.
        assertThat(statement.programme().participants()).isEqualTo(1);
        assertThat(statement.programme().childDays()).isEqualTo(365);
        assertThat(statement.programme().careDays()).isEqualTo(28);
        assertThat(statement.payments()).hasSize(4);
    }
}
