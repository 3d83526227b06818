package org.sibcalc.report.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.sibcalc.Statement;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.io.FigureText;
import org.sibcalc.payment.Payment;

/**
 * The payment ledger against today's data (docs/ledger.md), when the statement has a ledger: at each
 * measurement date the ledger paid, the cumulative due on today's data, what the ledger paid before, the
 * payment made, the payment recomputed on today's data and the difference, as a chart and a table; and the
 * true-up at the first measurement date after the ledger, with what it means under the contract's
 * clawback.
 *
 * <p>The difference at a date is the recomputed payment less the payment made. Each recomputed payment is
 * worked out from what the ledger paid before it, so a correction of one quarter shows at every later
 * paid date too: the differences do not add up to the true-up, which is worked out once, at the first
 * unpaid date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param summary a sentence introducing the chart, not null
 * @param chart   the chart of the payment made and the payment recomputed at each paid date, not null
 * @param table   the chart's numbers with the cumulative due, paid before and difference, not null
 * @param trueUp  the true-up's figures, empty when every measurement date up to the reporting date is paid
 * @param notes   what the true-up means under the contract, or why there is none yet; not null
 */
public record LedgerTrueUp(String summary, Chart chart, Table table, List<Figure> trueUp, List<String> notes)
        implements Section {

    /**
     * Checks the fields and copies the lists.
     *
     * @param summary the {@link #summary() summary} record component
     * @param chart the {@link #chart() chart} record component
     * @param table the {@link #table() table} record component
     * @param trueUp the {@link #trueUp() trueUp} record component
     * @param notes the {@link #notes() notes} record component
     */
    public LedgerTrueUp {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(table, "table");
        trueUp = List.copyOf(trueUp);
        notes = List.copyOf(notes);
    }

    /**
     * Returns the ledger section of the statement under the terms, or empty when no payment of the statement
     * is the ledger's (no ledger, an empty one, or no measurement date yet).
     *
     * @param statement the statement
     * @param terms the contract's terms the statement was calculated with
     * @return the ledger section, or empty
     */
    public static Optional<LedgerTrueUp> of(Statement statement, ContractTerms terms) {
        List<Payment> paid = statement.payments().stream().filter(Payment::paid).toList();
        if (paid.isEmpty()) {
            return Optional.empty();
        }
        Payment lastPaid = paid.get(paid.size() - 1);
        List<LocalDate> dates = new ArrayList<>();
        List<BigDecimal> made = new ArrayList<>();
        List<BigDecimal> recomputed = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        Payment mostDifferent = null;
        int differing = 0;
        for (Payment payment : paid) {
            MonetaryAmount difference = difference(payment);
            dates.add(payment.date());
            made.add(number(payment.payment()));
            recomputed.add(number(payment.recomputedPayment().orElseThrow()));
            rows.add(new Table.Row(payment.date().toString(), List.of(
                    Table.Cell.number(FigureText.money(payment.cumulativeDue())),
                    Table.Cell.number(FigureText.money(payment.paidBefore())),
                    Table.Cell.number(FigureText.money(payment.payment())),
                    Table.Cell.number(FigureText.money(payment.recomputedPayment().orElseThrow())),
                    Table.Cell.number(FigureText.money(difference))), false));
            if (!difference.isZero()) {
                differing++;
                if (mostDifferent == null || difference.abs().isGreaterThan(difference(mostDifferent).abs())) {
                    mostDifferent = payment;
                }
            }
        }
        MonetaryAmount ledgerPaid = lastPaid.paidBefore().add(lastPaid.payment());
        rows.add(new Table.Row("Paid by the ledger", List.of(Table.Cell.number(""), Table.Cell.number(""),
                Table.Cell.number(FigureText.money(ledgerPaid)), Table.Cell.number(""), Table.Cell.number("")), true));
        Table table = new Table("ledger-table", "The payment ledger against today's data at each paid measurement date",
                List.of(Table.Column.text("Date"), Table.Column.number("Cumulative due"),
                        Table.Column.number("Paid before"), Table.Column.number("Paid"),
                        Table.Column.number("Recomputed payment"), Table.Column.number("Difference")), rows);

        String id = "ledger-chart";
        String svg = Charts.ledger(id, statement.currency().getCurrencyCode(), dates, made, recomputed);
        StringBuilder alternative = new StringBuilder("Bar and line chart. The payment the ledger made (bars) and "
                + "the payment recomputed on today's data (a line) at ").append(paid.size() == 1 ? "the one paid measurement date"
                        : "each of the " + paid.size() + " paid measurement dates").append(Words.span(dates)).append(". ");
        if (mostDifferent == null) {
            alternative.append(paid.size() == 1 ? "They are the same." : "They are the same at every date.");
        } else {
            alternative.append("They differ at ").append(differing == paid.size() && differing > 1 ? "every date"
                    : Words.count(differing, "date")).append(", most at ").append(mostDifferent.date()).append(": paid ")
                    .append(FigureText.money(mostDifferent.payment())).append(", recomputed ")
                    .append(FigureText.money(mostDifferent.recomputedPayment().orElseThrow())).append('.');
        }
        alternative.append(" The table below lists every figure.");
        Chart chart = new Chart(id, "Paid and recomputed payment at each paid measurement date", svg,
                alternative.toString());

        String summary = "The payments up to " + lastPaid.date() + " are those of the payment ledger: they were made, "
                + "and are facts. Beside each is the payment recomputed on today's data: the cumulative due at the "
                + "date less what the ledger paid before it" + (terms.clawback() ? "" : ", never below zero")
                + ". The difference is the recomputed payment less the payment made: positive where today's data "
                + "would have paid more. A correction of one quarter shows at every later paid date too, so the "
                + "differences do not add up to the true-up.";

        List<Figure> figures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Optional<Payment> firstUnpaid = statement.payments().stream().filter(p -> p.trueUp().isPresent()).findFirst();
        if (firstUnpaid.isEmpty()) {
            notes.add("Every measurement date up to " + statement.asOf() + " is in the payment ledger, so there is no "
                    + "true-up yet: it comes with the first payment after " + lastPaid.date() + ".");
        } else {
            trueUp(firstUnpaid.get(), lastPaid, paid.size(), terms.clawback(), figures, notes);
        }
        return Optional.of(new LedgerTrueUp(summary, chart, table, figures, notes));
    }

    /** Adds the true-up's figures and what the contract's clawback makes of it. */
    private static void trueUp(Payment first, Payment lastPaid, int paidCount, boolean clawback, List<Figure> figures,
            List<String> notes) {
        MonetaryAmount trueUp = first.trueUp().orElseThrow();
        MonetaryAmount ledgerPaid = first.paidBefore();
        MonetaryAmount due = ledgerPaid.add(trueUp); // what the payment rules alone pay before the date, today
        MonetaryAmount unfloored = first.cumulativeDue().subtract(ledgerPaid);
        MonetaryAmount withoutLedger = first.cumulativeDue().subtract(due);
        if (!clawback && withoutLedger.isNegative()) {
            withoutLedger = withoutLedger.multiply(0);
        }
        String date = first.date().toString();
        String upTo = "up to " + lastPaid.date();
        figures.add(new Figure("ledger-true-up", "True-up at " + date, FigureText.money(trueUp),
                trueUp.isPositive() ? "paid too little " + upTo + " on today's data"
                        : trueUp.isNegative() ? "paid too much " + upTo + " on today's data"
                        : "today's data do not change what was due " + upTo));
        figures.add(new Figure("ledger-due", "Due " + upTo, FigureText.money(due),
                "what the payment rules alone pay " + upTo + " on today's data"));
        figures.add(new Figure("ledger-paid", "Paid " + upTo, FigureText.money(ledgerPaid),
                "the payment ledger's " + Words.count(paidCount, "payment")));
        figures.add(new Figure("ledger-payment", "Payment at " + date, FigureText.money(first.payment()),
                FigureText.money(first.cumulativeDue()) + " cumulative due less " + FigureText.money(ledgerPaid)
                        + " paid; " + FigureText.money(withoutLedger) + " had the payments " + upTo
                        + " been made on today's data"));

        if (trueUp.isZero()) {
            notes.add("Today's data do not change what was due for the payments made: the payment at " + date
                    + " is worked out as if there were no ledger.");
        } else if (trueUp.isPositive()) {
            notes.add("The payment at " + date + " makes up the difference: " + FigureText.money(trueUp)
                    + " of it is for the dates " + upTo + ".");
        } else if (clawback) {
            notes.add("The contract has clawback: the overpayment of " + FigureText.money(trueUp.negate())
                    + " is set against the payment at " + date + " at once"
                    + (first.payment().isNegative() ? ", and as it is more than is due, the payment is negative: "
                            + FigureText.money(first.payment().negate()) + " is paid back." : "."));
        } else if (unfloored.isNegative()) {
            notes.add("The contract has no clawback, so nothing is paid back and no payment is below zero: the payment "
                    + "at " + date + " is " + FigureText.money(first.payment()) + ", and the "
                    + FigureText.money(unfloored.negate()) + " paid beyond the cumulative due is carried against later "
                    + "payments until the cumulative due passes what was paid.");
        } else {
            notes.add("The contract has no clawback, and none is needed: the overpayment of "
                    + FigureText.money(trueUp.negate()) + " is set against the payment at " + date
                    + ", which is still " + FigureText.money(first.payment()) + ".");
        }
    }

    /**
     * {@return whether there is a true-up to show: a measurement date after the ledger's last, up to the reporting
     * date}
     */
    public boolean hasTrueUp() {
        return !trueUp.isEmpty();
    }

    /** The recomputed payment less the payment made, of a paid payment. */
    private static MonetaryAmount difference(Payment payment) {
        return payment.recomputedPayment().orElseThrow().subtract(payment.payment());
    }

    private static BigDecimal number(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    @Override
    public String id() {
        return "ledger";
    }

    @Override
    public String heading() {
        return "Payment ledger and true-up";
    }

    @Override
    public String template() {
        return "ledger";
    }
}
