package org.sibcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.io.InputFolder;

/**
 * The payment ledger on the command line (docs/ledger.md, §12): DIR's payments.csv when there is one, or
 * {@code --ledger FILE}; its errors stop every command with exit status 1, every error on standard error
 * and nothing on standard output.
 *
 * <p>P1 from 2019-01-01, never in care, £10.00 a care day avoided against 0.5: cumulative due 450.00 at
 * 2019-03-31 and 905.00 at 2019-06-30.
 */
class LedgerCommandTest {

    @TempDir
    Path dir;

    @Test
    void theFoldersPaymentsCsvIsTheLedger() {
        InputFolder.in(dir).write("payments.csv", "date,amount\n2019-03-31,400.00\n");

        Run run = Run.sibcalc("statement", dir.toString(), "--as-of", "2019-06-30");

        assertThat(run.status()).as(run.err()).isZero();
        // 905.00 − 400.00 paid = 505.00, of which 450.00 − 400.00 = 50.00 is the true-up.
        assertThat(run.out()).contains("2019-03-31               45.0      GBP 450.00     GBP 0.00  GBP 400.00  paid",
                "True-up at 2019-06-30: GBP 50.00.");
    }

    @Test
    void theLedgerOptionNamesAnotherFile() {
        InputFolder folder = InputFolder.in(dir).write("payments.csv", "date,amount\n2019-03-31,400.00\n")
                .write("paid.csv", "date,amount\n2019-03-31,450.00\n");

        Run run = Run.sibcalc("statement", dir.toString(), "--as-of", "2019-06-30", "--format", "json",
                "--ledger", folder.path("paid.csv").toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"payment\" : \"450.00\",\n    \"paid\" : true,\n    \"recomputedPayment\" : \"450.00\"",
                "\"trueUp\" : \"0.00\"");
    }

    @Test
    void ledgerErrorsStopTheStatementWithEveryErrorAndNothingOnStandardOutput() {
        InputFolder folder = InputFolder.in(dir).write("payments.csv", "date,amount\n2019-06-30,1.000\n2019-06-30,-1\n");

        Run run = Run.sibcalc("statement", dir.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines().stream().map(folder::relative)).containsExactly(
                "payments.csv:2: date: the ledger has no line for 2019-03-31, before 2019-06-30: it lists every measurement "
                        + "date from the contract's first, 2019-03-31, to its own last (0.00 for a date with nothing paid)",
                "payments.csv:2: amount: 1.000 has more than 2 decimal places, the minor unit of GBP",
                "payments.csv:3: date: 2019-06-30 is in the ledger twice: it is also on line 2",
                "payments.csv:3: amount: -1.00 is negative, but the contract has no clawback: nothing is paid back",
                "sibcalc: 4 errors in the input; nothing was calculated.");
    }

    @Test
    void validateCountsTheLedgersRows() {
        InputFolder folder = InputFolder.in(dir).write("payments.csv", "date,amount,reference\n2019-03-31,450.00,INV-7\n");

        Run run = Run.sibcalc("validate", dir.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.outLines().stream().map(folder::relative)).contains("payments.csv: 1 rows read, 1 used, 0 rejected");
    }
}
