package dev.avalanche.charts.internal;

import static dev.avalanche.charts.internal.ChartInspection.keys;
import static dev.avalanche.charts.internal.ChartInspection.legend;
import static dev.avalanche.charts.internal.ChartInspection.paint;
import static dev.avalanche.charts.internal.ChartInspection.panels;
import static dev.avalanche.charts.internal.ChartInspection.references;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;

class VariantsChartTest {

    private final RunResult run = StoryRuns.small();

    @Test
    void fourPanelsShareOneTimeAxis() {
        JFreeChart chart = VariantsChart.variants(run, OptionalDouble.empty());
        List<XYPlot> panels = panels(chart);
        assertEquals(4, panels.size());
        assertEquals(TimeScale.SECONDS.label(), chart.getXYPlot().getDomainAxis().getLabel());
    }

    @Test
    void eachVariantHasTwoLinesInTheRequestsLatencyAndWorkersPanelsAndTheSharedCauseOne() {
        List<XYPlot> panels = panels(VariantsChart.variants(run, OptionalDouble.empty()));
        assertEquals(List.of("threads-80 goodput", "threads-80 sent", "greenlets-4000 goodput", "greenlets-4000 sent"),
                keys(panels.get(0)));
        assertEquals(4, panels.get(1).getDataset().getSeriesCount());
        assertEquals(4, panels.get(2).getDataset().getSeriesCount());
        assertEquals(List.of("third party"), keys(panels.get(3)), "both variants saw the same slowdown");
    }

    @Test
    void aVariantHasTheSameColourInEveryPanel() {
        List<XYPlot> panels = panels(VariantsChart.variants(run, OptionalDouble.empty()));
        for (int v = 0; v < 2; v++) {
            String name = run.variants().get(v).result().name();
            assertEquals(Palette.variant(v), paint(panels.get(0), name + " goodput"));
            assertEquals(Palette.variant(v), paint(panels.get(0), name + " sent"));
            assertEquals(Palette.variant(v), paint(panels.get(1), name + " p99"));
            assertEquals(Palette.variant(v), paint(panels.get(2), name + " busy"));
        }
        assertTrue(!Palette.variant(0).equals(Palette.variant(1)));
    }

    @Test
    void thePatienceAndTheCapacitiesOnTheScaleAreReferenceLines() {
        JFreeChart chart = VariantsChart.variants(run, OptionalDouble.of(12));
        List<XYPlot> panels = panels(chart);
        assertEquals(List.of(12.0), references(panels.get(1)));
        assertEquals(List.of(80.0), references(panels.get(2)), "greenlets' 4000 is off the scale");
        assertEquals(List.of("threads-80", "greenlets-4000", "goodput, p99, busy", "sent, p50, backlog",
                "patience, capacity", Backdrop.SLOWDOWN_LABEL), legend(chart));
    }

    @Test
    void aRunThatRecordedNoThirdPartyFactorHasNoCausePanelAndNoReferenceInTheLegend() {
        Timeline t = Results.timeline(1, 5, Map.of("busyWorkers", Results.constant(5, 1)));
        RunResult live = new RunResult("x", 1, "live", true, List.of(
                new VariantOutcome(Results.variant("a", Verdict.STABLE, OptionalLong.empty(), 1, 2, 3, t), 1, Map.of()),
                new VariantOutcome(Results.variant("b", Verdict.STABLE, OptionalLong.empty(), 1, 2, 3, t), 1, Map.of())));
        JFreeChart chart = VariantsChart.variants(live, OptionalDouble.empty());
        assertEquals(3, panels(chart).size());
        assertEquals(List.of("a", "b", "goodput, p99, busy", "sent, p50, backlog"), legend(chart));
    }

    @Test
    void variantsWhoseThirdPartiesDifferGetOneCauseLineEach() {
        Timeline a = Results.timeline(1, 5, Map.of("thirdPartyFactor", Results.constant(5, 1)));
        Timeline b = Results.timeline(1, 5, Map.of("thirdPartyFactor", Results.constant(5, 2)));
        RunResult differ = new RunResult("x", 1, "simulation", true, List.of(
                new VariantOutcome(Results.variant("a", Verdict.STABLE, OptionalLong.of(4), 1, 2, 3, a), 1, Map.of()),
                new VariantOutcome(Results.variant("b", Verdict.STABLE, OptionalLong.of(4), 1, 2, 3, b), 1, Map.of())));
        XYPlot cause = panels(VariantsChart.variants(differ, OptionalDouble.empty())).get(3);
        assertEquals(List.of("a third party", "b third party"), keys(cause));
        assertSame(Palette.variant(1), paint(cause, "b third party"));
    }
}
