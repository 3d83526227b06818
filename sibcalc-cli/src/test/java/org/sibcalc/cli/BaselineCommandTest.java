package org.sibcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.io.InputFolder;

/** {@code sibcalc baseline}: a comparison group's care proportion, flat and by month, ready for a contract. */
class BaselineCommandTest {

    @TempDir
    Path dir;

    @Test
    void aComparisonGroupWithoutAContractGivesItsFlatAndMonthlyBaseline() {
        // P2M tracking. A from 2019-01-01: 31 days in month 1, 10 of them in care; 28 days in month 2. B from
        // 2019-03-01: 31 and 30 days, no care. Month 1: 10 / 62 = 0.161290; month 2: 0 / 58; flat 10 / 120.
        InputFolder.in(dir).delete("contract.json")
                .participants("id,start", "A,2019-01-01", "B,2019-03-01")
                .episodes("id,start,end", "A,2019-01-11,2019-01-21");

        Run run = Run.sibcalc("baseline", dir.toString(), "--period", "P2M", "--as-of", "2019-12-31", "--format", "json");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"schema\" : \"sibcalc.baseline/1\"", "\"flat\" : {\n    \"proportion\" : \"0.083333\"",
                "\"monthly\" : [ \"0.161290\", \"0.000000\" ]");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theEssexExamplesOwnCareProportionIsItsFlatBaseline() {
        // The Essex example's participants, tracked by its contract up to 2019-03-31: the care proportion
        // the statement shows at that date, 10.8001%.
        Run run = Run.sibcalc("baseline", "examples/essex", "--as-of", "2019-03-31");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("388 young people, 217,544 child days, 23,495 care days", "Flat baseline: 0.108001");
    }

    @Test
    void aBadPeriodIsAUsageError() {
        Run run = Run.sibcalc("baseline", "examples/essex", "--period", "P-1M");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("'P-1M' is not a positive ISO-8601 period");
    }

    @Test
    void aPeriodWhoseDaysDoNotFitInANumberIsAUsageError() {
        Run run = Run.sibcalc("baseline", "examples/essex", "--period", "P400000000W");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("'P400000000W' is not a positive ISO-8601 period");
    }
}
