package org.sibcalc.report.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sibcalc.Statement;
import org.sibcalc.contract.Outcome;
import org.sibcalc.io.FigureText;
import org.sibcalc.payment.OutcomeAmount;
import org.sibcalc.payment.Payment;

/**
 * What each outcome of the contract adds up to, when the contract pays for more than care days avoided (as
 * the text statement shows it): each outcome's exact amount at every measurement date as a line chart and a
 * table, and each outcome's units and amount at the last one. The amounts are before the rounding and
 * before the caps per participant and on the total, so they may add up to more than the cumulative due.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param summary a sentence introducing the chart, not null
 * @param chart   the chart, not null
 * @param table   the chart's numbers, not null
 * @param last    each outcome's units and amount at the last measurement date, not null
 */
public record OutcomeBreakdown(String summary, Chart chart, Table table, Table last) implements Section {

    /**
     * Returns the breakdown of the statement's payments by outcome, or empty when there is no measurement
     * date yet or the contract pays for care days avoided alone.
     *
     * @param statement the statement, not null
     * @return the breakdown, or empty
     */
    public static Optional<OutcomeBreakdown> of(Statement statement) {
        List<Payment> payments = statement.payments();
        if (payments.isEmpty()) {
            return Optional.empty();
        }
        Payment lastPayment = payments.get(payments.size() - 1);
        List<OutcomeAmount> outcomes = lastPayment.outcomes();
        if (outcomes.isEmpty() || outcomes.size() == 1 && outcomes.get(0).type().equals(Outcome.CareDaysAvoided.TYPE)) {
            return Optional.empty();
        }
        List<String> names = outcomes.stream().map(OutcomeAmount::name).toList();
        List<LocalDate> dates = new ArrayList<>();
        List<List<BigDecimal>> amounts = new ArrayList<>();
        names.forEach(n -> amounts.add(new ArrayList<>()));
        List<Table.Column> columns = new ArrayList<>(List.of(Table.Column.text("Date")));
        names.forEach(n -> columns.add(Table.Column.number(n)));
        List<Table.Row> rows = new ArrayList<>();
        for (Payment payment : payments) {
            dates.add(payment.date());
            List<Table.Cell> cells = new ArrayList<>();
            for (int o = 0; o < names.size(); o++) {
                OutcomeAmount amount = payment.outcomes().get(o);
                amounts.get(o).add(amount.amount().getNumber().numberValue(BigDecimal.class));
                cells.add(Table.Cell.number(FigureText.money(amount.amount())));
            }
            rows.add(new Table.Row(payment.date().toString(), cells, false));
        }

        List<Table.Row> lastRows = new ArrayList<>();
        StringBuilder atLast = new StringBuilder();
        for (OutcomeAmount outcome : outcomes) {
            lastRows.add(new Table.Row(outcome.name(), List.of(Table.Cell.text(outcome.type()),
                    Table.Cell.number(FigureText.decimal(outcome.units())),
                    Table.Cell.number(FigureText.money(outcome.amount()))), false));
            atLast.append(atLast.length() == 0 ? "" : "; ").append(outcome.name()).append(' ')
                    .append(FigureText.money(outcome.amount()));
        }

        String id = "outcomes-chart";
        String currency = statement.currency().getCurrencyCode();
        String svg = Charts.outcomes(id, currency, dates, names, amounts);
        String alternative = "Line chart. The exact amount of each of the " + Words.count(names.size(), "outcome")
                + " at " + Words.count(dates.size(), "measurement date") + Words.span(dates) + "; at "
                + lastPayment.date() + ": " + atLast + ". The tables below list every figure.";
        Chart chart = new Chart(id, "Each outcome's amount at each measurement date", svg, alternative);
        Table table = new Table("outcomes-table", "Each outcome's amount at each measurement date (exact, before "
                + "rounding and the caps)", columns, rows);
        Table last = new Table("outcomes-last-table", "Outcomes at " + lastPayment.date(),
                List.of(Table.Column.text("Outcome"), Table.Column.text("Type"), Table.Column.number("Units"),
                        Table.Column.number("Amount")), lastRows);
        String summary = "The contract pays for " + Words.count(names.size(), "outcome") + ". Their amounts are exact, "
                + "before the rounding and before the caps per participant and on the total, so they can add up to "
                + "more than the cumulative due.";
        return Optional.of(new OutcomeBreakdown(summary, chart, table, last));
    }

    @Override
    public String id() {
        return "outcomes";
    }

    @Override
    public String heading() {
        return "Outcomes";
    }

    @Override
    public String template() {
        return "outcomes";
    }
}
