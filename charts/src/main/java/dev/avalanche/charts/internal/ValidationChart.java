package dev.avalanche.charts.internal;

import dev.avalanche.models.validation.Comparison;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LevelRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * How far each measured figure was from its prediction: one horizontal bar per figure and
 * variant (the variant's colour, {@link Palette#variant}), the relative tolerance as a tick across
 * the figure's row (its words on the row's label), and a label with the error and ok or FAIL (the
 * verdict of the {@link Comparison}, which for counts also allows an absolute difference).
 */
public final class ValidationChart {

    /**
     * Errors are drawn up to this many times the largest relative tolerance; a longer bar is cut
     * there and its label gives the value, so that one wild figure does not squash the others
     * against their ticks.
     */
    static final double CAP_TOLERANCES = 3;
    /** The cap, in percent, when no tolerance has a relative part. */
    static final double CAP_PERCENT = 100;
    /** The series key of the tolerance ticks. */
    static final String TOLERANCE = "tolerance";

    private static final Color FAIL = new Color(0xC62828);

    private ValidationChart() {
    }

    /**
     * The errors of {@code comparisons}, one per variant.
     *
     * @throws IllegalArgumentException when there is none or two name the same variant
     */
    public static JFreeChart validation(List<Comparison> comparisons) {
        return validation(comparisons, "");
    }

    /**
     * As {@link #validation(List)}, with {@code verdict} (e.g. "INCONCLUSIVE: the host was busy")
     * leading the subtitle when it is not empty.
     */
    public static JFreeChart validation(List<Comparison> comparisons, String verdict) {
        Set<String> seen = new HashSet<>();
        for (Comparison c : comparisons) {
            if (!seen.add(c.variant())) {
                throw new IllegalArgumentException("validation chart comparisons: got variant \"" + c.variant()
                        + "\" twice; allowed: one comparison per variant");
            }
        }
        if (comparisons.isEmpty()) {
            throw new IllegalArgumentException("validation chart comparisons: got none; allowed: at least one variant");
        }
        DefaultCategoryDataset errors = new DefaultCategoryDataset();
        DefaultCategoryDataset tolerances = new DefaultCategoryDataset();
        long rows = 0;
        long passed = 0;
        boolean cut = false;
        double cap = cap(comparisons);
        for (Comparison c : comparisons) {
            for (Comparison.Row r : c.rows()) {
                double e = r.relativeError() * 100;
                errors.addValue(Double.isNaN(e) ? null : Math.min(e, cap), c.variant(), category(r));
                tolerances.addValue(r.relativeTolerance() * 100, TOLERANCE, category(r));
                rows++;
                passed += r.pass() ? 1 : 0;
                cut |= e > cap;
            }
        }
        Comparison.Row[][] byIndex = new Comparison.Row[errors.getRowCount()][errors.getColumnCount()];
        for (Comparison c : comparisons) {
            for (Comparison.Row r : c.rows()) {
                byIndex[errors.getRowIndex(c.variant())][errors.getColumnIndex(category(r))] = r;
            }
        }
        BarRenderer bars = new Labelled(byIndex);
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.05);
        for (int i = 0; i < comparisons.size(); i++) {
            bars.setSeriesPaint(i, Palette.variant(i));
        }
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(Plots.MARKER);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset data, int series, int figure) {
                return byIndex[series][figure] == null ? null : label(byIndex[series][figure]);
            }
        });
        LevelRenderer ticks = new LevelRenderer();
        ticks.setSeriesPaint(0, Palette.REFERENCE);
        ticks.setSeriesStroke(0, Palette.THIN);
        ticks.setItemMargin(0);
        ticks.setMaximumItemWidth(1);
        CategoryAxis figures = new CategoryAxis(null);
        figures.setLabelFont(Plots.AXIS_LABEL);
        figures.setTickLabelFont(Plots.TICK);
        NumberAxis percent = Plots.axis("relative error |measured - predicted| / |predicted| (%)");
        percent.setUpperMargin(0.3);
        CategoryPlot plot = new CategoryPlot(errors, figures, percent, bars);
        plot.setDataset(1, tolerances);
        plot.setRenderer(1, ticks);
        // The ticks first, under the bars and their labels.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setOutlinePaint(Palette.GRID);
        String subtitle = (verdict.isEmpty() ? "" : verdict + ". ") + passed + " of " + rows + " figures within tolerance (tick: the relative tolerance)"
                + (cut ? "; bars beyond " + Describe.number(cap) + "% are cut, their label gives the error" : "");
        return Plots.chart("Predicted vs measured: relative error", subtitle, plot, true);
    }

    /** Where bars are cut, in percent: {@link #CAP_TOLERANCES} times the largest relative tolerance. */
    static double cap(List<Comparison> comparisons) {
        return comparisons.stream().flatMap(c -> c.rows().stream())
                .mapToDouble(r -> r.relativeTolerance() * 100 * CAP_TOLERANCES)
                .filter(t -> t > 0).max().orElse(CAP_PERCENT);
    }

    /**
     * "latency p99 s, tolerance 20%": a figure's row states its tolerance, so variants compared
     * under different tolerances get a row each.
     */
    static String category(Comparison.Row r) {
        return r.figure() + ", tolerance " + r.tolerance();
    }

    /** "12.3% FAIL", "0.5% ok", "predicted 0 FAIL". */
    static String label(Comparison.Row r) {
        String e = Double.isNaN(r.relativeError()) ? "-"
                : Double.isInfinite(r.relativeError()) ? "predicted 0" : Describe.number(r.relativeError() * 100) + "%";
        return e + " " + (r.pass() ? "ok" : "FAIL");
    }

    /** Bars whose label is red and bold when the figure failed. */
    private static final class Labelled extends BarRenderer {

        private static final Font BOLD = Plots.MARKER.deriveFont(Font.BOLD);
        /** The rows by the dataset's indices: [variant][figure], null where a variant lacks a figure. */
        private final transient Comparison.Row[][] rows;

        Labelled(Comparison.Row[][] rows) {
            this.rows = rows;
        }

        private boolean failed(int series, int figure) {
            return rows[series][figure] != null && !rows[series][figure].pass();
        }

        @Override
        public Paint getItemLabelPaint(int series, int figure) {
            return failed(series, figure) ? FAIL : new Color(0x333333);
        }

        @Override
        public Font getItemLabelFont(int series, int figure) {
            return failed(series, figure) ? BOLD : Plots.MARKER;
        }
    }
}
