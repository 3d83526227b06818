package org.sibcalc.report.html;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DateFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The page's charts, drawn by JFreeChart. The figures come in exact, as the statement has them; a chart
 * draws them as doubles, which only places them on the drawing: every figure people read is in the text and
 * the tables beside the chart. Dates are days in UTC, so that no time zone moves a point.
 */
final class Charts {

    /** The width of every chart, in SVG units; the page scales it to its column. */
    static final int WIDTH = 720;

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final Locale LOCALE = Locale.UK;
    private static final long MILLIS_PER_DAY = TimeUnit.DAYS.toMillis(1);

    // Okabe and Ito's colours, told apart with any colour vision; the baseline and the cap are dashed too.
    private static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    private static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
    private static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    private static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
    private static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    private static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);
    private static final Color BLACK = Color.BLACK;
    private static final Color[] SERIES_COLOURS = {BLUE, VERMILLION, BLUISH_GREEN, ORANGE, REDDISH_PURPLE, SKY_BLUE,
        BLACK};
    private static final Color GRID = new Color(0xD9, 0xD9, 0xD9);
    private static final Color TEXT = new Color(0x33, 0x33, 0x33);

    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final BasicStroke LINE = new BasicStroke(2.0f);
    private static final BasicStroke DASHED = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10.0f, new float[] {6.0f, 4.0f}, 0.0f);
    private static final Shape POINT = new Ellipse2D.Double(-3.5, -3.5, 7.0, 7.0);
    private static final Shape SMALL_SQUARE = new Rectangle2D.Double(-2.5, -2.5, 5.0, 5.0);

    private Charts() {
    }

    /**
     * Returns the line chart of the programme's care proportion at each date, and of the baseline when there
     * is one. {@code proportions} and {@code baselines} have an entry for each date, null where there is
     * no figure; {@code baselines} is null without a baseline.
     */
    static String careProportion(String id, List<LocalDate> dates, List<BigDecimal> proportions,
            List<BigDecimal> baselines) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        List<String> series = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        addDatedSeries(dataset, series, keys, "care-proportion", "Care proportion", dates, proportions);
        if (baselines != null) {
            addDatedSeries(dataset, series, keys, "baseline", "Baseline", dates, baselines);
        }
        ChartDrawing.MarkedLines renderer = new ChartDrawing.MarkedLines(new ChartDrawing.Marks(series, keys));
        style(renderer, 0, BLUE, LINE, POINT);
        style(renderer, 1, VERMILLION, DASHED, SMALL_SQUARE);

        NumberAxis proportion = new NumberAxis("Care proportion");
        proportion.setNumberFormatOverride(percent());
        proportion.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(dataset, dateAxis(dates), proportion, renderer);
        return ChartDrawing.svg(chart(plot), id, WIDTH, 340);
    }

    /**
     * Returns the chart of the payment at each date as bars, with the cumulative due and the cap (when there
     * is one, else null) as lines, all in the currency's units.
     */
    static String payments(String id, String currency, List<LocalDate> dates, List<BigDecimal> payments,
            List<BigDecimal> cumulativeDue, BigDecimal cap) {
        XYIntervalSeriesCollection barData = datedBars(dates, payments, "Payment");
        ChartDrawing.MarkedDatedBars barRenderer = barRenderer("payment", dates);

        XYSeriesCollection lineData = new XYSeriesCollection();
        List<String> series = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        addDatedSeries(lineData, series, keys, "cumulative-due", "Cumulative due", dates, cumulativeDue);
        ChartDrawing.MarkedLines lineRenderer = new ChartDrawing.MarkedLines(new ChartDrawing.Marks(series, keys));
        style(lineRenderer, 0, BLUE, LINE, POINT);
        if (cap != null) {
            XYSeries capLine = new XYSeries("Cap", false);
            LocalDate first = dates.get(0);
            LocalDate last = dates.get(dates.size() - 1);
            capLine.add(millis(first), cap.doubleValue());
            capLine.add(millis(last), cap.doubleValue());
            lineData.addSeries(capLine);
            style(lineRenderer, 1, VERMILLION, DASHED, SMALL_SQUARE);
            lineRenderer.setSeriesShapesVisible(1, false);
        }

        XYPlot plot = new XYPlot(lineData, dateAxis(dates), moneyAxis(currency), lineRenderer);
        plot.setDataset(1, barData);
        plot.setRenderer(1, barRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE); // bars under the lines
        return ChartDrawing.svg(chart(plot), id, WIDTH, 360);
    }

    /**
     * Returns the line chart of each outcome's exact amount at each date, in the currency's units:
     * {@code amounts.get(o).get(i)} is outcome {@code o}'s amount at {@code dates.get(i)}.
     */
    static String outcomes(String id, String currency, List<LocalDate> dates, List<String> names,
            List<List<BigDecimal>> amounts) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        List<String> series = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        for (int o = 0; o < names.size(); o++) {
            addDatedSeries(dataset, series, keys, "outcome-" + (o + 1), names.get(o), dates, amounts.get(o));
        }
        ChartDrawing.MarkedLines renderer = new ChartDrawing.MarkedLines(new ChartDrawing.Marks(series, keys));
        for (int o = 0; o < names.size(); o++) {
            style(renderer, o, SERIES_COLOURS[o % SERIES_COLOURS.length], o % 2 == 0 ? LINE : DASHED, POINT);
        }
        XYPlot plot = new XYPlot(dataset, dateAxis(dates), moneyAxis(currency), renderer);
        return ChartDrawing.svg(chart(plot), id, WIDTH, 340);
    }

    /**
     * Returns the line chart of the payment the ledger made and the payment recomputed on today's data at each
     * paid date, in the currency's units.
     */
    static String ledger(String id, String currency, List<LocalDate> dates, List<BigDecimal> paid,
            List<BigDecimal> recomputed) {
        XYSeriesCollection lineData = new XYSeriesCollection();
        List<String> series = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        addDatedSeries(lineData, series, keys, "recomputed-payment", "Recomputed on today's data", dates, recomputed);
        ChartDrawing.MarkedLines lineRenderer = new ChartDrawing.MarkedLines(new ChartDrawing.Marks(series, keys));
        style(lineRenderer, 0, VERMILLION, DASHED, SMALL_SQUARE);
        XYPlot plot = new XYPlot(lineData, dateAxis(dates), moneyAxis(currency), lineRenderer);
        plot.setDataset(1, datedBars(dates, paid, "Paid (ledger)"));
        plot.setRenderer(1, barRenderer("paid", dates));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE); // bars under the line
        return ChartDrawing.svg(chart(plot), id, WIDTH, 320);
    }

    /** A bar at each date, 0.6 of the shortest gap between dates wide. */
    private static XYIntervalSeriesCollection datedBars(List<LocalDate> dates, List<BigDecimal> values, String name) {
        double barWidth = 0.6 * shortestGapInDays(dates) * MILLIS_PER_DAY;
        XYIntervalSeries bars = new XYIntervalSeries(name);
        for (int i = 0; i < dates.size(); i++) {
            double x = millis(dates.get(i));
            double y = values.get(i).doubleValue();
            bars.add(x, x - barWidth / 2, x + barWidth / 2, y, y, y);
        }
        XYIntervalSeriesCollection barData = new XYIntervalSeriesCollection();
        barData.addSeries(bars);
        return barData;
    }

    /** Sky-blue bars without shadows or outlines, each marked with its date. */
    private static ChartDrawing.MarkedDatedBars barRenderer(String seriesId, List<LocalDate> dates) {
        List<String> dateKeys = dates.stream().map(LocalDate::toString).toList();
        ChartDrawing.MarkedDatedBars barRenderer = new ChartDrawing.MarkedDatedBars(
                new ChartDrawing.Marks(List.of(seriesId), List.of(dateKeys)));
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        barRenderer.setSeriesPaint(0, SKY_BLUE);
        return barRenderer;
    }

    /**
     * Returns the chart of the capital the investors had put in and the distributions they had received by
     * each date, as steps: each figure holds until the next date.
     */
    static String investors(String id, String currency, List<LocalDate> dates, List<BigDecimal> drawn,
            List<BigDecimal> distributed) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        List<List<String>> keys = new ArrayList<>();
        addSteps(dataset, keys, "Capital drawn to date", dates, drawn);
        addSteps(dataset, keys, "Distributed to date", dates, distributed);
        ChartDrawing.MarkedSteps renderer = new ChartDrawing.MarkedSteps(
                new ChartDrawing.Marks(List.of("drawn", "distributed"), keys));
        style(renderer, 0, VERMILLION, DASHED, SMALL_SQUARE);
        style(renderer, 1, BLUE, LINE, SMALL_SQUARE);
        XYPlot plot = new XYPlot(dataset, dateAxis(dates), moneyAxis(currency), renderer);
        return ChartDrawing.svg(chart(plot), id, WIDTH, 340);
    }

    /** Adds a series of steps: before each point after the first, a corner at its date with the figure before. */
    private static void addSteps(XYSeriesCollection dataset, List<List<String>> keys, String name,
            List<LocalDate> dates, List<BigDecimal> values) {
        XYSeries xy = new XYSeries(name, false);
        List<String> itemKeys = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            double x = millis(dates.get(i));
            if (i > 0) {
                xy.add(x, values.get(i - 1).doubleValue());
                itemKeys.add(null);
            }
            xy.add(x, values.get(i).doubleValue());
            itemKeys.add(dates.get(i).toString());
        }
        dataset.addSeries(xy);
        keys.add(itemKeys);
    }

    /**
     * Returns the bar chart of each cohort's care proportion, with each cohort's baseline as a tick when
     * there is a baseline ({@code baselines} null without one; entries null where there is no figure).
     */
    static String cohorts(String id, List<String> cohorts, List<BigDecimal> proportions, List<BigDecimal> baselines) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        for (int i = 0; i < cohorts.size(); i++) {
            bars.addValue(number(proportions.get(i)), "Care proportion", cohorts.get(i));
        }
        ChartDrawing.MarkedBars barRenderer = new ChartDrawing.MarkedBars("care-proportion");
        barRenderer.setBarPainter(new StandardBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        barRenderer.setSeriesPaint(0, BLUE);
        barRenderer.setItemMargin(0.0);

        NumberAxis proportion = new NumberAxis("Care proportion");
        proportion.setNumberFormatOverride(percent());
        proportion.setAutoRangeIncludesZero(true);
        CategoryAxis cohortAxis = new CategoryAxis("Cohort");
        cohortAxis.setCategoryMargin(0.25);
        cohortAxis.setLowerMargin(0.01);
        cohortAxis.setUpperMargin(0.01);
        CategoryPlot plot = new CategoryPlot(bars, cohortAxis, proportion, barRenderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        if (baselines != null) {
            DefaultCategoryDataset ticks = new DefaultCategoryDataset();
            for (int i = 0; i < cohorts.size(); i++) {
                ticks.addValue(number(baselines.get(i)), "Baseline", cohorts.get(i));
            }
            ChartDrawing.MarkedTicks tickRenderer = new ChartDrawing.MarkedTicks("baseline");
            tickRenderer.setSeriesPaint(0, VERMILLION);
            tickRenderer.setSeriesShape(0, new Rectangle2D.Double(-1.5, -6.0, 3.0, 12.0));
            plot.setDataset(1, ticks);
            plot.setRenderer(1, tickRenderer);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // ticks over the bars
        }
        return ChartDrawing.svg(chart(plot), id, WIDTH, 90 + 18 * cohorts.size());
    }

    private static void addDatedSeries(XYSeriesCollection dataset, List<String> series, List<List<String>> keys,
            String seriesId, String name, List<LocalDate> dates, List<BigDecimal> values) {
        XYSeries xy = new XYSeries(name, false);
        List<String> itemKeys = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            if (values.get(i) != null) {
                xy.add(millis(dates.get(i)), values.get(i).doubleValue());
                itemKeys.add(dates.get(i).toString());
            }
        }
        dataset.addSeries(xy);
        series.add(seriesId);
        keys.add(itemKeys);
    }

    private static NumberAxis moneyAxis(String currency) {
        NumberAxis money = new NumberAxis(currency);
        money.setNumberFormatOverride(NumberFormat.getIntegerInstance(LOCALE));
        money.setAutoRangeIncludesZero(true);
        return money;
    }

    private static void style(XYLineAndShapeRenderer renderer, int series, Paint paint, BasicStroke stroke,
            Shape shape) {
        renderer.setSeriesPaint(series, paint);
        renderer.setSeriesStroke(series, stroke);
        renderer.setSeriesShape(series, shape);
    }

    private static JFreeChart chart(org.jfree.chart.plot.Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(8, 4, 4, 16));
        if (plot instanceof XYPlot) {
            XYPlot xy = (XYPlot) plot;
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            axisFonts(xy.getDomainAxis());
            axisFonts(xy.getRangeAxis());
        } else {
            CategoryPlot category = (CategoryPlot) plot;
            category.setRangeGridlinePaint(GRID);
            axisFonts(category.getDomainAxis());
            axisFonts(category.getRangeAxis());
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemFont(LABEL_FONT);
        legend.setItemPaint(TEXT);
        return chart;
    }

    private static void axisFonts(org.jfree.chart.axis.Axis axis) {
        axis.setTickLabelFont(TICK_FONT);
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setLabelPaint(TEXT);
    }

    /** Returns the axis of the dates: ticks named by month, or by day when the dates span less than two years. */
    private static DateAxis dateAxis(List<LocalDate> dates) {
        DateAxis axis = new DateAxis(null, UTC, LOCALE);
        long span = dates.get(dates.size() - 1).toEpochDay() - dates.get(0).toEpochDay();
        DateFormat format = new SimpleDateFormat(span < 730 ? "d MMM yyyy" : "MMM yyyy", LOCALE);
        format.setTimeZone(UTC);
        axis.setDateFormatOverride(format);
        axis.setLowerMargin(0.03);
        axis.setUpperMargin(0.03);
        return axis;
    }

    private static NumberFormat percent() {
        NumberFormat format = NumberFormat.getPercentInstance(LOCALE);
        format.setMaximumFractionDigits(1);
        return format;
    }

    private static double millis(LocalDate date) {
        return (double) date.toEpochDay() * MILLIS_PER_DAY;
    }

    private static Number number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static long shortestGapInDays(List<LocalDate> dates) {
        long shortest = 30;
        for (int i = 1; i < dates.size(); i++) {
            long gap = dates.get(i).toEpochDay() - dates.get(i - 1).toEpochDay();
            shortest = i == 1 ? gap : Math.min(shortest, gap);
        }
        return Math.max(1, shortest);
    }
}
