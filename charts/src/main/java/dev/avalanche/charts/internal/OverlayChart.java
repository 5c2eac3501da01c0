package dev.avalanche.charts.internal;

import dev.avalanche.charts.ChartOptions;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantResult;
import java.awt.Color;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;

/**
 * One variant as the simulator predicted it and as it was measured live: three stacked panels on
 * one time axis (requests per second, latency, workers and backlog). A metric keeps its colour
 * ({@link Palette}); the source sets the stroke, the simulation solid and the live run dashed on
 * top of it, so where they agree the dashes lie on the solid line.
 */
public final class OverlayChart {

    /** At most this many points per rate or level line: about one per 10 pixels of a 1200-pixel-wide chart. */
    static final int POINTS = 100;
    private static final List<Integer> ROUND_GROUPS = List.of(1, 2, 3, 5, 10, 15, 20, 30, 60);

    /** The series key of {@code metric} from {@code source}: "simulation goodput", "live p99". */
    static String key(String source, String metric) {
        return source + " " + metric;
    }

    private OverlayChart() {
    }

    /**
     * The overlay of {@code pair}; the users' median patience is drawn on the latency panel when known.
     *
     * @param liveComplete false when the live run was interrupted (said in the subtitle)
     */
    public static JFreeChart overlay(String scenario, OverlayPairs.Pair pair, boolean liveComplete,
            OptionalDouble patienceMedian) {
        ChartOptions opts = ChartOptions.defaults();
        return overlay(scenario, pair, liveComplete, patienceMedian.isPresent() ? opts.withPatienceMedian(patienceMedian.getAsDouble())
                : opts);
    }

    /** As {@link #overlay(String, OverlayPairs.Pair, boolean, OptionalDouble)}, with the warm-up and the slowdown shaded. */
    public static JFreeChart overlay(String scenario, OverlayPairs.Pair pair, boolean liveComplete, ChartOptions opts) {
        OptionalDouble patienceMedian = opts.patienceMedianSeconds();
        VariantResult sim = pair.simulated();
        VariantResult live = pair.live();
        double end = Math.max(TimeScale.end(sim.timeline()), TimeScale.end(live.timeline()));
        TimeScale scale = TimeScale.forLength(end);
        List<Plots.Line> requests = new ArrayList<>();
        List<Plots.Line> latency = new ArrayList<>();
        List<Plots.Line> held = new ArrayList<>();
        List<Source> sources = List.of(new Source(OverlayPairs.SIMULATION, sim.timeline(), Palette.SOLID, end),
                new Source(OverlayPairs.LIVE, live.timeline(), Palette.DASHED, end));
        for (Source s : sources) {
            s.add(requests, Columns.rate(s.timeline, "completed", key(s.name, "completed"), scale, s.group), Palette.COMPLETED);
            s.add(requests, Columns.rate(s.timeline, "goodput", key(s.name, "goodput"), scale, s.group), Palette.GOODPUT);
            s.add(latency, Columns.sampled(s.timeline, "latency.p50", key(s.name, "p50"), scale), Palette.P50);
            s.add(latency, Columns.sampled(s.timeline, "latency.p99", key(s.name, "p99"), scale), Palette.P99);
            s.add(held, Columns.level(s.timeline, "backlog", key(s.name, "backlog"), scale, s.group), Palette.BACKLOG);
            s.add(held, Columns.level(s.timeline, "busyWorkers", key(s.name, "busy"), scale, s.group), Palette.BUSY);
        }
        String means = means(sources);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(Plots.timeAxis(scale, end));
        combined.setGap(10);
        combined.add(Plots.panel(Plots.axis("req/s"), requests, "requests per second" + means
                + ": completed by a worker, goodput (received by a waiting user)"), 3);
        // Percentiles cannot be averaged: one per interval, as recorded, even when the other panels merge intervals.
        XYPlot lat = Plots.panel(Plots.axis("seconds"), latency, "latency of completed requests"
                + (means.isEmpty() ? "" : ", per interval") + ": p50, p99");
        TimelineCharts.patience(lat, patienceMedian);
        combined.add(lat, 3);
        XYPlot busy = Plots.panel(Plots.axis("requests"), held, "busy workers, backlog (connections waiting)" + means);
        String note = TimelineCharts.capacity(busy, sim, Palette.REFERENCE, "");
        combined.add(busy, 3);
        Backdrop backdrop = Backdrop.of(sim.timeline(), opts.warmupSeconds());
        for (XYPlot p : List.of(combined.getSubplots().toArray(XYPlot[]::new))) {
            backdrop.draw(p, scale);
        }
        LegendItemCollection legend = legend(patienceMedian.isPresent(), note.isEmpty());
        backdrop.legend().forEach(legend::add);
        combined.setFixedLegendItems(legend);
        String subtitle = scenario + "  ·  simulation: " + Describe.outcome(sim) + "  ·  live: " + Describe.outcome(live)
                + (liveComplete ? "" : " (interrupted: partial figures)");
        return Plots.chart("Simulation vs live: " + sim.name(), TimelineCharts.join(subtitle, note), combined, true);
    }

