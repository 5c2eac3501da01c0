package dev.avalanche.charts.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The common look of every chart: white, antialiased, light grid, legend at the bottom, readable fonts. */
public final class Plots {

    static {
        Headless.ensure();
    }

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font MARKER = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    /** The share of a panel's value range left free above the data for its caption (a line of text in ~150 pixels). */
    static final double CAPTION_HEADROOM = 0.18;

    /**
     * One line of a plot: a series, its colour and its stroke, and optionally a marker shape on
     * about {@link #MARKERS_PER_LINE} of its points, at slot {@code markerSlot} of
     * {@code markerSlots} between them, so that the markers of lines lying on each other (one slot
     * per variant) fall on different points and show which lines are there.
     */
    public record Line(XYSeries series, Paint paint, Stroke stroke, Shape marker, int markerSlot, int markerSlots) {

        public Line(XYSeries series, Paint paint, Stroke stroke) {
            this(series, paint, stroke, null, 0, 1);
        }

        /** This line with {@code shape} on some of its points, in slot {@code slot} of {@code slots}. */
        public Line withMarker(Shape shape, int slot, int slots) {
            return new Line(series, paint, stroke, shape, slot, Math.max(1, slots));
        }

        /** Whether point {@code item} carries the marker. */
        boolean marked(int item) {
            if (marker == null) {
                return false;
            }
            int every = Math.max(markerSlots, series.getItemCount() / MARKERS_PER_LINE / markerSlots * markerSlots);
            return item % every == markerSlot * (every / markerSlots);
        }
    }

    /** How many markers a marked line shows at most: enough to tell it, few enough not to hide it. */
    static final int MARKERS_PER_LINE = 14;

    private Plots() {
    }

    /** The shared time axis, from 0 to {@code endSeconds}, in {@code scale}'s unit. */
    public static NumberAxis timeAxis(TimeScale scale, double endSeconds) {
        NumberAxis axis = axis(scale.label());
        axis.setRange(0, Math.max(scale.of(endSeconds), 1e-9));
        return axis;
    }

    /** A value axis labelled {@code label} (with its unit), including zero. */
    public static NumberAxis axis(String label) {
        NumberAxis axis = new ReadableAxis(label);
        axis.setLabelFont(AXIS_LABEL);
        axis.setTickLabelFont(TICK);
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    /** A plot of {@code lines} against {@code domain} (null inside a combined plot, which owns the shared axis). */
    public static XYPlot plot(ValueAxis domain, NumberAxis range, List<Line> lines) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<Line> drawn = List.copyOf(lines);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false) {
            @Override
            public boolean getItemShapeVisible(int series, int item) {
                return drawn.get(series).marked(item);
            }
        };
        for (int i = 0; i < drawn.size(); i++) {
            Line l = drawn.get(i);
            data.addSeries(l.series());
            renderer.setSeriesPaint(i, l.paint());
            renderer.setSeriesStroke(i, l.stroke());
            if (l.marker() != null) {
                renderer.setSeriesShape(i, l.marker());
                renderer.setSeriesShapesFilled(i, false);
                renderer.setUseOutlinePaint(false);
            }
        }
        renderer.setDefaultLegendTextFont(LEGEND);
        // Each line one path rather than a segment per pair of points: a time series has
        // thousands, and one stroke (one SVG element) per line draws them several times faster;
        // a gap (NaN) still breaks the line.
        renderer.setDrawSeriesLineAsPath(true);
        XYPlot plot = new XYPlot(data, domain, range, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setOutlinePaint(Palette.GRID);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setNoDataMessage("no data");
        // Later lines on top: the lists put the line that matters most last.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        return plot;
    }

