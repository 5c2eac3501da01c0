package dev.avalanche.charts.internal;

import static dev.avalanche.charts.internal.ChartInspection.keys;
import static dev.avalanche.charts.internal.ChartInspection.legend;
import static dev.avalanche.charts.internal.ChartInspection.paint;
import static dev.avalanche.charts.internal.ChartInspection.panels;
import static dev.avalanche.charts.internal.ChartInspection.verticals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.avalanche.charts.Results;
import dev.avalanche.charts.Sweep;
import dev.avalanche.charts.SweepPoint;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.Verdict;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class SweepChartTest {

    static final Timeline EMPTY = Results.timeline(1, 1, Map.of());

    static SweepPoint point(String variant, double rate, Verdict verdict, double p99) {
        return new SweepPoint(variant, rate, Results.variant(variant, verdict, OptionalLong.of(80), p99 / 3, p99, rate, EMPTY));
    }

    static Sweep sweep() {
        return new Sweep("intent rate", "offered load (intents/s)", List.of(
                point("threads", 30, Verdict.SATURATED, 9), point("threads", 10, Verdict.STABLE, 2),
                point("threads", 20, Verdict.STABLE, 3), point("threads", 40, Verdict.COLLAPSED, 30),
                point("greenlets", 10, Verdict.STABLE, 2), point("greenlets", 20, Verdict.STABLE, 2),
                point("greenlets", 30, Verdict.STABLE, 2), point("greenlets", 40, Verdict.STABLE, 2)));
    }

    @Test
    void latencyAndGoodputPanelsHaveOneCurvePerVariantAndPercentile() {
        List<XYPlot> panels = panels(SweepChart.sweep(sweep()));
        assertEquals(List.of("threads p99", "threads p50", "greenlets p99", "greenlets p50"), keys(panels.get(0)));
        assertEquals(List.of("threads goodput", "greenlets goodput"), keys(panels.get(1)));
        assertEquals(Palette.variant(1), paint(panels.get(1), "greenlets goodput"));
    }

    @Test
    void curvesRunByIncreasingValue() {
        XYPlot latency = panels(SweepChart.sweep(sweep())).get(0);
        assertEquals(List.of(10.0, 20.0, 30.0, 40.0), List.of(latency.getDataset().getXValue(0, 0),
                latency.getDataset().getXValue(0, 1), latency.getDataset().getXValue(0, 2), latency.getDataset().getXValue(0, 3)));
        assertEquals(9.0, latency.getDataset().getYValue(0, 2));
    }

    @Test
    void theKneeIsMarkedOnBothPanelsAndNamedInTheLegend() {
        JFreeChart chart = SweepChart.sweep(sweep());
        for (XYPlot p : panels(chart)) {
            assertEquals(List.of(30.0), verticals(p), "only threads has a knee");
        }
        assertEquals("threads (knee at 30)", legend(chart).get(0));
        assertEquals("greenlets (stable throughout)", legend(chart).get(1));
    }
}
