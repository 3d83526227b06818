package org.sibcalc.report.html;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * Draws a JFreeChart as an SVG element to put inline in the page, and the renderers that mark each point
 * or bar drawn for a figure as {@code <g class="mark" data-series="..." data-key="...">}, so that a reader
 * of the page (a test, a screen reader's user with the source) can tell which figure each mark stands for.
 */
final class ChartDrawing {

    /** The class of every group that holds one mark. */
    static final String MARK_CLASS = "mark";

    /**
     * JFreeSVG declares a namespace of its own on every SVG element, used only by attributes this page does
     * not write; HTML allows only SVG's and XLink's.
     */
    private static final Pattern JFREESVG_NAMESPACE = Pattern.compile(" xmlns:jfreesvg='[^']*'");

    private ChartDrawing() {
    }

    /**
     * Returns the chart drawn as an {@code <svg>} element {@code width × height} units, which scales to the
     * width of its container. It has {@code role="img"}, is labelled by the element {@code id + "-caption"}
     * and described by {@code id + "-alternative"}; its definitions' ids start with {@code id}, so several
     * charts fit in one page and the same chart is drawn the same way every time.
     */
    static String svg(JFreeChart chart, String id, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        g2.setGeomDoubleConverter(ChartDrawing::hundredths);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String svg = g2.getSVGElement(id + "-svg", false, new ViewBox(0, 0, width, height),
                PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
        if (!svg.startsWith("<svg ")) {
            throw new IllegalStateException("JFreeSVG wrote an SVG element this page does not expect: "
                    + svg.substring(0, Math.min(200, svg.length())));
        }
        return "<svg role='img' aria-labelledby='" + id + "-caption' aria-describedby='" + id + "-alternative'"
                + " class='chart' width='" + width + "' height='" + height + "'"
                + JFREESVG_NAMESPACE.matcher(svg.substring("<svg".length())).replaceFirst("");
    }

    /**
     * Returns a coordinate to a hundredth of a unit, which no screen or printer shows, instead of the
     * seventeen digits a double has: the page is a third smaller.
     */
    private static String hundredths(double value) {
        return BigDecimal.valueOf(Math.round(value * 100), 2).stripTrailingZeros().toPlainString();
    }

    /** Opens the group of one mark. */
    private static void beginMark(Graphics2D g2, String series, String key) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("class", MARK_CLASS);
        attributes.put("data-series", series);
        attributes.put("data-key", key);
        g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, attributes);
    }

    private static void endMark(Graphics2D g2) {
        g2.setRenderingHint(SVGHints.KEY_END_GROUP, MARK_CLASS);
    }

    /**
     * The series and keys of the marks of one dataset: series {@code s}'s name is {@code series.get(s)}, and
     * its item {@code i} stands for {@code keys.get(s).get(i)}.
     */
    record Marks(List<String> series, List<List<String>> keys) {

        Marks {
            series = List.copyOf(series);
            keys = keys.stream().map(k -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(k))).toList();
        }

        String series(int s) {
            return series.get(s);
        }

        String key(int s, int item) {
            return keys.get(s).get(item);
        }
    }

    /** Draws one item, inside a mark of the series and key when {@code marked}. */
    private static void drawMarked(Graphics2D g2, boolean marked, String series, String key, Runnable draw) {
        if (marked) {
            beginMark(g2, series, key);
        }
        draw.run();
        if (marked) {
            endMark(g2);
        }
    }

    /** Lines through dated points, each point (not the lines) marked. */
    static class MarkedLines extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private final transient Marks marks;

        MarkedLines(Marks marks) {
            super(true, true);
            this.marks = marks;
        }

        /** {@return the key of the series' item, or null for a point that is not marked} */
        final String key(int series, int item) {
            return marks.key(series, item);
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
                CrosshairState crosshairState, int pass) {
            boolean marked = isItemPass(pass) && getItemShapeVisible(series, item)
                    && !Double.isNaN(dataset.getYValue(series, item));
            drawMarked(g2, marked, marked ? marks.series(series) : null, marked ? marks.key(series, item) : null,
                    () -> super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                            crosshairState, pass));
        }
    }

    /**
     * Steps through dated points, for a figure that holds from one date to the next (a running total): each
     * series is one path, through a corner before each point after the first (at the point's date and the
     * figure before it), and each point, not the corners, is marked. The corners are the items whose key is
     * null.
     */
    static final class MarkedSteps extends MarkedLines {
        private static final long serialVersionUID = 1L;

        MarkedSteps(Marks marks) {
            super(marks);
            setDrawSeriesLineAsPath(true);
            setDrawOutlines(false);
        }

        @Override
        public boolean getItemShapeVisible(int series, int item) {
            return key(series, item) != null && super.getItemShapeVisible(series, item);
        }
    }

    /** Bars at dates, each marked. */
    static final class MarkedDatedBars extends XYBarRenderer {
        private static final long serialVersionUID = 1L;
        private final transient Marks marks;

        MarkedDatedBars(Marks marks) {
            this.marks = marks;
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
                CrosshairState crosshairState, int pass) {
            boolean marked = !Double.isNaN(dataset.getYValue(series, item));
            drawMarked(g2, marked, marked ? marks.series(series) : null, marked ? marks.key(series, item) : null,
                    () -> super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                            crosshairState, pass));
        }
    }

    /** Bars of categories (cohorts), each marked with its category. */
    static final class MarkedBars extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final String series;

        MarkedBars(String series) {
            this.series = series;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
            drawMarked(g2, dataset.getValue(row, column) != null, series, String.valueOf(dataset.getColumnKey(column)),
                    () -> super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass));
        }
    }

    /** A shape at each category (cohort), without lines, each marked with its category. */
    static final class MarkedTicks extends LineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        /** The pass in which LineAndShapeRenderer draws shapes, after the lines' pass 0. */
        private static final int SHAPE_PASS = 1;
        private final String series;

        MarkedTicks(String series) {
            super(false, true);
            this.series = series;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
            drawMarked(g2, pass == SHAPE_PASS && dataset.getValue(row, column) != null, series,
                    String.valueOf(dataset.getColumnKey(column)),
                    () -> super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass));
        }
    }
}
