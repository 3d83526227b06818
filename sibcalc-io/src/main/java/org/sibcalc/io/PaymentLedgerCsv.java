package org.sibcalc.io;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;
import org.sibcalc.basics.IntColumn;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.data.CareData;
import org.sibcalc.ledger.LedgerEntry;
import org.sibcalc.ledger.LedgerProblem;
import org.sibcalc.ledger.PaymentLedger;
import org.sibcalc.io.csv.RowFields;
import org.sibcalc.io.csv.CsvRows;

/**
 * Reads a payment ledger, {@code payments.csv} (docs/ledger.md): the columns {@code date} and {@code amount}, both
 * required, and {@code reference}, optional; one row per measurement date from the contract's first to the
 * ledger's last. Every broken rule is an error at its line, naming the field and the value, all at once
 * (the rules are {@link PaymentLedger}'s). Every row is accounted for: a row with an error is rejected.
 */
public final class PaymentLedgerCsv {

    static final List<String> COLUMNS = List.of("date", "amount", "reference");
    private static final List<String> REQUIRED = List.of("date", "amount");
    private static final int DATE = 0;
    private static final int AMOUNT = 1;
    private static final int REFERENCE = 2;

    /** An amount as a ledger writes it: digits, a decimal point and digits, a leading minus for a payment back. */
    private static final Pattern AMOUNT_TEXT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private PaymentLedgerCsv() {
    }

    /**
     * Reads the ledger of a contract, reporting every problem in {@code report}.
     *
     * @param terms the contract the payments were made under; null when it could not be read, in which case
     *              only each row's own fields are checked
     * @param name  the name of the file in messages
     * @param file the ledger file
     * @param report receives every problem, each at its line
     * @return the ledger, or {@link PaymentLedger#NONE} when there were errors
     */
    public static @Nullable PaymentLedger read(Path file, String name, @Nullable ContractTerms terms, ValidationReport report) {
        return read(InputSource.of(file), name, terms, report);
    }

    /**
     * As {@link #read(Path, String, ContractTerms, ValidationReport)}, from any input.
     *
     * @param source the ledger's bytes, UTF-8
     * @param name  the name of the ledger in messages
     * @param terms the contract the payments were made under; null when it could not be read
     * @param report receives every problem, each at its line
     * @return the ledger, or {@link PaymentLedger#NONE} when there were errors
     */
    public static @Nullable PaymentLedger read(InputSource source, String name, @Nullable ContractTerms terms,
            ValidationReport report) {
        // The rules of the whole ledger are checked once every row is read; the problems of each line are
        // then put in the order of its columns, date before amount.
        ValidationReport found = new ValidationReport();
        PaymentLedger ledger = read(source, name, terms, found, found.rowsOf(name));
        report.append(found, Comparator.comparingInt(Problem::line)
                .thenComparingInt(p -> COLUMNS.indexOf(p.field())));
        return ledger;
    }

    private static PaymentLedger read(InputSource source, String name, ContractTerms terms, ValidationReport report,
            ValidationReport.RowTally tally) {
        List<LedgerEntry> entries = new ArrayList<>();
        IntColumn lines = new IntColumn();
        List<Boolean> badAmounts = new ArrayList<>();
        int errorsBefore = report.errors().size();
        RowFields rowFields = new RowFields(report, name, COLUMNS);
        CsvRows.read(source, name, COLUMNS, REQUIRED, report, (line, row) -> {
            RowFields fields = rowFields.at(line);
            int day = fields.requiredDay(row, DATE);
            BigDecimal amount = amount(fields, row.get(AMOUNT), terms == null ? null : terms.currency());
            if (terms == null || day == CareData.NO_DAY) {
                if (fields.ok()) {
                    row.used();
                } else {
                    row.rejected();
                }
                return;
            }
            // A row whose amount is wrong still holds its date, so that a gap or a date twice is not
            // reported wrongly because of it; its amount error is reported, and the row rejected, already.
            String reference = row.get(REFERENCE);
            entries.add(new LedgerEntry(RowFields.date(day), Money.of(amount == null ? BigDecimal.ZERO : amount,
                    terms.currency()), reference == null ? "" : reference));
            lines.add(line);
            badAmounts.add(amount == null);
        });
        if (terms == null) {
            return PaymentLedger.NONE;
        }
        List<LedgerProblem> problems = PaymentLedger.problems(terms, entries, i -> "line " + lines.get(i));
        boolean[] rejected = new boolean[entries.size()];
        for (int i = 0; i < rejected.length; i++) {
            rejected[i] = badAmounts.get(i);
        }
        for (LedgerProblem problem : problems) {
            report.error(name, lines.get(problem.entry()), problem.field(), problem.message());
            rejected[problem.entry()] = true;
        }
        for (boolean r : rejected) {
            if (r) {
                tally.rejected();
            } else {
                tally.used();
            }
        }
        return report.errors().size() > errorsBefore ? PaymentLedger.NONE : new PaymentLedger(entries);
    }

    /** Returns the amount as written, or null (with an error) when it is blank or not an amount in the currency. */
    private static BigDecimal amount(RowFields fields, String text, CurrencyUnit currency) {
        if (text == null) {
            fields.error("amount", "is required");
            return null;
        }
        if (!AMOUNT_TEXT.matcher(text).matches()) {
            fields.error("amount", "'" + text + "' is not an amount: write digits with a decimal point, such as "
                    + "1234.50, and a minus sign only for a payment back");
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        int digits = currency == null ? -1 : currency.getDefaultFractionDigits();
        if (digits >= 0 && amount.scale() > digits) {
            // As written: 100.000 has one place too many in GBP even though it is a whole number of pounds.
            fields.error("amount", text + " has more than " + digits + " decimal places, the minor unit of "
                    + currency.getCurrencyCode());
            return null;
        }
        return amount;
    }
}
