package dev.avalanche.charts.internal;

import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * Every variant of a run in one picture: four stacked panels on one time axis (requests, latency,
 * workers and backlog, the third party's slowdown), each variant in its own colour
 * ({@link Palette#variant}), the main metric of a panel solid and the second one dashed.
 */
public final class VariantsChart {

    private VariantsChart() {
    }

    /** The comparison of all of {@code run}'s variants; the patience line is drawn when known. */
    public static JFreeChart variants(RunResult run, OptionalDouble patienceMedian) {
        double end = 0;
        for (VariantOutcome o : run.variants()) {
            end = Math.max(end, TimeScale.end(o.result().timeline()));
        }
        TimeScale scale = TimeScale.forLength(end);
        List<Plots.Line> requests = new ArrayList<>();
        List<Plots.Line> latency = new ArrayList<>();
        List<Plots.Line> held = new ArrayList<>();
        for (int i = 0; i < run.variants().size(); i++) {
            VariantResult v = run.variants().get(i).result();
            Color c = Palette.variant(i);
            String n = v.name();
            TimelineCharts.add(requests, Columns.rate(v.timeline(), "goodput", n + " goodput", scale), c, Palette.SOLID);
            TimelineCharts.add(requests, Columns.rate(v.timeline(), "sent", n + " sent", scale), c, Palette.DASHED);
            TimelineCharts.add(latency, Columns.sampled(v.timeline(), "latency.p99", n + " p99", scale), c, Palette.SOLID);
            TimelineCharts.add(latency, Columns.sampled(v.timeline(), "latency.p50", n + " p50", scale), c, Palette.DASHED);
            TimelineCharts.add(held, Columns.level(v.timeline(), "busyWorkers", n + " busy", scale), c, Palette.SOLID);
            TimelineCharts.add(held, Columns.level(v.timeline(), "backlog", n + " backlog", scale), c, Palette.DASHED);
        }
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(Plots.timeAxis(scale, end));
        combined.setGap(10);
        combined.add(Plots.panel(Plots.axis("req/s"), requests, "requests per second: goodput solid, sent (with refreshes) dashed"), 3);
        XYPlot lat = Plots.panel(Plots.axis("seconds"), latency, "latency: p99 solid, p50 dashed" + patienceMedian.stream()
                .mapToObj(p -> "; users' median patience " + Describe.number(p) + " s dash-dot").findFirst().orElse(""));
        TimelineCharts.patience(lat, patienceMedian);
        combined.add(lat, 3);
        XYPlot busy = Plots.panel(Plots.axis("requests"), held, "busy workers solid, backlog dashed, capacity dash-dot");
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < run.variants().size(); i++) {
            VariantResult v = run.variants().get(i).result();
            String note = TimelineCharts.capacity(busy, v, Palette.variant(i), v.name() + " ");
            if (!note.isEmpty()) {
                notes.add(note);
            }
        }
        combined.add(busy, 3);
        if (Causes.recorded(run)) {
            combined.add(Plots.panel(Plots.axis("x normal"), cause(run, scale), "third-party latency factor"), 2);
        }
        combined.setFixedLegendItems(legend(run, patienceMedian.isPresent(), busy.getRangeMarkers(Layer.FOREGROUND) != null));
        String title = "Variants compared: " + String.join(" vs ", run.variants().stream().map(o -> o.result().name()).toList());
        return Plots.chart(title, TimelineCharts.join(Describe.run(run), String.join("; ", notes)), combined, true);
    }

    /** One line per variant, or a single one when the third party behaved the same in all (the usual case). */
    private static List<Plots.Line> cause(RunResult run, TimeScale scale) {
        List<Plots.Line> lines = new ArrayList<>();
        if (Causes.shared(run)) {
            TimelineCharts.add(lines, Columns.sampled(run.variants().getFirst().result().timeline(), Causes.COLUMN,
                    "third party", scale), Palette.FACTOR, Palette.SOLID);
            return lines;
        }
        for (int i = 0; i < run.variants().size(); i++) {
            VariantResult v = run.variants().get(i).result();
            TimelineCharts.add(lines, Columns.sampled(v.timeline(), Causes.COLUMN, v.name() + " third party", scale),
                    Palette.variant(i), Palette.SOLID);
        }
        return lines;
    }

    private static LegendItemCollection legend(RunResult run, boolean patience, boolean capacity) {
        LegendItemCollection items = new LegendItemCollection();
        for (int i = 0; i < run.variants().size(); i++) {
            items.add(Plots.legendLine(run.variants().get(i).result().name(), Palette.variant(i),
                    Palette.SWATCH));
        }
        Color grey = new Color(0x555555);
        items.add(Plots.legendLine("goodput, p99, busy", grey, Palette.SOLID));
        items.add(Plots.legendLine("sent, p50, backlog", grey, Palette.DASHED));
        if (patience || capacity) {
            items.add(Plots.legendLine(patience && capacity ? "patience, capacity" : patience ? "patience" : "capacity", grey,
                    Palette.REFERENCE_LINE));
        }
        return items;
    }

}