    /**
     * One panel of a stacked chart: {@code lines} against {@code axis}, with {@code caption} in
     * its top-left corner (saying what the panel shows and which stroke is which) on a light box,
     * above the data: the axis leaves {@link #CAPTION_HEADROOM} of its range free at the top.
     */
    public static XYPlot panel(NumberAxis axis, List<Line> lines, String caption) {
        axis.setUpperMargin(CAPTION_HEADROOM);
        XYPlot plot = plot(null, axis, lines);
        TextTitle t = new TextTitle(caption, MARKER);
        t.setPaint(new Color(0x333333));
        t.setBackgroundPaint(new Color(255, 255, 255, 210));
        t.setPadding(new RectangleInsets(1, 4, 1, 4));
        plot.addAnnotation(new XYTitleAnnotation(0.005, 0.99, t, RectangleAnchor.TOP_LEFT));
        return plot;
    }

    /** The chart around {@code plot}: bold title, a grey subtitle when given, legend at the bottom when asked. */
    public static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
        Headless.ensure();
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        if (!subtitle.isBlank()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(new Color(0x555555));
            sub.setPadding(new RectangleInsets(2, 0, 6, 0));
            chart.addSubtitle(sub);
        }
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setPosition(RectangleEdge.BOTTOM);
            l.setItemFont(LEGEND);
            l.setFrame(BlockBorder.NONE);
            l.setHorizontalAlignment(HorizontalAlignment.CENTER);
            l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        }
        return chart;
    }

    /**
     * A horizontal reference line at {@code value}, named {@code label} in the plot's legend (not
     * on the line, where it would cover data); the range axis is widened to show it when the data
     * stay below it.
     */
    public static void reference(XYPlot plot, double value, String label, Paint paint, Stroke stroke) {
        plot.addRangeMarker(new ValueMarker(value, paint, stroke), Layer.FOREGROUND);
        LegendItemCollection items = plot.getFixedLegendItems() != null ? plot.getFixedLegendItems() : plot.getLegendItems();
        items.add(legendLine(label, paint, stroke));
        plot.setFixedLegendItems(items);
        includeInRange(plot, value);
    }

    /** A legend entry drawn as a short line in {@code paint} and {@code stroke}. */
    public static LegendItem legendLine(String label, Paint paint, Stroke stroke) {
        LegendItem item = new LegendItem(label, null, null, null, new Line2D.Double(-14, 0, 14, 0), stroke, paint);
        item.setLabelFont(LEGEND);
        return item;
    }

    /** A legend entry drawn as a short line with {@code marker} on it. */
    public static LegendItem legendLine(String label, Paint paint, Stroke stroke, Shape marker) {
        LegendItem item = new LegendItem(label, null, null, null, true, marker, false, paint, true, paint, Palette.THIN, true,
                new Line2D.Double(-14, 0, 14, 0), stroke, paint);
        item.setLabelFont(LEGEND);
        return item;
    }

    /** A legend entry drawn as a filled box: a shaded span. */
    public static LegendItem legendBox(String label, Paint paint) {
        LegendItem item = new LegendItem(label, null, null, null, new java.awt.geom.Rectangle2D.Double(-8, -6, 16, 12), paint);
        item.setLabelFont(LEGEND);
        return item;
    }

    /** Adds {@code extra} to the legend {@code plot} shows (its own items first). */
    public static void addLegendItems(XYPlot plot, List<LegendItem> extra) {
        if (extra.isEmpty()) {
            return;
        }
        LegendItemCollection items = plot.getFixedLegendItems() != null ? plot.getFixedLegendItems() : plot.getLegendItems();
        extra.forEach(items::add);
        plot.setFixedLegendItems(items);
    }

    /** The largest value any series of the plot reaches (0 when there is none). */
    public static double dataMax(XYPlot plot) {
        Range r = DatasetUtils.findRangeBounds(plot.getDataset(), false);
        return r == null ? 0 : Math.max(0, r.getUpperBound());
    }

    private static void includeInRange(XYPlot plot, double value) {
        double max = dataMax(plot);
        if (value >= max * 0.95) {
            NumberAxis axis = (NumberAxis) plot.getRangeAxis();
            axis.setRange(0, Math.max(value, max) * 1.12);
        }
    }
}
