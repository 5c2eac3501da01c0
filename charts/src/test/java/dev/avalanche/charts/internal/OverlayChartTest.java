package dev.avalanche.charts.internal;

import static dev.avalanche.charts.internal.ChartInspection.captions;
import static dev.avalanche.charts.internal.ChartInspection.keys;
import static dev.avalanche.charts.internal.ChartInspection.legend;
import static dev.avalanche.charts.internal.ChartInspection.paint;
import static dev.avalanche.charts.internal.ChartInspection.panels;
import static dev.avalanche.charts.internal.ChartInspection.references;
import static dev.avalanche.charts.internal.ChartInspection.subtitle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.charts.LiveRuns;
import dev.avalanche.charts.Results;
import dev.avalanche.charts.StoryRuns;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.Verdict;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class OverlayChartTest {

    private final RunResult sim = StoryRuns.small();
    private final RunResult live = LiveRuns.from(sim, 0, Verdict.SATURATED);
    private final OverlayPairs.Pair threads = OverlayPairs.match(sim, live).getFirst();

    private JFreeChart chart(OptionalDouble patience) {
        return OverlayChart.overlay(sim.scenario(), threads, true, patience);
    }

    @Test
    void everyMetricHasOneSeriesPerSourceInItsPanel() {
        List<XYPlot> panels = panels(chart(OptionalDouble.empty()));
        assertEquals(3, panels.size());
        assertEquals(List.of("simulation completed", "simulation goodput", "live completed", "live goodput"),
                keys(panels.get(0)));
        assertEquals(List.of("simulation p50", "simulation p99", "live p50", "live p99"), keys(panels.get(1)));
        assertEquals(List.of("simulation backlog", "simulation busy", "live backlog", "live busy"), keys(panels.get(2)));
    }

    @Test
    void aMetricKeepsItsColourAndTheSourceSetsTheStroke() {
        XYPlot latency = panels(chart(OptionalDouble.empty())).get(1);
        assertEquals(Palette.P99, paint(latency, "simulation p99"));
        assertEquals(Palette.P99, paint(latency, "live p99"));
        var r = latency.getRenderer();
        assertEquals(Palette.SOLID, r.getSeriesStroke(keys(latency).indexOf("simulation p99")));
        assertEquals(Palette.DASHED, r.getSeriesStroke(keys(latency).indexOf("live p99")));
    }

    @Test
    void theLiveSeriesAreDrawnFromTheLiveTimeline() {
        XYSeriesCollection latency = (XYSeriesCollection) panels(chart(OptionalDouble.empty())).get(1).getDataset();
        var simulated = latency.getSeries("simulation p99");
        var measured = latency.getSeries("live p99");
        int i = 100;
        assertEquals(simulated.getX(i), measured.getX(i));
        assertEquals(simulated.getY(i).doubleValue() * LiveRuns.LATENCY_FACTOR, measured.getY(i).doubleValue(), 1e-9);
    }

    @Test
    void theLegendSaysWhichStrokeIsTheSimulationAndWhichTheLiveRun() {
        List<String> legend = legend(chart(OptionalDouble.of(12)));
        assertEquals(List.of("completed", "goodput", "p50", "p99", "busy", "backlog", "simulation", "live",
                "patience, capacity", Backdrop.SLOWDOWN_LABEL), legend);
        assertEquals(List.of(12.0), references(panels(chart(OptionalDouble.of(12))).get(1)));
        assertEquals(List.of(80.0), references(panels(chart(OptionalDouble.of(12))).get(2)));
    }

    @Test
    void theTitleNamesTheVariantAndTheSubtitleTheScenarioAndBothVerdicts() {
        JFreeChart chart = chart(OptionalDouble.empty());
        assertEquals("Simulation vs live: threads-80", chart.getTitle().getText());
        String sub = subtitle(chart);
        assertTrue(sub.startsWith("small-slowdown"), sub);
        assertTrue(sub.contains("simulation: collapsed"), sub);
        assertTrue(sub.contains("live: saturated"), sub);
    }

    @Test
    void theTimeAxisRunsToTheEndOfTheLongerRun() {
        Timeline shortRun = Results.timeline(1, 10, Map.of("completed", Results.constant(10, 4)));
        Timeline longRun = Results.timeline(1, 15, Map.of("completed", Results.constant(15, 4)));
        RunResult s = run("simulation", shortRun);
        RunResult l = run("live", longRun);
        JFreeChart chart = OverlayChart.overlay("x", OverlayPairs.match(s, l).getFirst(), true, OptionalDouble.empty());
        assertEquals(15.0, chart.getXYPlot().getDomainAxis().getUpperBound());
        assertEquals(List.of("simulation completed", "live completed"), keys(panels(chart).get(0)));
    }

    @Test
    void longRunsAreComparedOnMergedIntervalsSaidInTheCaption() {
        JFreeChart chart = chart(OptionalDouble.empty());
        XYSeriesCollection requests = (XYSeriesCollection) panels(chart).get(0).getDataset();
        double end = chart.getXYPlot().getDomainAxis().getUpperBound();
        var simulated = requests.getSeries("simulation goodput");
        var measured = requests.getSeries("live goodput");
        long shown = simulated.getItems().stream().filter(p -> ((org.jfree.data.xy.XYDataItem) p).getXValue() <= end).count();
        assertTrue(shown <= OverlayChart.POINTS && shown > OverlayChart.POINTS / 2, shown + " points on the axis");
        assertEquals(simulated.getX(10), measured.getX(10), "the same merging for both sources");
        assertEquals(threads.simulated().timeline().size() / 3, simulated.getItemCount(), "three intervals a point");
        assertTrue(captions(panels(chart).get(0)).getFirst().contains("means over 3 s"), captions(panels(chart).get(0)).toString());
        assertTrue(captions(panels(chart).get(1)).getFirst().contains("per interval"), "percentiles are not merged");
    }

    @Test
    void intervalsAreMergedInRoundNumbers() {
        assertEquals(List.of(1, 3, 5, 20, 60, 120), List.of(OverlayChart.roundGroup(1), OverlayChart.roundGroup(3),
                OverlayChart.roundGroup(4), OverlayChart.roundGroup(18), OverlayChart.roundGroup(31), OverlayChart.roundGroup(61)));
    }

    @Test
    void anInterruptedLiveRunIsSaidToBePartial() {
        String sub = subtitle(OverlayChart.overlay(sim.scenario(), threads, false, OptionalDouble.empty()));
        assertTrue(sub.contains("live: saturated") && sub.contains("interrupted"), sub);
    }

    private static RunResult run(String mode, Timeline t) {
        return new RunResult("x", 1, mode, true, List.of(new VariantOutcome(
                Results.variant("a", Verdict.STABLE, OptionalLong.of(4), 1, 2, 3, t), 1, Map.of())));
    }
}
