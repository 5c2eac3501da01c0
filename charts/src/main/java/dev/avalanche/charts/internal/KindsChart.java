package dev.avalanche.charts.internal;

import dev.avalanche.charts.ChartOptions;
import dev.avalanche.models.result.KindResult;
import dev.avalanche.models.result.VariantResult;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;

/**
 * One variant's request mix over time: each kind of request's goodput (per second) and latency
 * (p99 solid, p50 dashed) in its own colour, on two panels of one time axis, so that a slowdown
 * that only one kind meets (checkouts calling a slow payment provider) shows whether the others
 * (cart reads) suffer with it. Drawn only for a mix of two kinds or more.
 */
public final class KindsChart {

    private KindsChart() {
    }

    public static JFreeChart kinds(String run, VariantResult v, ChartOptions opts) {
        double end = TimeScale.end(v.timeline());
        TimeScale scale = TimeScale.forLength(end);
        List<Plots.Line> goodput = new ArrayList<>();
        List<Plots.Line> latency = new ArrayList<>();
        int n = v.kinds().size();
        for (int i = 0; i < n; i++) {
            String kind = v.kinds().get(i).name();
            TimelineCharts.add(goodput, Columns.rate(v.timeline(), KindResult.column(kind, "goodput"), kind + " goodput", scale),
                    Palette.variant(i), Palette.variantStroke(i, n, false));
            TimelineCharts.add(latency, Columns.sampled(v.timeline(), KindResult.column(kind, "latency.p99"), kind + " p99",
                    scale), Palette.variant(i), Palette.variantStroke(i, n, false));
            TimelineCharts.add(latency, Columns.sampled(v.timeline(), KindResult.column(kind, "latency.p50"), kind + " p50",
                    scale), Palette.variant(i), Palette.variantStroke(i, n, true));
        }
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(Plots.timeAxis(scale, end));
        combined.setGap(10);
        XYPlot rates = Plots.panel(Plots.axis("req/s"), goodput, "goodput per kind of request (responses to waiting users)");
        XYPlot lat = Plots.panel(Plots.axis("seconds"), latency, "latency per kind of request: p99 solid, p50 dashed");
        TimelineCharts.patience(lat, opts.patienceMedianSeconds());
        Backdrop backdrop = Backdrop.of(v.timeline(), opts.warmupSeconds());
        for (XYPlot p : List.of(rates, lat)) {
            backdrop.draw(p, scale);
            combined.add(p, 1);
        }
        List<String> shares = v.kinds().stream().map(k -> k.name() + " " + Describe.number(100 * k.share()) + "%").toList();
        return Plots.chart("Request mix: " + v.name(), TimelineCharts.join(run, String.join(", ", shares)), combined, true);
    }
}
