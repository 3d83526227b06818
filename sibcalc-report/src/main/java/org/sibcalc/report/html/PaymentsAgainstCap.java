package org.sibcalc.report.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import org.sibcalc.Statement;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.io.FigureText;
import org.sibcalc.payment.Payment;

/**
 * The payment at every measurement date up to the reporting date, as bars, with the cumulative due and the
 * cap on the total as lines; and the table of the payment schedule, as in the text statement.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param heading the section's heading, naming the cap when there is one; not null
 * @param summary a sentence introducing the chart, not null
 * @param chart   the chart, or null when there is no measurement date on or before the reporting date
 * @param table   the payment schedule, or null with no chart
 */
public record PaymentsAgainstCap(String heading, String summary, @Nullable Chart chart, @Nullable Table table)
        implements Section {

    /**
     * Checks the heading and the summary.
     *
     * @param heading the {@link #heading() heading} record component
     * @param summary the {@link #summary() summary} record component
     * @param chart the {@link #chart() chart} record component
     * @param table the {@link #table() table} record component
     */
    public PaymentsAgainstCap {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * {@return the payments of the statement under the terms}
     *
     * @param statement the statement, not null
     * @param terms the contract terms it was calculated with, not null
     */
    public static PaymentsAgainstCap of(Statement statement, ContractTerms terms) {
        List<Payment> payments = statement.payments();
        MonetaryAmount cap = terms.caps().total().orElse(null);
        String heading = cap == null ? "Payments" : "Payments against the cap";
        if (payments.isEmpty()) {
            return new PaymentsAgainstCap(heading, "There is no measurement date on or before " + statement.asOf()
                    + ", so nothing is due yet.", null, null);
        }
        boolean withBaseline = terms.baseline().isPresent();
        List<Table.Column> columns = new ArrayList<>();
        columns.add(Table.Column.text("Date"));
        if (withBaseline) {
            columns.add(Table.Column.number("Care days avoided"));
        }
        columns.add(Table.Column.number("Cumulative due"));
        if (cap != null) {
            columns.add(Table.Column.number("Cap used"));
        }
        columns.add(Table.Column.number("Paid before"));
        columns.add(Table.Column.number("Payment"));

        List<LocalDate> dates = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        List<BigDecimal> due = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        for (Payment payment : payments) {
            dates.add(payment.date());
            amounts.add(number(payment.payment()));
            due.add(number(payment.cumulativeDue()));
            List<Table.Cell> cells = new ArrayList<>();
            if (withBaseline) {
                cells.add(Table.Cell.number(FigureText.decimal(payment.programme().careDaysAvoided().orElse(null))));
            }
            cells.add(Table.Cell.number(FigureText.money(payment.cumulativeDue())));
            if (cap != null) {
                cells.add(Table.Cell.number(FigureText.percentage(Headline.share(payment.cumulativeDue(), cap))));
            }
            cells.add(Table.Cell.number(FigureText.money(payment.paidBefore())));
            cells.add(Table.Cell.number(FigureText.money(payment.payment())));
            rows.add(new Table.Row(payment.date().toString(), cells, false));
        }
        Payment last = payments.get(payments.size() - 1);
        MonetaryAmount totalPaid = last.paidBefore().add(last.payment());
        List<Table.Cell> total = new ArrayList<>();
        for (int c = 2; c < columns.size(); c++) {
            total.add(Table.Cell.number(""));
        }
        total.add(Table.Cell.number(FigureText.money(totalPaid)));
        // With a ledger, the payments after it are still to pay: the total is then of both.
        boolean toPay = payments.stream().anyMatch(Payment::paid) && !last.paid();
        rows.add(new Table.Row(toPay ? "Total paid and to pay" : "Total paid", total, true));

        String id = "payments-chart";
        String currency = statement.currency().getCurrencyCode();
        String svg = Charts.payments(id, currency, dates, amounts, due, cap == null ? null : number(cap));
        Chart chart = new Chart(id, cap == null ? "Payment and cumulative due at each measurement date"
                : "Payment, cumulative due and the cap at each measurement date", svg,
                alternative(payments, cap, totalPaid));
        Table table = new Table("payments-table", "The payment at each measurement date", columns, rows);
        String summary = "The cumulative due is everything due for the results so far, rounded to the "
                + statement.currency().getDefaultFractionDigits() + " places of " + currency
                + (cap == null ? "" : " and capped") + "; each payment is the cumulative due less what was paid before"
                + (terms.clawback() ? " (negative when the cumulative due falls: the contract has clawback)."
                        : " (never below zero: a fall is carried forward).");
        return new PaymentsAgainstCap(heading, summary, chart, table);
    }

    private static String alternative(List<Payment> payments, MonetaryAmount cap, MonetaryAmount totalPaid) {
        List<LocalDate> dates = payments.stream().map(Payment::date).toList();
        Payment largest = payments.get(0);
        for (Payment p : payments) {
            if (p.payment().isGreaterThan(largest.payment())) {
                largest = p;
            }
        }
        Payment last = payments.get(payments.size() - 1);
        StringBuilder text = new StringBuilder("Bar and line chart. The payment at ")
                .append(Words.count(payments.size(), "measurement date")).append(Words.span(dates))
                .append(", the largest ").append(FigureText.money(largest.payment())).append(" at ").append(largest.date())
                .append(", ").append(FigureText.money(totalPaid)).append(" in all. The cumulative due reaches ")
                .append(FigureText.money(last.cumulativeDue())).append(" at ").append(last.date());
        if (cap != null) {
            text.append(", ").append(FigureText.percentage(Headline.share(last.cumulativeDue(), cap)))
                    .append(" of the cap of ").append(FigureText.money(cap));
        }
        return text.append(". The table below lists every figure.").toString();
    }

    private static BigDecimal number(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    @Override
    public String id() {
        return "payments";
    }

    @Override
    public String template() {
        return "payments";
    }
}
