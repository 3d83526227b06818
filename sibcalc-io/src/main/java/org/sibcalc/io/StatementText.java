package org.sibcalc.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.money.MonetaryAmount;
import org.sibcalc.Statement;
import org.sibcalc.measure.CohortMeasurement;
import org.sibcalc.measure.DataWarning;
import org.sibcalc.measure.Measurement;
import org.sibcalc.contract.Outcome;
import org.sibcalc.payment.OutcomeAmount;
import org.sibcalc.payment.Payment;

/**
 * The statement for people: the programme, an aligned table of cohorts, the payment schedule and a summary
 * of warnings. Proportions are shown as exact percentages (a six-place proportion is a four-place
 * percentage), money with its currency; nothing is rounded that the JSON does not round. The figures are
 * written by {@link FigureText}, as in the HTML statement.
 */
public final class StatementText {

    private StatementText() {
    }

    /**
     * {@return the statement as text, ending with a new line}
     *
     * @param statement the statement, not null
     */
    public static String write(Statement statement) {
        StringBuilder out = new StringBuilder();
        String currency = statement.currency().getCurrencyCode();
        out.append(statement.contractName()).append('\n');
        out.append("Statement as of ").append(statement.asOf()).append(", amounts in ").append(currency).append("\n\n");

        Measurement programme = statement.programme();
        out.append("Programme").append('\n');
        out.append("  Participants         ").append(integer(programme.participants())).append('\n');
        out.append("  Child days           ").append(integer(programme.childDays())).append('\n');
        out.append("  Care days            ").append(integer(programme.careDays())).append('\n');
        out.append("  Care proportion      ").append(percentage(programme)).append('\n');
        out.append("  Expected care days   ").append(decimal(programme.expectedCareDays())).append('\n');
        out.append("  Care days avoided    ").append(decimal(programme.careDaysAvoided())).append("\n\n");

        List<String[]> cohorts = new ArrayList<>();
        cohorts.add(new String[] {"Cohort", "Participants", "Child days", "Care days", "Care proportion",
            "Expected care days", "Care days avoided"});
        for (CohortMeasurement cohort : statement.cohorts()) {
            cohorts.add(row(cohort.cohort(), cohort.measurement()));
        }
        cohorts.add(row("All cohorts", programme));
        table(out, cohorts, true);
        out.append('\n');

        out.append("Payments").append('\n');
        boolean ledger = statement.payments().stream().anyMatch(Payment::paid);
        List<String[]> payments = new ArrayList<>();
        payments.add(ledger ? new String[] {"Date", "Care days avoided", "Cumulative due", "Paid before", "Payment",
            "", "Recomputed payment"}
            : new String[] {"Date", "Care days avoided", "Cumulative due", "Paid before", "Payment"});
        for (Payment payment : statement.payments()) {
            String[] row = {payment.date().toString(), decimal(payment.programme().careDaysAvoided()),
                money(payment.cumulativeDue()), money(payment.paidBefore()), money(payment.payment())};
            payments.add(!ledger ? row : new String[] {row[0], row[1], row[2], row[3], row[4],
                payment.paid() ? "paid" : "", payment.paid() ? money(payment.recomputedPayment()) : ""});
        }
        if (statement.payments().isEmpty()) {
            out.append("  No measurement date on or before ").append(statement.asOf()).append(".\n");
        } else {
            Payment last = statement.payments().get(statement.payments().size() - 1);
            MonetaryAmount total = last.paidBefore().add(last.payment());
            payments.add(ledger ? new String[] {"Total paid", "", "", "", money(total), "", ""}
                : new String[] {"Total paid", "", "", "", money(total)});
            table(out, payments, true);
            if (ledger) {
                ledger(out, statement.payments());
            }
            outcomes(out, last);
        }

        Map<DataWarning.Kind, Integer> warnings = new TreeMap<>();
        statement.warnings().forEach(w -> warnings.merge(w.kind(), 1, Integer::sum));
        out.append('\n');
        if (warnings.isEmpty()) {
            out.append("Warnings: none.\n");
        } else {
            out.append("Warnings: ").append(integer(statement.warnings().size()))
                    .append(" (the validate command lists each with its file and line)\n");
            warnings.forEach((kind, count) -> out.append("  ").append(String.format(Locale.ROOT, "%8s", integer(count)))
                    .append("  ").append(kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append('\n'));
        }
        return out.toString();
    }

    /**
     * Appends what the payment ledger means for the payments: which are the ledger's, and the true-up at the
     * first payment after them (docs/ledger.md).
     */
    private static void ledger(StringBuilder out, List<Payment> payments) {
        Payment lastPaid = null;
        Payment trueUp = null;
        for (Payment payment : payments) {
            lastPaid = payment.paid() ? payment : lastPaid;
            trueUp = payment.trueUp() != null ? payment : trueUp;
        }
        out.append('\n').append("Payments up to ").append(lastPaid.date()).append(" are those of the payment ledger "
                + "(paid); beside each, the payment recomputed on today's data.\n");
        if (trueUp == null) {
            return;
        }
        MonetaryAmount amount = trueUp.trueUp();
        MonetaryAmount wouldHave = trueUp.paidBefore().add(amount);
        out.append("True-up at ").append(trueUp.date()).append(": ").append(money(amount)).append(". On today's data the "
                + "payments up to ").append(lastPaid.date()).append(" come to ").append(money(wouldHave))
                .append("; the ledger paid ").append(money(trueUp.paidBefore())).append(".\n");
        if (amount.isPositive()) {
            out.append("The payment at ").append(trueUp.date()).append(" makes up the difference.\n");
        } else if (amount.isNegative()) {
            out.append("The payment at ").append(trueUp.date()).append(" sets the overpayment against what is due: "
                    + "under clawback it is paid back; without clawback no payment is below zero, and what is left "
                    + "is carried against later payments.\n");
        } else {
            out.append("Today's data do not change what was due for the payments made.\n");
        }
    }

    /**
     * Appends what each outcome adds up to at the last payment date, when the contract has more than care
     * days avoided: units and exact amounts, before the rounding, the caps per participant and in total.
     */
    private static void outcomes(StringBuilder out, Payment last) {
        if (last.outcomes().size() == 1 && last.outcomes().get(0).type().equals(Outcome.CareDaysAvoided.TYPE)) {
            return;
        }
        out.append('\n').append("Outcomes at ").append(last.date())
                .append(" (exact, before rounding and before the caps per participant and in total)").append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Outcome", "Type", "Units", "Amount"});
        for (OutcomeAmount outcome : last.outcomes()) {
            rows.add(new String[] {outcome.name(), outcome.type(), decimal(outcome.units()), money(outcome.amount())});
        }
        table(out, rows, true);
    }

    private static String[] row(String label, Measurement m) {
        return new String[] {label, integer(m.participants()), integer(m.childDays()), integer(m.careDays()),
            percentage(m), decimal(m.expectedCareDays()), decimal(m.careDaysAvoided())};
    }

    /** Appends the rows as a table: first column left-aligned, the others right-aligned. */
    private static void table(StringBuilder out, List<String[]> rows, boolean indent) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent ? "  " : "");
            for (int c = 0; c < row.length; c++) {
                String pad = " ".repeat(widths[c] - row[c].length());
                line.append(c == 0 ? row[c] + pad : "  " + pad + row[c]);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String integer(long value) {
        return FigureText.integer(value);
    }

    private static String decimal(BigDecimal value) {
        return FigureText.decimal(value);
    }

    private static String percentage(Measurement m) {
        return FigureText.careProportion(m);
    }

    private static String money(MonetaryAmount amount) {
        return FigureText.money(amount);
    }
}
