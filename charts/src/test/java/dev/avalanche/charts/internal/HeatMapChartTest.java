package dev.avalanche.charts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.avalanche.charts.SweepGrids;
import dev.avalanche.charts.SweepGrids.Outcome;
import dev.avalanche.models.result.SweepResult;
import dev.avalanche.models.result.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

class HeatMapChartTest {

    /** Threads serve less as the rate passes 10 x workers; greenlets serve everything. */
    private static List<Outcome> outcome(List<Double> p) {
        int served = (int) Math.round(Math.min(100, 100 * 10 * p.get(1) / p.get(0)));
        return List.of(new Outcome(served, served < 100 ? Verdict.SATURATED : Verdict.STABLE), new Outcome(100, Verdict.STABLE));
    }

    private static List<XYPlot> panels(JFreeChart chart) {
        return ((CombinedRangeXYPlot) chart.getXYPlot()).getSubplots();
    }

    private static List<String> labels(XYPlot plot) {
        List<String> out = new ArrayList<>();
        plot.getAnnotations().forEach(a -> out.add(((XYTextAnnotation) a).getText()));
        return out;
    }

    @Test
    void aGridIsOneBlockPerCellInAPanelPerVariantColouredByTheShareServed() {
        SweepResult grid = SweepGrids.sweep(List.of("rate", "workers"), SweepGrids.grid(List.of(10.0, 40.0), List.of(1.0, 2.0)),
                List.of("threads", "greenlets"), HeatMapChartTest::outcome);

        List<XYPlot> panels = panels(HeatMapChart.heatMap(grid, 0, 1));

        assertEquals(2, panels.size());
        XYPlot threads = panels.getFirst();
        assertInstanceOf(XYBlockRenderer.class, threads.getRenderer());
        XYZDataset cells = (XYZDataset) threads.getDataset();
        assertEquals(4, cells.getItemCount(0));
        assertEquals(List.of(0.0, 0.0, 1.0, 1.0), List.of(cells.getXValue(0, 0), cells.getXValue(0, 1), cells.getXValue(0, 2),
                cells.getXValue(0, 3)), "blocks at the values' positions");
        assertEquals(0.25, cells.getZValue(0, 2), "rate 40 on 1 worker: a quarter served");
        assertEquals(List.of("100% stable", "100% stable", "25% saturated", "50% saturated"), labels(threads));
        assertEquals("greenlets: rate", panels.get(1).getDomainAxis().getLabel());
    }

    @Test
    void scatteredPointsAreDotsOnNumericAxes() {
        SweepResult scattered = SweepGrids.sweep(List.of("rate", "workers"), List.of(List.of(12.5, 1.0), List.of(31.0, 2.5),
                List.of(20.0, 1.7)), List.of("threads", "greenlets"), HeatMapChartTest::outcome);

        XYPlot threads = panels(HeatMapChart.heatMap(scattered, 0, 1)).getFirst();

        assertInstanceOf(XYShapeRenderer.class, threads.getRenderer());
        assertEquals(31.0, threads.getDataset().getXValue(0, 1));
        assertEquals(2.5, threads.getDataset().getYValue(0, 1));
    }

    @Test
    void withAThirdParameterACellHoldsTheMeanShareAndTheWorstVerdictOfItsRuns() {
        List<List<Double>> points = new ArrayList<>();
        SweepGrids.grid(List.of(10.0, 20.0), List.of(1.0, 2.0)).forEach(p -> {
            points.add(List.of(p.get(0), p.get(1), 0.0));
            points.add(List.of(p.get(0), p.get(1), 1.0));
        });
        SweepResult three = SweepGrids.sweep(List.of("rate", "workers", "mode"), points, List.of("threads"),
                p -> List.of(p.get(2) == 0 ? new Outcome(100, Verdict.STABLE) : new Outcome(60, Verdict.COLLAPSED)));

        XYPlot threads = panels(HeatMapChart.heatMap(three, 0, 1)).getFirst();

        assertEquals(0.8, ((XYZDataset) threads.getDataset()).getZValue(0, 0), 1e-12);
        assertEquals("80% collapsed", labels(threads).getFirst());
    }

    @Test
    void theColourScaleRunsFromTheLossColourThroughOrangeToTheGoodputColour() {
        assertEquals(Palette.REJECTED, HeatMapChart.SCALE.getPaint(0));
        assertEquals(Palette.SENT, HeatMapChart.SCALE.getPaint(0.5));
        assertEquals(Palette.GOODPUT, HeatMapChart.SCALE.getPaint(1));
        assertEquals(Palette.GOODPUT, HeatMapChart.SCALE.getPaint(1.5), "clamped");
    }
}