    private static LegendItemCollection legend(boolean patience, boolean capacity) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(Plots.legendLine("completed", Palette.COMPLETED, Palette.SWATCH));
        items.add(Plots.legendLine("goodput", Palette.GOODPUT, Palette.SWATCH));
        items.add(Plots.legendLine("p50", Palette.P50, Palette.SWATCH));
        items.add(Plots.legendLine("p99", Palette.P99, Palette.SWATCH));
        items.add(Plots.legendLine("busy", Palette.BUSY, Palette.SWATCH));
        items.add(Plots.legendLine("backlog", Palette.BACKLOG, Palette.SWATCH));
        Color grey = new Color(0x555555);
        items.add(Plots.legendLine(OverlayPairs.SIMULATION, grey, Palette.SOLID));
        items.add(Plots.legendLine(OverlayPairs.LIVE, grey, Palette.DASHED));
        if (patience || capacity) {
            items.add(Plots.legendLine(patience && capacity ? "patience, capacity" : patience ? "patience" : "capacity",
                    Palette.REFERENCE, Palette.REFERENCE_LINE));
        }
        return items;
    }

    /**
     * The first of 1, 2, 3, 5, 10, 15, 20, 30, 60 (then multiples of 60) at least {@code group}, so
     * that with the usual 1-second intervals the captions say "means over 20 s", not 18.
     */
    static int roundGroup(int group) {
        for (int g : ROUND_GROUPS) {
            if (g >= group) {
                return g;
            }
        }
        return (group + 59) / 60 * 60;
    }

    /** ", means over 3 s" when intervals are merged (", means over 3 s simulation, 2 s live" if they differ); else "". */
    private static String means(List<Source> sources) {
        List<String> widths = sources.stream().map(s -> Describe.number(s.group * s.timeline.intervalSeconds()) + " s").toList();
        if (sources.stream().allMatch(s -> s.group == 1)) {
            return "";
        }
        if (widths.stream().distinct().count() == 1) {
            return ", means over " + widths.getFirst();
        }
        return ", means over " + widths.get(0) + " " + sources.get(0).name + ", " + widths.get(1) + " " + sources.get(1).name;
    }

    /**
     * Where the lines come from and how that is drawn.
     *
     * @param group how many of its intervals one point of a rate or level merges, so that the run's
     *     first {@code endSeconds} give at most {@link #POINTS} points: the two sources are compared
     *     for their trend, which per-interval noise in two lines of each colour would hide
     */
    private record Source(String name, Timeline timeline, Stroke stroke, int group) {

        Source(String name, Timeline timeline, Stroke stroke, double endSeconds) {
            this(name, timeline, stroke,
                    roundGroup(Columns.groupSize((int) Math.ceil(endSeconds / timeline.intervalSeconds()), POINTS)));
        }

        void add(List<Plots.Line> lines, Optional<XYSeries> series, Color colour) {
            TimelineCharts.add(lines, series, colour, stroke);
        }
    }
}
