package dev.avalanche.charts.internal;

import dev.avalanche.charts.ChartOptions;
import dev.avalanche.models.result.Percentiles;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantResult;
import java.awt.BasicStroke;
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
 * capacity, and the third party's slowdown that caused it all. Same time axis on all four, with
 * the warm-up and the slowdown shaded behind the lines ({@link Backdrop}).
 */
public final class TimelineCharts {

    /** Capacity lines are drawn when the capacity is at most this many times the largest value plotted. */
    static final double CAPACITY_ON_SCALE = 3;
    /** Lines that a second one may cover exactly (intents under sent, completed under goodput) are this wide, underneath. */
    private static final BasicStroke UNDER = new BasicStroke(4.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private TimelineCharts() {
    }

    /** Intents, requests sent (refreshes included), completed, goodput and, when there were any, rejected, per second. */
    public static JFreeChart avalanche(String run, VariantResult v, ChartOptions opts) {
        XYPlot plot = Plots.plot(time(v), Plots.axis("requests per second"), avalancheLines(v.timeline(), scale(v)));
        return finish("Requests per second: " + v.name(), subtitle(run, v), plot, v, opts);
    }

    public static JFreeChart avalanche(String run, VariantResult v) {
        return avalanche(run, v, ChartOptions.defaults());
    }

    /**
     * The chosen latency percentiles per interval (from each interval's distribution when the
     * timeline kept them, else its p50 and p99 columns), with the users' median patience when known.
     */
    public static JFreeChart latency(String run, VariantResult v, ChartOptions opts) {
        TimeScale scale = scale(v);
        List<Plots.Line> lines = new ArrayList<>();
        List<Double> ps = v.timeline().hasLatencies() ? opts.percentiles().values() : List.of(50.0, 99.0);
        List<Optional<XYSeries>> series = Columns.percentiles(v.timeline(), ps,
                ps.stream().map(p -> Percentiles.label(p) + " latency").toList(), scale);
        for (int k = 0; k < ps.size(); k++) {
            // Lower percentiles wider underneath: where the distribution is narrow they coincide.
            add(lines, series.get(k),
                    ps.size() == 2 ? (k == 0 ? Palette.P50 : Palette.P99) : Palette.percentile(k),
                    Palette.variantStroke(k, ps.size(), false));
        }
        XYPlot plot = Plots.plot(time(v), Plots.axis("latency of completed requests (s)"), lines);
        patience(plot, opts.patienceMedianSeconds());
        return finish("Latency: " + v.name(), subtitle(run, v), plot, v, opts);
    }

    public static JFreeChart latency(String run, VariantResult v, OptionalDouble patienceMedian) {
        ChartOptions opts = ChartOptions.defaults();
        return latency(run, v, patienceMedian.isPresent() ? opts.withPatienceMedian(patienceMedian.getAsDouble()) : opts);
    }

    /** Busy workers and the backlog (time-weighted means per interval) against the worker capacity. */
    public static JFreeChart capacity(String run, VariantResult v, ChartOptions opts) {
        TimeScale scale = scale(v);
        List<Plots.Line> lines = new ArrayList<>();
        add(lines, Columns.level(v.timeline(), "busyWorkers", "busy workers", scale), Palette.BUSY, Palette.SOLID);
        add(lines, Columns.level(v.timeline(), "backlog", "backlog (connections waiting to be accepted)", scale),
                Palette.BACKLOG, Palette.SOLID);
        XYPlot plot = Plots.plot(time(v), Plots.axis("requests held (mean per interval)"), lines);
        String note = capacity(plot, v, Palette.REFERENCE, "");
        return finish("Busy workers and backlog: " + v.name(), join(subtitle(run, v), note), plot, v, opts);
    }

    public static JFreeChart capacity(String run, VariantResult v) {
        return capacity(run, v, ChartOptions.defaults());
    }

    /**
     * How many times slower than normal the (slowest) third party answered, over time; titled for
     * the whole run when {@code forAllVariants} (they all saw the same slowdown), else for {@code v}.
     */
    public static JFreeChart cause(String run, VariantResult v, boolean forAllVariants, ChartOptions opts) {
        List<Plots.Line> lines = new ArrayList<>();
        add(lines, Columns.sampled(v.timeline(), Causes.COLUMN, "third-party latency factor", scale(v)),
                Palette.FACTOR, Palette.SOLID);
        XYPlot plot = Plots.plot(time(v), Plots.axis("third-party latency (x normal)"), lines);
        Plots.reference(plot, 1, "normal (x1)", Palette.REFERENCE, Palette.REFERENCE_LINE);
        return forAllVariants
                ? finish("Third-party slowdown", run, plot, v, opts)
                : finish("Third-party slowdown: " + v.name(), subtitle(run, v), plot, v, opts);
    }

    public static JFreeChart cause(String run, VariantResult v, boolean forAllVariants) {
        return cause(run, v, forAllVariants, ChartOptions.defaults());
    }

    /**
     * The avalanche's lines: intents and completed drawn wide underneath, so that sent (equal to
     * intents without refreshes) and goodput (equal to completed without orphans) do not hide them;
     * rejected only when some were.
     */
    static List<Plots.Line> avalancheLines(Timeline t, TimeScale scale) {
        List<Plots.Line> lines = new ArrayList<>();
        add(lines, Columns.rate(t, "intents", "intents (users wanting a page)", scale), Palette.INTENTS, UNDER);
        add(lines, Columns.rate(t, "completed", "completed by a worker", scale), Palette.COMPLETED, UNDER);
        add(lines, Columns.rate(t, "sent", "sent (intents + refreshes)", scale), Palette.SENT, Palette.SOLID);
        add(lines, Columns.rate(t, "goodput", "goodput (received by a waiting user)", scale), Palette.GOODPUT, Palette.SOLID);
        if (t.columns().containsKey("rejected") && java.util.Arrays.stream(t.column("rejected")).anyMatch(x -> x > 0)) {
            add(lines, Columns.rate(t, "rejected", "rejected", scale), Palette.REJECTED, Palette.SOLID);
        }
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

    /** The chart around {@code plot}, with {@code v}'s warm-up and slowdown shaded and named in the legend. */
    private static JFreeChart finish(String title, String subtitle, XYPlot plot, VariantResult v, ChartOptions opts) {
        Backdrop backdrop = Backdrop.of(v.timeline(), opts.warmupSeconds());
        backdrop.draw(plot, scale(v));
        Plots.addLegendItems(plot, backdrop.legend());
        return Plots.chart(title, subtitle, plot, true);
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
