package dev.avalanche.charts.internal;

import dev.avalanche.charts.ChartOptions;
import dev.avalanche.engine.stats.LatencyDistribution;
import dev.avalanche.models.result.Percentiles;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantResult;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;

/**
 * The latency distribution of a run as HdrHistogram plots it: latency against percentile, the
 * horizontal axis in 1/(1 - percentile) on a log scale, so that 90%, 99%, 99.9% ... are equally
 * spaced and the tail gets the room it deserves. One line per variant (colour, width and marker as
 * in the comparison of variants), the chosen percentiles marked.
 */
public final class DistributionChart {

    private DistributionChart() {
    }

    /** Every variant of {@code run} that measured a latency. */
    public static JFreeChart distribution(RunResult run, ChartOptions opts) {
        List<Plots.Line> lines = new ArrayList<>();
        int n = run.variants().size();
        for (int i = 0; i < n; i++) {
            VariantResult v = run.variants().get(i).result();
            lines.add(new Plots.Line(spectrum(v.latency().distribution(), v.name()), Palette.variant(i),
                    Palette.variantStroke(i, n, false)).withMarker(Palette.shape(i), i, n));
        }
        return chart("Latency distribution", Describe.run(run), lines, opts);
    }

    /** Each variant simulated (solid) and measured live (dashed, on top), matched by name. */
    public static JFreeChart overlay(RunResult simulated, RunResult live, List<OverlayPairs.Pair> pairs, ChartOptions opts) {
        List<Plots.Line> lines = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            OverlayPairs.Pair p = pairs.get(i);
            lines.add(new Plots.Line(spectrum(p.simulated().latency().distribution(), p.simulated().name() + " "
                    + OverlayPairs.SIMULATION), Palette.variant(i), Palette.variantStroke(i, pairs.size(), false))
                    .withMarker(Palette.shape(i), i, pairs.size()));
            lines.add(new Plots.Line(spectrum(p.live().latency().distribution(), p.live().name() + " " + OverlayPairs.LIVE),
                    Palette.variant(i), Palette.DASHED));
        }
        return chart("Latency distribution: simulation vs live", simulated.scenario() + "  ·  simulation solid, live dashed",
                lines, opts);
    }

    /**
     * The percentile spectrum of {@code d}: each bucket's value (clamped into the exact min and max,
     * as the summary reports it) from the rank where it starts to the rank where it ends, in
     * 1/(1 - q), starting from the min at rank 0; the last bucket ends at q = 1 - 1/count, the
     * finest rank the count resolves.
     */
    static XYSeries spectrum(LatencyDistribution d, String key) {
        XYSeries s = new XYSeries(key, false, true);
        long total = d.count();
        long cumulative = 0;
        for (int i = 0; i < d.buckets(); i++) {
            double value = Math.clamp(d.bucketNanos(i) / 1e9, d.min(), d.max());
            // Rank 0 is the exact min, as percentile(0) reports it.
            s.add(1 / (1 - (double) cumulative / total), i == 0 ? d.min() : value);
            cumulative += d.bucketCount(i);
            s.add(cumulative == total ? total : 1 / (1 - (double) cumulative / total), value);
        }
        return s;
    }

    private static JFreeChart chart(String title, String subtitle, List<Plots.Line> lines, ChartOptions opts) {
        double right = 10;
        for (Plots.Line l : lines) {
            if (l.series().getItemCount() > 0) {
                right = Math.max(right, l.series().getMaxX());
            }
        }
        LogAxis x = new PlainLogAxis("percentile (log scale of 1 / (1 - percentile))");
        x.setLabelFont(Plots.AXIS_LABEL);
        x.setTickLabelFont(Plots.TICK);
        x.setBase(10);
        x.setSmallestValue(1);
        x.setAutoTickUnitSelection(false);
        x.setTickUnit(new NumberTickUnit(1));
        x.setNumberFormatOverride(new PercentileFormat());
        x.setRange(1, Math.pow(10, Math.ceil(Math.log10(right))));
        XYPlot plot = Plots.plot(x, Plots.axis("latency (s)"), lines);
        for (double p : opts.percentiles().values()) {
            ValueMarker m = new ValueMarker(1 / (1 - p / 100), Palette.GRID.darker(), Palette.DOTTED);
            m.setLabel(Percentiles.label(p));
            m.setLabelFont(Plots.MARKER);
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            m.setLabelBackgroundColor(new java.awt.Color(255, 255, 255, 0));
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
        TimelineCharts.patience(plot, opts.patienceMedianSeconds());
        return Plots.chart(title, subtitle + "  ·  latency at each percentile, the tail to the right (as HdrHistogram plots it)",
                plot, true);
    }

    /** Tick labels of the 1/(1 - q) axis as percentiles: 1 is 0%, 10 is 90%, 1000 is 99.9%. */
    static final class PercentileFormat extends NumberFormat {

        @Override
        public StringBuffer format(double x, StringBuffer to, FieldPosition pos) {
            double q = 100 * (1 - 1 / x);
            return to.append(new BigDecimal(q).round(new MathContext(Math.max(1, (int) Math.ceil(Math.log10(x)) + 1)))
                    .stripTrailingZeros().toPlainString()).append('%');
        }

        @Override
        public StringBuffer format(long x, StringBuffer to, FieldPosition pos) {
            return format((double) x, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("tick labels are not parsed");
        }
    }
}
