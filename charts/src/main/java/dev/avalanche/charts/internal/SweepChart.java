package dev.avalanche.charts.internal;

import dev.avalanche.charts.Sweep;
import dev.avalanche.charts.SweepPoint;
import dev.avalanche.models.result.Percentiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;

/**
 * Latency (the highest and the lowest of the chosen percentiles, p99 and p50 by default) and
 * goodput against a swept parameter, one colour per variant, with each variant's knee (the first
 * value where it is no longer stable) as a vertical line in its colour.
 */
public final class SweepChart {

    private static final Ellipse2D DOT = new Ellipse2D.Double(-3.5, -3.5, 7, 7);

    private SweepChart() {
    }

    public static JFreeChart sweep(Sweep sweep) {
        return sweep(sweep, Percentiles.DEFAULT);
    }

    /** The sweep with the highest and lowest of {@code percentiles} on its latency panel. */
    public static JFreeChart sweep(Sweep sweep, Percentiles percentiles) {
        double high = percentiles.values().getLast();
        double low = percentiles.values().getFirst();
        String hi = Percentiles.label(high);
        String lo = Percentiles.label(low);
        List<Plots.Line> latency = new ArrayList<>();
        List<Plots.Line> goodput = new ArrayList<>();
        List<String> variants = sweep.variants();
        for (int i = 0; i < variants.size(); i++) {
            String v = variants.get(i);
            Color c = Palette.variant(i);
            XYSeries top = new XYSeries(v + " " + hi, true, true);
            XYSeries bottom = new XYSeries(v + " " + lo, true, true);
            XYSeries good = new XYSeries(v + " goodput", true, true);
            for (SweepPoint p : sweep.curve(v)) {
                add(top, p.value(), p.result().latency().percentile(high));
                add(bottom, p.value(), p.result().latency().percentile(low));
                add(good, p.value(), p.result().goodputRate());
            }
            latency.add(new Plots.Line(top, c, Palette.SOLID));
            if (low != high) {
                latency.add(new Plots.Line(bottom, c, Palette.DASHED));
            }
            goodput.add(new Plots.Line(good, c, Palette.SOLID));
        }
        NumberAxis x = Plots.axis(sweep.axisLabel());
        x.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
        combined.setGap(12);
        XYPlot lat = withDots(Plots.plot(null, Plots.axis("latency (s)"), latency));
        XYPlot good = withDots(Plots.plot(null, Plots.axis("goodput (responses/s)"), goodput));
        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < variants.size(); i++) {
            OptionalDouble knee = sweep.knee(variants.get(i));
            Color c = Palette.variant(i);
            if (knee.isPresent()) {
                for (XYPlot p : List.of(lat, good)) {
                    p.addDomainMarker(new ValueMarker(knee.getAsDouble(), c, Palette.REFERENCE_LINE), Layer.BACKGROUND);
                }
            }
            String label = variants.get(i) + (knee.isPresent() ? " (knee at " + Describe.number(knee.getAsDouble()) + ")"
                    : " (stable throughout)");
            legend.add(Plots.legendLine(label, c, new BasicStroke(3.5f)));
        }
        Color grey = new Color(0x555555);
        legend.add(Plots.legendLine(hi, grey, Palette.SOLID));
        if (low != high) {
            legend.add(Plots.legendLine(lo, grey, Palette.DASHED));
        }
        legend.add(Plots.legendLine("knee: first value not stable", grey, Palette.REFERENCE_LINE));
        combined.add(lat, 3);
        combined.add(good, 2);
        combined.setFixedLegendItems(legend);
        return Plots.chart("Where each variant stops keeping up: " + sweep.parameter(),
                (low != high ? lo + " and " : "") + hi + " latency (top) and goodput (bottom) against " + sweep.parameter()
                        + ", one colour per variant",
                combined, true);
    }

    private static XYPlot withDots(XYPlot plot) {
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setDefaultShapesVisible(true);
        for (int i = 0; i < plot.getDataset().getSeriesCount(); i++) {
            r.setSeriesShape(i, DOT);
        }
        return plot;
    }


    private static void add(XYSeries s, double x, double y) {
        s.add(x, Double.isFinite(y) ? y : null);
    }
}
