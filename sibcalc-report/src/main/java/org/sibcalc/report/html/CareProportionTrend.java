package org.sibcalc.report.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sibcalc.Statement;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.io.FigureText;
import org.sibcalc.measure.Measurement;
import org.sibcalc.payment.Payment;

/**
 * The programme's cumulative care proportion at every measurement date up to the reporting date, against the
 * baseline: a line chart and the table of its numbers.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param summary a sentence introducing the chart, not null
 * @param chart   the chart, or null when there is no measurement date on or before the reporting date
 * @param table   the chart's numbers, or null with no chart
 */
public record CareProportionTrend(String summary, @Nullable Chart chart, @Nullable Table table) implements Section {

    /**
     * Checks the summary.
     *
     * @param summary the {@link #summary() summary} record component
     * @param chart the {@link #chart() chart} record component
     * @param table the {@link #table() table} record component
     */
    public CareProportionTrend {
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * {@return the trend of the statement's payments' measurements}
     *
     * @param statement the statement, not null
     * @param terms the contract terms it was calculated with, not null
     */
    public static CareProportionTrend of(Statement statement, ContractTerms terms) {
        List<Payment> payments = statement.payments();
        if (payments.isEmpty()) {
            return new CareProportionTrend("There is no measurement date on or before " + statement.asOf() + ".",
                    null, null);
        }
        boolean withBaseline = terms.baseline().isPresent();
        List<LocalDate> dates = new ArrayList<>();
        List<BigDecimal> proportions = new ArrayList<>();
        List<BigDecimal> baselines = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        for (Payment payment : payments) {
            Measurement m = payment.programme();
            dates.add(payment.date());
            proportions.add(m.careProportion().orElse(null));
            baselines.add(Baselines.proportion(m));
            List<Table.Cell> cells = new ArrayList<>(List.of(Table.Cell.number(FigureText.integer(m.participants())),
                    Table.Cell.number(FigureText.integer(m.childDays())), Table.Cell.number(FigureText.integer(m.careDays())),
                    Table.Cell.number(FigureText.careProportion(m))));
            if (withBaseline) {
                cells.add(Table.Cell.number(FigureText.percentage(Baselines.proportion(m))));
            }
            rows.add(new Table.Row(payment.date().toString(), cells, false));
        }
        List<Table.Column> columns = new ArrayList<>(List.of(Table.Column.text("Date"), Table.Column.number("Participants"),
                Table.Column.number("Child days"), Table.Column.number("Care days"),
                Table.Column.number("Care proportion")));
        if (withBaseline) {
            columns.add(Table.Column.number("Baseline"));
        }

        String id = "care-proportion-chart";
        String svg = Charts.careProportion(id, dates, proportions, withBaseline ? baselines : null);
        Chart chart = new Chart(id, withBaseline ? "Care proportion and baseline at each measurement date"
                : "Care proportion at each measurement date", svg, alternative(dates, proportions, withBaseline ? baselines : null));
        Table table = new Table("care-proportion-table", "Care proportion at each measurement date", columns, rows);
        String summary = "The care proportion is care days / child days of every participant started by the date, "
                + "over their tracking windows so far" + (withBaseline
                        ? "; the baseline is the proportion the contract expected without the intervention." : ".");
        return new CareProportionTrend(summary, chart, table);
    }

    private static String alternative(List<LocalDate> dates, List<BigDecimal> proportions, List<BigDecimal> baselines) {
        StringBuilder text = new StringBuilder("Line chart. The programme's care proportion at ")
                .append(Words.count(dates.size(), "measurement date")).append(Words.span(dates));
        Words.Extremes extremes = Words.extremes(dates, proportions);
        if (extremes == null) {
            text.append(": no participant had child days.");
        } else {
            text.append(": ").append(FigureText.percentage(extremes.last())).append(" at ").append(extremes.lastKey())
                    .append(", lowest ").append(FigureText.percentage(extremes.lowest())).append(" at ")
                    .append(extremes.lowestKey()).append(", highest ").append(FigureText.percentage(extremes.highest()))
                    .append(" at ").append(extremes.highestKey()).append('.');
        }
        if (baselines != null) {
            Words.Extremes baseline = Words.extremes(dates, baselines);
            if (baseline != null && baseline.lowest().compareTo(baseline.highest()) == 0) {
                text.append(" The baseline is ").append(FigureText.percentage(baseline.lowest())).append(" at every date.");
            } else if (baseline != null) {
                text.append(" The baseline goes from ").append(FigureText.percentage(baseline.lowest())).append(" to ")
                        .append(FigureText.percentage(baseline.highest())).append('.');
            }
        }
        return text.append(" The table below lists every point.").toString();
    }

    @Override
    public String id() {
        return "care-proportion";
    }

    @Override
    public String heading() {
        return "Care proportion";
    }

    @Override
    public String template() {
        return "care-proportion";
    }
}
