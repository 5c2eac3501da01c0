package dev.avalanche.charts.internal;

import static dev.avalanche.charts.internal.ChartInspection.keys;
import static dev.avalanche.charts.internal.ChartInspection.legend;
import static dev.avalanche.charts.internal.ChartInspection.paint;
import static dev.avalanche.charts.internal.ChartInspection.references;
import static dev.avalanche.charts.internal.ChartInspection.spans;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.charts.Results;
import dev.avalanche.charts.StoryRuns;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.result.Verdict;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import dev.avalanche.charts.ChartOptions;
import dev.avalanche.models.result.Percentiles;
import org.junit.jupiter.api.Test;

class TimelineChartsTest {

    private final VariantResult threads = StoryRuns.small().variants().get(0).result();
    private final VariantResult greenlets = StoryRuns.small().variants().get(1).result();

    @Test
    void theAvalancheChartDrawsIntentsAndCompletedUnderneathThenSentAndGoodputInTheirMetricColours() {
        XYPlot plot = TimelineCharts.avalanche("run", threads).getXYPlot();
        assertEquals(4, plot.getDataset().getSeriesCount(), "no rejected line: nothing was rejected");
        List<String> k = keys(plot);
        assertEquals(Palette.INTENTS, paint(plot, k.get(0)));
        assertEquals(Palette.COMPLETED, paint(plot, k.get(1)));
        assertEquals(Palette.SENT, paint(plot, k.get(2)));
        assertEquals(Palette.GOODPUT, paint(plot, k.get(3)));
        assertTrue(((java.awt.BasicStroke) plot.getRenderer().getSeriesStroke(0)).getLineWidth()
                > ((java.awt.BasicStroke) plot.getRenderer().getSeriesStroke(2)).getLineWidth(),
                "intents wider than sent, which lies on it without refreshes");
        assertEquals("requests per second", plot.getRangeAxis().getLabel());
    }

    @Test
    void rejectionsGetTheirLineWhenThereWereSome() {
        Timeline t = Results.timeline(1, 10, Map.of("intents", Results.constant(10, 5), "rejected", Results.constant(10, 1)));
        XYPlot plot = TimelineCharts.avalanche("run", Results.variant("v", Verdict.SATURATED, OptionalLong.of(4), 1, 2, 3, t))
                .getXYPlot();
        assertEquals(Palette.REJECTED, paint(plot, keys(plot).getLast()));
    }

    @Test
    void theLatencyChartDrawsTheChosenPercentilesFromEachIntervalsDistribution() {
        XYPlot plot = TimelineCharts.latency("run", threads, ChartOptions.defaults()
                .withPercentiles(Percentiles.parse("50,99.9"))).getXYPlot();
        assertEquals(List.of("p50 latency", "p99.9 latency"), keys(plot));
        int i = 100;
        assertEquals(threads.timeline().latencies().get(i).percentile(99.9), plot.getDataset().getYValue(1, i), 1e-12);
    }

    @Test
    void theLatencyChartDrawsTheDefaultPercentilesAndThePatienceLineOnlyWhenGiven() {
        XYPlot with = TimelineCharts.latency("run", threads, OptionalDouble.of(12)).getXYPlot();
        assertEquals(List.of("p50 latency", "p90 latency", "p99 latency"), keys(with));
        assertEquals(List.of(12.0), references(with));
        assertTrue(with.getRangeAxis().getUpperBound() > 12, "the patience line is on the scale");
        XYPlot without = TimelineCharts.latency("run", threads, OptionalDouble.empty()).getXYPlot();
        assertEquals(List.of(), references(without));
    }

    @Test
    void theCapacityChartDrawsBusyWorkersAndBacklogAgainstTheCapacityLine() {
        JFreeChart chart = TimelineCharts.capacity("run", threads);
        XYPlot plot = chart.getXYPlot();
        assertEquals(2, plot.getDataset().getSeriesCount());
        assertEquals(List.of((double) threads.capacity().getAsLong()), references(plot));
        assertTrue(legend(chart).contains("capacity 80 workers"), legend(chart).toString());
    }

    @Test
    void aCapacityFarAboveTheDataIsNotDrawnButNamedInTheSubtitle() {
        JFreeChart chart = TimelineCharts.capacity("run", greenlets);
        assertEquals(List.of(), references(chart.getXYPlot()));
        String subtitle = ChartInspection.subtitle(chart);
        assertTrue(subtitle.contains("capacity 4000 workers, off the scale"), subtitle);
    }

    @Test
    void unboundedWorkersHaveNoCapacityLine() {
        Timeline t = Results.timeline(1, 10, Map.of("busyWorkers", Results.constant(10, 5), "backlog", Results.constant(10, 0)));
        VariantResult v = Results.variant("async", Verdict.STABLE, OptionalLong.empty(), 1, 2, 3, t);
        JFreeChart chart = TimelineCharts.capacity("run", v);
        assertEquals(List.of(), references(chart.getXYPlot()));
        assertTrue(ChartInspection.subtitle(chart).contains("no worker limit"), ChartInspection.subtitle(chart));
    }

    @Test
    void theCauseChartDrawsTheThirdPartyFactorWithTheNormalLevel() {
        XYPlot plot = TimelineCharts.cause("run", threads, true).getXYPlot();
        assertEquals(1, plot.getDataset().getSeriesCount());
        assertEquals(3.0, plot.getDataset().getYValue(0, 100), 1e-9, "the third party is 3x slower at 100 s");
        assertEquals(List.of(1.0), references(plot));
    }

    @Test
    void everyTimeChartShadesTheWarmUpAndTheSlowdownAndNamesThemInItsLegend() {
        ChartOptions opts = ChartOptions.defaults().withWarmup(20);
        for (JFreeChart c : List.of(TimelineCharts.avalanche("run", threads, opts), TimelineCharts.latency("run", threads, opts),
                TimelineCharts.capacity("run", threads, opts), TimelineCharts.cause("run", threads, true, opts))) {
            assertEquals(List.of(new Backdrop.Span(0, 20), new Backdrop.Span(60, 150)), spans(c.getXYPlot()), c.getTitle().getText());
            assertTrue(legend(c).containsAll(List.of(Backdrop.WARMUP_LABEL, Backdrop.SLOWDOWN_LABEL)), legend(c).toString());
        }
    }

    @Test
    void allFourChartsShareTheSameTimeAxis() {
        List<JFreeChart> charts = List.of(TimelineCharts.avalanche("run", threads),
                TimelineCharts.latency("run", threads, OptionalDouble.empty()), TimelineCharts.capacity("run", threads),
                TimelineCharts.cause("run", threads, false));
        for (JFreeChart c : charts) {
            assertEquals(TimeScale.SECONDS.label(), c.getXYPlot().getDomainAxis().getLabel());
            assertEquals(charts.get(0).getXYPlot().getDomainAxis().getRange(), c.getXYPlot().getDomainAxis().getRange());
        }
    }
}
