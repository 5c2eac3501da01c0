package dev.avalanche.charts.internal;

import static dev.avalanche.charts.internal.ChartInspection.keys;
import static dev.avalanche.charts.internal.ChartInspection.verticals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.charts.ChartOptions;
import dev.avalanche.charts.StoryRuns;
import dev.avalanche.engine.stats.LatencyDistribution;
import dev.avalanche.engine.stats.LatencyHistogram;
import dev.avalanche.models.result.Percentiles;
import dev.avalanche.models.result.RunResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;

class DistributionChartTest {

    @Test
    void theSpectrumRisesFromTheMinToTheMaxAlongOneOverOneMinusTheRank() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 1; i <= 1000; i++) {
            h.record(i * 1_000_000L);
        }
        LatencyDistribution d = h.snapshot();

        XYSeries s = DistributionChart.spectrum(d, "x");

        assertEquals(1.0, s.getX(0).doubleValue(), "starts at rank 0");
        assertEquals(d.min(), s.getY(0).doubleValue());
        assertEquals(1000.0, s.getX(s.getItemCount() - 1).doubleValue(), "ends at 1 / (1 - 999/1000)");
        assertEquals(d.max(), s.getY(s.getItemCount() - 1).doubleValue());
        for (int i = 1; i < s.getItemCount(); i++) {
            assertTrue(s.getX(i).doubleValue() >= s.getX(i - 1).doubleValue(), "x rises at " + i);
            assertTrue(s.getY(i).doubleValue() >= s.getY(i - 1).doubleValue(), "latency rises at " + i);
        }
        // At 1 / (1 - 0.99) = 100 the line is at the summary's p99.
        double atP99 = Double.NaN;
        for (int i = 0; i < s.getItemCount() && s.getX(i).doubleValue() <= 100 + 1e-9; i++) {
            atP99 = s.getY(i).doubleValue();
        }
        assertEquals(d.percentile(99), atP99, 1e-12);
    }

    @Test
    void oneLinePerVariantOnALogAxisLabelledInPercentilesWithTheChosenOnesMarked() {
        RunResult run = StoryRuns.small();
        JFreeChart chart = DistributionChart.distribution(run, ChartOptions.defaults().withPercentiles(Percentiles.parse("50,99.9")));
        XYPlot plot = chart.getXYPlot();

        assertEquals(List.of("threads-80", "greenlets-4000"), keys(plot));
        assertTrue(plot.getDomainAxis() instanceof LogAxis);
        assertEquals(List.of(2.0, 1000.0), verticals(plot).stream().map(v -> (double) Math.round(v * 1e6) / 1e6).toList());
    }

    @Test
    void ticksAreNamedAsPercentiles() {
        DistributionChart.PercentileFormat f = new DistributionChart.PercentileFormat();
        assertEquals("0%", f.format(1.0));
        assertEquals("90%", f.format(10.0));
        assertEquals("99%", f.format(100.0));
        assertEquals("99.9%", f.format(1000.0));
        assertEquals("99.999%", f.format(100_000.0));
    }

    @Test
    void theSvgKeepsTheTickLabelsAndTheVerticalTitleAsText() throws Exception {
        JFreeChart chart = DistributionChart.distribution(StoryRuns.small(), ChartOptions.defaults());

        String svg = new String(ChartFiles.svgBytes(chart, 1200, 700), StandardCharsets.UTF_8);

        for (String label : List.of(">90%</text", ">99%</text", "latency (s)</text")) {
            assertTrue(svg.contains(label), label);
        }
    }
}
