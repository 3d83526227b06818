package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.Statement;
import org.sibcalc.ledger.LedgerEntry;

/**
 * docs/ledger.md: the payment ledger file, {@code payments.csv}: columns date, amount and an optional reference;
 * every rule broken is an error at its line naming the field and the value, all at once; every row is
 * accounted for; and the statement shows the ledger's payments with paid and recomputedPayment, and the
 * true-up.
 *
 * <p>The folder's contract: quarterly 2019-03-31 to 2019-12-31, baseline 0.5, £10.00 a care day avoided;
 * P1 from 2019-01-01, never in care: cumulative due 90 × 0.5 × 10 = 450.00, 181 → 905.00, 273 → 1,365.00,
 * 365 → 1,825.00.
 */
class PaymentLedgerCsvTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private InputFiles read(String... ledgerLines) {
        InputFolder folder = InputFolder.in(dir);
        folder.write("payments.csv", String.join("\n", ledgerLines) + "\n");
        return InputFiles.read(folder.path("contract.json"), folder.path("participants.csv"), folder.path("episodes.csv"),
                folder.path("payments.csv"), false);
    }

    private java.util.List<String> errors(String... ledgerLines) {
        return InputFolder.in(dir).texts(read(ledgerLines).report().errors());
    }

    @Test
    void aLedgerIsReadWithItsReferences() {
        InputFiles files = read("date,amount,reference", "2019-03-31,450.00,INV-1", "30/06/2019,400,");

        assertThat(files.report().errors()).isEmpty();
        assertThat(files.ledger().entries()).extracting(LedgerEntry::date, e -> e.amount().getNumber().doubleValueExact(),
                LedgerEntry::reference).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2019, 3, 31), 450.0, "INV-1"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2019, 6, 30), 400.0, ""));
        assertThat(files.report().rowCounts().get(dir.resolve("payments.csv").toString()))
                .isEqualTo(new ValidationReport.RowCount(2, 2, 0));
    }

    @Test
    void everyRuleOfTheLedgerIsAnErrorAtItsLineAllAtOnce() {
        assertThat(errors("Date,Amount",
                "2019-03-31,450.000",     // 2: too many decimals as written, though a whole number of pounds
                "2019-09-30,-1.00",       // 3: after the gap of 2019-06-30; negative without clawback
                "2019-09-30,1.00",        // 4: a date twice: the later line is the error
                "2019-10-31,0.00",        // 5: not a measurement date
                "2019-12-31,£5",          // 6: not an amount
                "31/12/2019x,",           // 7: not a date; no amount
                "2019-12-31,5.00,ref,x"))  // 8: a field too many
                .containsExactly(
                        "payments.csv:2: amount: 450.000 has more than 2 decimal places, the minor unit of GBP",
                        "payments.csv:3: date: the ledger has no line for 2019-06-30, before 2019-09-30: it lists every "
                                + "measurement date from the contract's first, 2019-03-31, to its own last (0.00 for a date "
                                + "with nothing paid)",
                        "payments.csv:3: amount: -1.00 is negative, but the contract has no clawback: nothing is paid back",
                        "payments.csv:4: date: 2019-09-30 is in the ledger twice: it is also on line 3",
                        "payments.csv:5: date: 2019-10-31 is not a measurement date of the contract (the nearest are 2019-09-30 "
                                + "and 2019-12-31)",
                        "payments.csv:6: amount: '£5' is not an amount: write digits with a decimal point, such as 1234.50, "
                                + "and a minus sign only for a payment back",
                        "payments.csv:7: date: '31/12/2019x' is not a date in the form yyyy-MM-dd or dd/MM/yyyy",
                        "payments.csv:7: amount: is required",
                        "payments.csv:8: (row): has 4 fields but the header has 2");
    }

    @Test
    void everyLedgerRowIsUsedOrRejected() {
        InputFiles files = read("date,amount", "2019-03-31,450.00", "2019-06-30,x", "2019-09-30,1.00", "2019-09-30,1.00");

        // Read 4 = used 2 (lines 2 and 4) + rejected 2 (line 3's amount, line 5's date twice).
        assertThat(files.report().rowCounts().get(dir.resolve("payments.csv").toString()))
                .isEqualTo(new ValidationReport.RowCount(4, 2, 2));
    }

    @Test
    void aLedgerWithoutItsRequiredColumnsOrFileIsAnError() {
        assertThat(errors("date,paid", "2019-03-31,450.00"))
                .containsExactly("payments.csv:1: amount: the required column is missing (the header has date,paid)");
        InputFolder folder = InputFolder.in(dir);
        assertThat(folder.texts(InputFiles.read(folder.path("contract.json"), folder.path("participants.csv"),
                folder.path("episodes.csv"), folder.path("paid.csv"), false).report().errors()))
                .containsExactly("paid.csv: (file): cannot be read: no such file");
    }

    @Test
    void aNegativeAmountIsAPaymentBackUnderClawback() {
        InputFolder.in(dir).contract(InputFolder.CONTRACT.replace("\"currency\": \"GBP\",",
                "\"currency\": \"GBP\", \"clawback\": true,"));
        InputFiles files = InputFiles.read(dir.resolve("contract.json"), dir.resolve("participants.csv"),
                dir.resolve("episodes.csv"), write("date,amount", "2019-03-31,450.00", "2019-06-30,-10.00"), false);

        assertThat(files.report().errors()).isEmpty();
    }

    private Path write(String... lines) {
        Path file = dir.resolve("ledger.csv");
        try {
            java.nio.file.Files.writeString(file, String.join("\n", lines) + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    @Test
    void theStatementJsonShowsPaidRecomputedPaymentAndTheTrueUp() throws Exception {
        // Paid 400.00 for 2019-03-31, when 450.00 was due; 2019-06-30 is 905.00 − 400.00 = 505.00, of which the
        // true-up is 450.00 − 400.00 = 50.00 (without the ledger: 905.00 − 450.00 = 455.00).
        Statement statement = read("date,amount", "2019-03-31,400.00").calculation().statement(LocalDate.of(2019, 6, 30));
        JsonNode payments = MAPPER.readTree(StatementJson.write(statement)).get("payments");

        assertThat(payments.get(0).get("payment").textValue()).isEqualTo("400.00");
        assertThat(payments.get(0).get("paid").booleanValue()).isTrue();
        assertThat(payments.get(0).get("recomputedPayment").textValue()).isEqualTo("450.00");
        assertThat(payments.get(0).has("trueUp")).isFalse();
        assertThat(payments.get(1).get("paidBefore").textValue()).isEqualTo("400.00");
        assertThat(payments.get(1).get("payment").textValue()).isEqualTo("505.00");
        assertThat(payments.get(1).has("paid")).isFalse();
        assertThat(payments.get(1).has("recomputedPayment")).isFalse();
        assertThat(payments.get(1).get("trueUp").textValue()).isEqualTo("50.00");
        assertThat(StatementJson.write(StatementJson.read(StatementJson.write(statement))))
                .isEqualTo(StatementJson.write(statement));
    }

    @Test
    void theTextStatementMarksThePaidPaymentsAndExplainsTheTrueUp() {
        Statement statement = read("date,amount", "2019-03-31,400.00").calculation().statement(LocalDate.of(2019, 6, 30));

        assertThat(StatementText.write(statement)).contains("""
                Payments
                  Date        Care days avoided  Cumulative due  Paid before     Payment        Recomputed payment
                  2019-03-31               45.0      GBP 450.00     GBP 0.00  GBP 400.00  paid          GBP 450.00
                  2019-06-30               90.5      GBP 905.00   GBP 400.00  GBP 505.00
                  Total paid                                                  GBP 905.00

                Payments up to 2019-03-31 are those of the payment ledger (paid); beside each, the payment recomputed on today's data.
                True-up at 2019-06-30: GBP 50.00. On today's data the payments up to 2019-03-31 come to GBP 450.00; the ledger paid GBP 400.00.
                The payment at 2019-06-30 makes up the difference.
                """);
    }
}
