package dev.avalanche.charts.internal;

import dev.avalanche.models.result.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * What every time chart shows behind its lines: the warm-up, whose requests the figures leave out,
 * and the spans in which the third party answered slower than normal, each a light shaded span
 * named in the legend.
 *
 * @param slowdowns the spans, in seconds since the start, in which the third-party factor was above 1
 * @param warmupSeconds the warm-up; empty when unknown or zero
 */
public record Backdrop(List<Span> slowdowns, OptionalDouble warmupSeconds) {

    /** A span of time in seconds since the start. */
    public record Span(double from, double to) {
    }

    public static final String SLOWDOWN_LABEL = "third party slowed down";
    public static final String WARMUP_LABEL = "warm-up (not counted)";

    public Backdrop {
        slowdowns = List.copyOf(slowdowns);
        warmupSeconds = warmupSeconds.isPresent() && warmupSeconds.getAsDouble() > 0 ? warmupSeconds : OptionalDouble.empty();
    }

    /** The backdrop of {@code t}: its slowdowns from the {@code thirdPartyFactor} column (none without it). */
    public static Backdrop of(Timeline t, OptionalDouble warmupSeconds) {
        List<Span> spans = new ArrayList<>();
        if (t.columns().containsKey(Causes.COLUMN)) {
            double[] f = t.column(Causes.COLUMN);
            double[] starts = t.starts();
            int from = -1;
            for (int i = 0; i <= f.length; i++) {
                boolean slow = i < f.length && f[i] > 1 + 1e-9;
                if (slow && from < 0) {
                    from = i;
                } else if (!slow && from >= 0) {
                    spans.add(new Span(starts[from], starts[i - 1] + t.intervalSeconds()));
                    from = -1;
                }
            }
        }
        return new Backdrop(spans, warmupSeconds);
    }

    /** Shades the spans on {@code plot}, behind its lines, in {@code scale}'s unit. */
    public void draw(XYPlot plot, TimeScale scale) {
        warmupSeconds.ifPresent(w -> plot.addDomainMarker(marker(0, scale.of(w), Palette.WARMUP), Layer.BACKGROUND));
        for (Span s : slowdowns) {
            plot.addDomainMarker(marker(scale.of(s.from()), scale.of(s.to()), Palette.SLOWDOWN), Layer.BACKGROUND);
        }
    }

    /** The legend entries of what {@link #draw} shades (none when there is nothing). */
    public List<LegendItem> legend() {
        List<LegendItem> items = new ArrayList<>();
        if (warmupSeconds.isPresent()) {
            items.add(Plots.legendBox(WARMUP_LABEL, Palette.WARMUP));
        }
        if (!slowdowns.isEmpty()) {
            items.add(Plots.legendBox(SLOWDOWN_LABEL, Palette.SLOWDOWN));
        }
        return items;
    }

    private static IntervalMarker marker(double from, double to, java.awt.Color colour) {
        IntervalMarker m = new IntervalMarker(from, to, colour);
        m.setOutlinePaint(null);
        return m;
    }
}
