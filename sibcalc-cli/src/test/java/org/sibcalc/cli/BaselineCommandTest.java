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

    /** Tracked for P3M or to the 18th birthday, £10.00 a care day avoided against {@code BASELINE}. */
    private static final String CONTRACT = """
            {
              "name": "Baseline test",
              "currency": "GBP",
              "tracking": { "period": "P3M", "ageOutAt": 18 },
              "measurement": { "dates": ["2019-12-31"] },
              "baseline": BASELINE,
              "outcomes": [ { "type": "CARE_DAYS_AVOIDED", "pricePerDay": "10.00" } ]
            }
            """;

    @Test
    void aGroupAcrossAMonthBoundaryWithAnAgeOutAndItsOwnBaselineAppliedToIt() {
        // A from 2019-01-15 in care 02-10 to 02-20: 5 days in month 1 [01-15, 02-15), 5 in month 2; 31, 28 and
        // 31 days. B from 2019-01-01, 18 on 2019-02-15, in care throughout: 31 days of month 1, 14 of month 2.
        // C from 2019-03-01, never in care: 31, 30 and 31 days. Month 1: 36 / 93 = 0.387097; month 2: 19 / 72 =
        // 0.263889; month 3: 0 / 62; flat 55 / 227 = 0.242291.
        InputFolder folder = InputFolder.in(dir).contract(CONTRACT.replace("BASELINE", "{ \"proportion\": \"0.5\" }"))
                .participants("id,start,birth_date", "A,2019-01-15,2005-01-01", "B,2019-01-01,2001-02-15",
                        "C,2019-03-01,2006-01-01")
                .episodes("id,start,end", "A,2019-02-10,2019-02-20", "B,2018-12-01,");

        Run run = Run.sibcalc("baseline", dir.toString(), "--as-of", "2019-12-31", "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"flat\" : {\n    \"proportion\" : \"0.242291\"",
                "\"monthly\" : [ \"0.387097\", \"0.263889\", \"0.000000\" ]");

        // Measured against its own flat baseline the group avoids 0.242291 × 227 − 55 = 0.000057 care days (the
        // rounding of 55 / 227), worth £0.00057: nothing is due.
        folder.contract(CONTRACT.replace("BASELINE", "{ \"proportion\": \"0.242291\" }"));
        Run statement = Run.sibcalc("statement", dir.toString(), "--format", "json");
        assertThat(statement.out()).contains("\"careDaysAvoided\" : \"0.000057\"", "\"cumulativeDue\" : \"0.00\"");
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
