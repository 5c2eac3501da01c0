package dev.avalanche.charts.internal;

import dev.avalanche.charts.ChartOptions;
import dev.avalanche.models.result.Percentiles;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;

/**
 * Every variant of a run in one picture: stacked panels on one time axis (requests, latency,
 * workers and backlog, the mitigations' shed and short-circuited requests and open breakers when a
 * variant used them, and the third party's slowdown when there was one), each variant in its own
 * colour ({@link Palette#variant}) and marker, the main metric of a panel solid and the second one
 * dashed. Earlier variants are drawn wider, underneath, so that two variants that behave alike
 * show as one band of both colours rather than one hiding the other.
 */
public final class VariantsChart {

    private VariantsChart() {
    }

    /** The comparison of all of {@code run}'s variants; the patience line is drawn when known. */
    public static JFreeChart variants(RunResult run, OptionalDouble patienceMedian) {
        ChartOptions opts = ChartOptions.defaults();
        return variants(run, patienceMedian.isPresent() ? opts.withPatienceMedian(patienceMedian.getAsDouble()) : opts);
    }

    /** The comparison of all of {@code run}'s variants, drawn as {@code opts} says. */
    public static JFreeChart variants(RunResult run, ChartOptions opts) {
        double end = 0;
        for (VariantOutcome o : run.variants()) {
            end = Math.max(end, TimeScale.end(o.result().timeline()));
        }
        TimeScale scale = TimeScale.forLength(end);
        List<Double> ps = opts.percentiles().values();
        double high = ps.getLast();
        double low = ps.getFirst();
        List<Plots.Line> requests = new ArrayList<>();
        List<Plots.Line> latency = new ArrayList<>();
        List<Plots.Line> held = new ArrayList<>();
        int n = run.variants().size();
        for (int i = 0; i < n; i++) {
            VariantResult v = run.variants().get(i).result();
            Line line = new Line(i, n);
            String name = v.name();
            line.add(requests, Columns.rate(v.timeline(), "goodput", name + " goodput", scale), false);
            line.add(requests, Columns.rate(v.timeline(), "sent", name + " sent", scale), true);
            List<Optional<XYSeries>> extremes = Columns.percentiles(v.timeline(), List.of(high, low),
                    List.of(name + " " + Percentiles.label(high), name + " " + Percentiles.label(low)), scale);
            line.add(latency, extremes.getFirst(), false);
            if (low != high) {
                line.add(latency, extremes.getLast(), true);
            }
            line.add(held, Columns.level(v.timeline(), "busyWorkers", name + " busy", scale), false);
            line.add(held, Columns.level(v.timeline(), "backlog", name + " backlog", scale), true);
        }
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(Plots.timeAxis(scale, end));
        combined.setGap(10);
        List<XYPlot> panels = new ArrayList<>();
        panels.add(Plots.panel(Plots.axis("req/s"), requests, "requests per second: goodput solid, sent (with refreshes) dashed"));
        XYPlot lat = Plots.panel(Plots.axis("seconds"), latency, "latency: " + Percentiles.label(high) + " solid"
                + (low != high ? ", " + Percentiles.label(low) + " dashed" : "") + opts.patienceMedianSeconds().stream()
                .mapToObj(p -> "; users' median patience " + Describe.number(p) + " s dash-dot").findFirst().orElse(""));
        TimelineCharts.patience(lat, opts.patienceMedianSeconds());
        panels.add(lat);
        XYPlot busy = Plots.panel(Plots.axis("requests"), held, "busy workers solid, backlog dashed, capacity dash-dot");
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            VariantResult v = run.variants().get(i).result();
            String note = TimelineCharts.capacity(busy, v, Palette.variant(i), v.name() + " ");
            if (!note.isEmpty()) {
                notes.add(note);
            }
        }
        panels.add(busy);
        mitigationPanels(run, scale).forEach(panels::add);
        XYPlot causePanel = Causes.varied(run) ? Plots.panel(Plots.axis("x normal"), cause(run, scale), "third-party latency factor")
                : null;
        if (causePanel != null) {
            panels.add(causePanel);
        }
        Backdrop backdrop = Backdrop.of(run.variants().getFirst().result().timeline(), opts.warmupSeconds());
        for (XYPlot p : panels) {
            backdrop.draw(p, scale);
            combined.add(p, p == causePanel ? 2 : 3);
        }
        LegendItemCollection legend = legend(run, high, low, opts.patienceMedianSeconds().isPresent(),
                busy.getRangeMarkers(Layer.FOREGROUND) != null);
        backdrop.legend().forEach(legend::add);
        combined.setFixedLegendItems(legend);
        String title = "Variants compared: " + String.join(" vs ", run.variants().stream().map(o -> o.result().name()).toList());
        return Plots.chart(title, TimelineCharts.join(Describe.run(run), String.join("; ", notes)), combined, true);
    }

    /**
     * The mitigations over time, only for what some variant has and used: requests shed (solid)
     * and short-circuited (dashed) per second, and the circuit breakers in the OPEN state (the
     * mean number per interval, over every process).
     */
    private static List<XYPlot> mitigationPanels(RunResult run, TimeScale scale) {
        List<XYPlot> panels = new ArrayList<>();
        List<Plots.Line> refused = new ArrayList<>();
        List<Plots.Line> open = new ArrayList<>();
        int n = run.variants().size();
        for (int i = 0; i < n; i++) {
            VariantResult v = run.variants().get(i).result();
            Line line = new Line(i, n);
            if (used(v, "shed")) {
                line.add(refused, Columns.rate(v.timeline(), "shed", v.name() + " shed", scale), false);
            }
            if (used(v, "shortCircuited")) {
                line.add(refused, Columns.rate(v.timeline(), "shortCircuited", v.name() + " short-circuited", scale), true);
            }
            if (used(v, "breakersOpen")) {
                line.add(open, Columns.level(v.timeline(), "breakersOpen", v.name() + " breakers open", scale), false);
            }
        }
        if (!refused.isEmpty()) {
            panels.add(Plots.panel(Plots.axis("req/s"), refused,
                    "answered at once: shed (503) solid, short-circuited by an open breaker dashed"));
        }
        if (!open.isEmpty()) {
            panels.add(Plots.panel(Plots.axis("breakers"), open, "circuit breakers open (mean per interval, all processes)"));
        }
        return panels;
    }

    private static boolean used(VariantResult v, String column) {
        return v.timeline().columns().containsKey(column)
                && java.util.Arrays.stream(v.timeline().column(column)).anyMatch(x -> x > 0);
    }

    /** How the variant at {@code index} of {@code count} draws: its colour, width and marker. */
    private record Line(int index, int count) {

        void add(List<Plots.Line> lines, Optional<XYSeries> series, boolean dashed) {
            series.ifPresent(s -> {
                Plots.Line l = new Plots.Line(s, Palette.variant(index), Palette.variantStroke(index, count, dashed));
                lines.add(dashed ? l : l.withMarker(Palette.shape(index), index, count));
            });
        }
    }

    /** One line per variant, or a single one when the third party behaved the same in all (the usual case). */
    private static List<Plots.Line> cause(RunResult run, TimeScale scale) {
        List<Plots.Line> lines = new ArrayList<>();
        if (Causes.shared(run)) {
            TimelineCharts.add(lines, Columns.sampled(run.variants().getFirst().result().timeline(), Causes.COLUMN,
                    "third party", scale), Palette.FACTOR, Palette.SOLID);
            return lines;
        }
        int n = run.variants().size();
        for (int i = 0; i < n; i++) {
            VariantResult v = run.variants().get(i).result();
            new Line(i, n).add(lines, Columns.sampled(v.timeline(), Causes.COLUMN, v.name() + " third party", scale), false);
        }
        return lines;
    }

    private static LegendItemCollection legend(RunResult run, double high, double low, boolean patience, boolean capacity) {
        LegendItemCollection items = new LegendItemCollection();
        int n = run.variants().size();
        for (int i = 0; i < n; i++) {
            items.add(Plots.legendLine(run.variants().get(i).result().name(), Palette.variant(i),
                    Palette.variantStroke(i, n, false), Palette.shape(i)));
        }
        Color grey = new Color(0x555555);
        items.add(Plots.legendLine("goodput, " + Percentiles.label(high) + ", busy", grey, Palette.SOLID));
        items.add(Plots.legendLine("sent, " + (low != high ? Percentiles.label(low) + ", " : "") + "backlog", grey,
                Palette.DASHED));
        if (patience || capacity) {
            items.add(Plots.legendLine(patience && capacity ? "patience, capacity" : patience ? "patience" : "capacity", grey,
                    Palette.REFERENCE_LINE));
        }
        return items;
    }
}
