package dev.avalanche.charts.internal;

import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantResult;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;

/**
 * The four pictures of one variant over time, each coloured by metric ({@link Palette}): the
 * avalanche of requests, latency against the users' patience, workers and backlog against the
 * capacity, and the third party's slowdown that caused it all. Same time axis on all four.
 */
public final class TimelineCharts {

    /** Capacity lines are drawn when the capacity is at most this many times the largest value plotted. */
    static final double CAPACITY_ON_SCALE = 3;

    private TimelineCharts() {
    }

    /** Intents, requests sent (refreshes included), completed, goodput and rejected, per second. */
    public static JFreeChart avalanche(String run, VariantResult v) {
        XYPlot plot = Plots.plot(time(v), Plots.axis("requests per second"), avalancheLines(v.timeline(), scale(v)));
        return Plots.chart("Requests per second: " + v.name(), subtitle(run, v), plot, true);
    }

    /** Median and 99th percentile latency per interval, with the users' median patience when known. */
    public static JFreeChart latency(String run, VariantResult v, OptionalDouble patienceMedian) {
        TimeScale scale = scale(v);
        List<Plots.Line> lines = new ArrayList<>();
        add(lines, Columns.sampled(v.timeline(), "latency.p50", "median (p50) latency", scale), Palette.P50, Palette.SOLID);
        add(lines, Columns.sampled(v.timeline(), "latency.p99", "p99 latency", scale), Palette.P99, Palette.SOLID);
        XYPlot plot = Plots.plot(time(v), Plots.axis("latency of completed requests (s)"), lines);
        patience(plot, patienceMedian);
        return Plots.chart("Latency: " + v.name(), subtitle(run, v), plot, true);
    }

    /** Busy workers and the backlog (time-weighted means per interval) against the worker capacity. */
    public static JFreeChart capacity(String run, VariantResult v) {
        TimeScale scale = scale(v);
        List<Plots.Line> lines = new ArrayList<>();
        add(lines, Columns.level(v.timeline(), "busyWorkers", "busy workers", scale), Palette.BUSY, Palette.SOLID);
        add(lines, Columns.level(v.timeline(), "backlog", "backlog (connections waiting to be accepted)", scale),
                Palette.BACKLOG, Palette.SOLID);
        XYPlot plot = Plots.plot(time(v), Plots.axis("requests held (mean per interval)"), lines);
        String note = capacity(plot, v, Palette.REFERENCE, "");
        return Plots.chart("Busy workers and backlog: " + v.name(), join(subtitle(run, v), note), plot, true);
    }

    /**
     * How many times slower than normal the (slowest) third party answered, over time; titled for
     * the whole run when {@code forAllVariants} (they all saw the same slowdown), else for {@code v}.
     */
    public static JFreeChart cause(String run, VariantResult v, boolean forAllVariants) {
        List<Plots.Line> lines = new ArrayList<>();
        add(lines, Columns.sampled(v.timeline(), "thirdPartyFactor", "third-party latency factor", scale(v)),
                Palette.FACTOR, Palette.SOLID);
        XYPlot plot = Plots.plot(time(v), Plots.axis("third-party latency (x normal)"), lines);
        Plots.reference(plot, 1, "normal (x1)", Palette.REFERENCE, Palette.REFERENCE_LINE);
        return forAllVariants
                ? Plots.chart("Third-party slowdown", run, plot, true)
                : Plots.chart("Third-party slowdown: " + v.name(), subtitle(run, v), plot, true);
    }

    static List<Plots.Line> avalancheLines(Timeline t, TimeScale scale) {
        List<Plots.Line> lines = new ArrayList<>();
        add(lines, Columns.rate(t, "intents", "intents (users wanting a page)", scale), Palette.INTENTS, Palette.SOLID);
        add(lines, Columns.rate(t, "sent", "sent (intents + refreshes)", scale), Palette.SENT, Palette.SOLID);
        add(lines, Columns.rate(t, "completed", "completed by a worker", scale), Palette.COMPLETED, Palette.SOLID);
        add(lines, Columns.rate(t, "goodput", "goodput (received by a waiting user)", scale), Palette.GOODPUT, Palette.SOLID);
        add(lines, Columns.rate(t, "rejected", "rejected", scale), Palette.REJECTED, Palette.SOLID);
        return lines;
    }

    /** The users' median patience as a reference line, when the caller knows it. */
    static void patience(XYPlot plot, OptionalDouble patienceMedian) {
        if (patienceMedian.isPresent()) {
            Plots.reference(plot, patienceMedian.getAsDouble(),
                    "users' median patience " + Describe.number(patienceMedian.getAsDouble()) + " s", Palette.REFERENCE,
                    Palette.REFERENCE_LINE);
        }
    }

    /**
     * Draws {@code v}'s capacity as a reference line when it is on the plot's scale; otherwise
     * returns a note saying why there is none ("" when the line was drawn).
     */
    static String capacity(XYPlot plot, VariantResult v, Color colour, String prefix) {
        if (v.capacity().isEmpty()) {
            return prefix + "no worker limit (unbounded)";
        }
        long cap = v.capacity().getAsLong();
        double max = Plots.dataMax(plot);
        if (cap > CAPACITY_ON_SCALE * Math.max(max, 1)) {
            return prefix + "capacity " + cap + " workers, off the scale";
        }
        Plots.reference(plot, cap, prefix + "capacity " + cap + " workers", colour, Palette.REFERENCE_LINE);
        return "";
    }

    static void add(List<Plots.Line> lines, Optional<XYSeries> series, Color colour, java.awt.Stroke stroke) {
        series.ifPresent(s -> lines.add(new Plots.Line(s, colour, stroke)));
    }

    static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "  ·  " + b;
    }

    private static String subtitle(String run, VariantResult v) {
        return run + "  ·  " + Describe.outcome(v);
    }

    private static TimeScale scale(VariantResult v) {
        return TimeScale.forLength(TimeScale.end(v.timeline()));
    }

    private static org.jfree.chart.axis.NumberAxis time(VariantResult v) {
        return Plots.timeAxis(scale(v), TimeScale.end(v.timeline()));
    }
}
