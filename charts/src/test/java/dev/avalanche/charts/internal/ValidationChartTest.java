package dev.avalanche.charts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.charts.Results;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.result.Verdict;
import dev.avalanche.models.validation.Comparison;
import dev.avalanche.models.validation.Tolerances;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class ValidationChartTest {

    private static final Timeline T = Results.timeline(1, 3, Map.of());

    /** Throughput 1.1, goodput 2, p50 1, p99 4 predicted; measured as given. */
    private static Comparison compare(String name, double p50, double goodput) {
        VariantResult predicted = Results.variant(name, Verdict.STABLE, OptionalLong.empty(), 1, 4, 2, T);
        VariantResult measured = Results.variant(name, Verdict.STABLE, OptionalLong.empty(), p50, 4, goodput, T);
        return Comparison.of(predicted, measured, Tolerances.DEFAULTS);
    }

    private static CategoryDataset errors(JFreeChart chart) {
        return ((CategoryPlot) chart.getPlot()).getDataset(0);
    }

    @Test
    void eachFigureHasOneBarPerVariantAtItsRelativeErrorInPercent() {
        JFreeChart chart = ValidationChart.validation(List.of(compare("a", 1.25, 2), compare("b", 1, 2)));
        CategoryDataset errors = errors(chart);
        assertEquals(List.of("a", "b"), errors.getRowKeys());
        assertEquals(10, errors.getColumnCount(), "the eight figures, and the fixture's non-zero counts: " + errors.getColumnKeys());
        assertEquals("latency p50 s, tolerance 10%", errors.getColumnKey(2));
        assertEquals(25.0, errors.getValue("a", "latency p50 s, tolerance 10%").doubleValue(), 1e-9);
        assertEquals(0.0, errors.getValue("b", "latency p50 s, tolerance 10%").doubleValue());
    }

    @Test
    void theRelativeToleranceOfEachFigureIsATick() {
        CategoryDataset ticks = ((CategoryPlot) ValidationChart.validation(List.of(compare("a", 1, 2))).getPlot()).getDataset(1);
        assertEquals(5.0, ticks.getValue(ValidationChart.TOLERANCE, "throughput /s, tolerance 5%").doubleValue(), 1e-9);
        assertEquals(10.0, ticks.getValue(ValidationChart.TOLERANCE, "rejected, tolerance 10% or 5").doubleValue(), 1e-9);
    }

    @Test
    void aLabelGivesTheErrorAndTheVerdictOfTheComparison() {
        Comparison c = compare("a", 1.25, 2);
        assertEquals("25% FAIL", ValidationChart.label(c.rows().get(2)));
        assertEquals("0% ok", ValidationChart.label(c.rows().get(1)));
        Comparison.Row zero = new Comparison.Row("rejected", 0, 3, Double.POSITIVE_INFINITY, 0.10, "10% or 5", true);
        assertEquals("predicted 0 ok", ValidationChart.label(zero));
    }

    @Test
    void anErrorBeyondTheCapIsDrawnAtTheCapAndTheSubtitleSaysSo() {
        JFreeChart chart = ValidationChart.validation(List.of(compare("a", 1, 20)));
        assertEquals(60.0, ValidationChart.cap(List.of(compare("a", 1, 20))), 1e-9, "three times p99's 20%");
        assertEquals(60.0, errors(chart).getValue("a", "goodput /s, tolerance 5%").doubleValue(), 1e-9);
        String sub = ChartInspection.subtitle(chart);
        assertTrue(sub.startsWith("9 of 10 figures within tolerance") && sub.contains("cut"), sub);
    }

    @Test
    void noComparisonOrTwoForOneVariantAreRefused() {
        var none = assertThrows(IllegalArgumentException.class, () -> ValidationChart.validation(List.of()));
        assertEquals("validation chart comparisons: got none; allowed: at least one variant", none.getMessage());
        var twice = assertThrows(IllegalArgumentException.class,
                () -> ValidationChart.validation(List.of(compare("a", 1, 2), compare("a", 1, 2))));
        assertTrue(twice.getMessage().contains("\"a\" twice"), twice.getMessage());
    }
}
