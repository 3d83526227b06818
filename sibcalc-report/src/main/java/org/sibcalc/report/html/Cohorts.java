package org.sibcalc.report.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sibcalc.Statement;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.io.FigureText;
import org.sibcalc.measure.CohortMeasurement;
import org.sibcalc.measure.Measurement;

/**
 * Each cohort measured at the reporting date: its care proportion (and baseline) as a bar chart, and the
 * cohort table of the text statement. Beyond {@value #LISTED} cohorts the first {@value #LISTED} (in the
 * statement's order, by label) are shown one by one and the others together, as one row of their sums, so
 * that the page stays small; the JSON statement has every cohort.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param summary a sentence introducing the chart, not null
 * @param chart   the chart, or null when no cohort has started by the reporting date
 * @param table   the cohort table with the programme's total, or null with no chart
 */
public record Cohorts(String summary, @Nullable Chart chart, @Nullable Table table) implements Section {

    /** The most cohorts shown one by one. */
    public static final int LISTED = 200;

    /**
     * Checks the summary.
     *
     * @param summary the {@link #summary() summary} record component
     * @param chart the {@link #chart() chart} record component
     * @param table the {@link #table() table} record component
     */
    public Cohorts {
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * {@return the cohorts of the statement under the terms}
     *
     * @param statement the statement, not null
     * @param terms the contract terms it was calculated with, not null
     */
    public static Cohorts of(Statement statement, ContractTerms terms) {
        List<CohortMeasurement> all = statement.cohorts();
        if (all.isEmpty()) {
            return new Cohorts("No participant has started by " + statement.asOf() + ".", null, null);
        }
        boolean withBaseline = terms.baseline().isPresent();
        List<String> labels = new ArrayList<>();
        List<Measurement> measurements = new ArrayList<>();
        for (CohortMeasurement cohort : all.subList(0, Math.min(LISTED, all.size()))) {
            labels.add(cohort.cohort());
            measurements.add(cohort.measurement());
        }
        int others = all.size() - labels.size();
        if (others > 0) {
            Measurement rest = Measurement.NONE; // its expected care days are empty when the cohorts' are
            for (CohortMeasurement cohort : all.subList(LISTED, all.size())) {
                rest = rest.plus(cohort.measurement());
            }
            labels.add("The other " + Words.count(others, "cohort"));
            measurements.add(rest);
        }

        List<Table.Column> columns = new ArrayList<>(List.of(Table.Column.text("Cohort"),
                Table.Column.number("Participants"), Table.Column.number("Child days"), Table.Column.number("Care days"),
                Table.Column.number("Care proportion")));
        if (withBaseline) {
            columns.add(Table.Column.number("Baseline"));
            columns.add(Table.Column.number("Expected care days"));
            columns.add(Table.Column.number("Care days avoided"));
        }
        List<Table.Row> rows = new ArrayList<>();
        List<BigDecimal> proportions = new ArrayList<>();
        List<BigDecimal> baselines = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Measurement m = measurements.get(i);
            proportions.add(m.careProportion().orElse(null));
            baselines.add(Baselines.proportion(m));
            rows.add(new Table.Row(labels.get(i), cells(m, withBaseline), false));
        }
        rows.add(new Table.Row("All cohorts", cells(statement.programme(), withBaseline), true));

        String id = "cohorts-chart";
        String svg = Charts.cohorts(id, labels, proportions, withBaseline ? baselines : null);
        Chart chart = new Chart(id, "Each cohort's care proportion at " + statement.asOf(), svg,
                alternative(labels, proportions, withBaseline ? baselines : null, statement, others));
        Table table = new Table("cohorts-table", "Each cohort at " + statement.asOf(), columns, rows);
        String summary = "A cohort is the participants who started in the same period (or were given the same "
                + "label), each measured over its tracking windows up to " + statement.asOf() + "."
                + (others > 0 ? " The first " + LISTED + " of the " + all.size() + " cohorts are shown one by one, "
                        + "the other " + others + " together; the JSON statement (--format json) lists every cohort." : "");
        return new Cohorts(summary, chart, table);
    }

    private static List<Table.Cell> cells(Measurement m, boolean withBaseline) {
        List<Table.Cell> cells = new ArrayList<>(List.of(Table.Cell.number(FigureText.integer(m.participants())),
                Table.Cell.number(FigureText.integer(m.childDays())), Table.Cell.number(FigureText.integer(m.careDays())),
                Table.Cell.number(FigureText.careProportion(m))));
        if (withBaseline) {
            cells.add(Table.Cell.number(FigureText.percentage(Baselines.proportion(m))));
            cells.add(Table.Cell.number(FigureText.decimal(m.expectedCareDays().orElse(null))));
            cells.add(Table.Cell.number(FigureText.decimal(m.careDaysAvoided().orElse(null))));
        }
        return cells;
    }

    private static String alternative(List<String> labels, List<BigDecimal> proportions, List<BigDecimal> baselines,
            Statement statement, int others) {
        StringBuilder text = new StringBuilder("Bar chart. The care proportion of ")
                .append(others > 0 ? "the first " + LISTED + " cohorts and of the other " + others + " together"
                        : labels.size() == 1 ? "the one cohort" : "each of the " + labels.size() + " cohorts")
                .append(" at ").append(statement.asOf());
        Words.Extremes extremes = Words.extremes(labels, proportions);
        if (extremes == null) {
            text.append(": no cohort had child days.");
        } else if (labels.size() == 1) {
            text.append(": ").append(FigureText.percentage(extremes.last())).append('.');
        } else {
            text.append(", from ").append(FigureText.percentage(extremes.lowest())).append(" (")
                    .append(extremes.lowestKey()).append(") to ").append(FigureText.percentage(extremes.highest()))
                    .append(" (").append(extremes.highestKey()).append(").");
        }
        if (baselines != null) {
            Words.Extremes baseline = Words.extremes(labels, baselines);
            if (baseline != null && baseline.lowest().compareTo(baseline.highest()) == 0) {
                text.append(" Every cohort's baseline is ").append(FigureText.percentage(baseline.lowest()))
                        .append(", drawn as a tick.");
            } else if (baseline != null) {
                text.append(" The cohorts' baselines, drawn as ticks, go from ")
                        .append(FigureText.percentage(baseline.lowest())).append(" to ")
                        .append(FigureText.percentage(baseline.highest())).append('.');
            }
        }
        return text.append(" The table below lists every cohort.").toString();
    }

    @Override
    public String id() {
        return "cohorts";
    }

    @Override
    public String heading() {
        return "Cohorts";
    }

    @Override
    public String template() {
        return "cohorts";
    }
}
