package dev.avalanche.models.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.result.Verdict;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Several live runs against a replicated prediction: a figure passes when the prediction lies
 * within the runs' spread widened by its tolerance; counts are compared per replication.
 */
class RepeatedComparisonTest {

    private static VariantResult result(double throughput, double p99, long rejected) {
        RequestCounts c = new RequestCounts(100, 100, 100 - rejected, 100 - rejected, 0, rejected, 0, 0, 0, 0, 0, 0, 0);
        return new VariantResult("v", c, new LatencySummary(100, 0.2, 0.2, p99 * 0.9, p99, p99), 0, throughput, throughput,
                OptionalLong.of(10), 5, 10, 0, 0, 1, 10, 0, Verdict.STABLE, OptionalDouble.empty(), true,
                new Timeline(1, new double[0], Map.of()));
    }

    private static Comparison.Row row(Comparison c, String figure) {
        return c.rows().stream().filter(r -> r.figure().equals(figure)).findFirst().orElseThrow();
    }

    private static VariantOutcome once(VariantResult r) {
        return new VariantOutcome(r, 1, Map.of());
    }

    @Test
    void aPredictionInsideTheRunsSpreadHasNoErrorEvenWhenEveryRunIsFarFromIt() {
        // p99 0.5 predicted; runs 0.40 and 0.65: each alone is 20% and 30% off, the spread holds 0.5.
        Comparison c = Comparison.of(once(result(50, 0.5, 0)), List.of(result(50, 0.40, 0), result(50, 0.65, 0)),
                Tolerances.DEFAULTS, true);
        Comparison.Row p99 = row(c, "latency p99 s");
        assertEquals(0, p99.relativeError());
        assertTrue(p99.pass());
        assertEquals(0.40, p99.measuredMin(), 1e-12);
        assertEquals(0.65, p99.measuredMax(), 1e-12);
        assertEquals(0.525, p99.measured(), 1e-12, "the mean of the runs");
        assertEquals(2, p99.runs());
    }

    @Test
    void aPredictionOutsideTheSpreadIsJudgedByItsDistanceToTheNearestRun() {
        // throughput 50 predicted, runs 44 and 46: 4 from the nearest is 8%, beyond 5%; 47.6 and 48 is 4%, within.
        Comparison far = Comparison.of(once(result(50, 0.5, 0)), List.of(result(44, 0.5, 0), result(46, 0.5, 0)),
                Tolerances.DEFAULTS, true);
        assertEquals(0.08, row(far, "throughput /s").relativeError(), 1e-12);
        assertFalse(row(far, "throughput /s").pass());
        Comparison near = Comparison.of(once(result(50, 0.5, 0)), List.of(result(47.6, 0.5, 0), result(48, 0.5, 0)),
                Tolerances.DEFAULTS, true);
        assertEquals(0.04, row(near, "throughput /s").relativeError(), 1e-12);
        assertTrue(row(near, "throughput /s").pass());
    }

    @Test
    void oneRunIsJudgedAsBefore() {
        VariantResult p = result(50, 0.5, 3);
        VariantResult m = result(47, 0.63, 3);
        assertEquals(Comparison.of(p, m, Tolerances.DEFAULTS).rows(), Comparison.of(once(p), List.of(m), Tolerances.DEFAULTS, true).rows());
        assertEquals(0.06, row(Comparison.of(p, m, Tolerances.DEFAULTS), "throughput /s").relativeError(), 1e-12);
    }

    @Test
    void replicatedPredictionsShowTheirHalfWidthsAndCompareCountsPerReplication() {
        // Three replications: 30 rejected in all is 10 per replication, as one live run measured.
        VariantOutcome predicted = new VariantOutcome(result(50, 0.5, 30), 3, Map.of("throughput", 1.5, "latency.p99", 0.02));
        Comparison c = Comparison.of(predicted, List.of(result(50, 0.5, 10)), Tolerances.DEFAULTS, true);
        assertEquals(10, row(c, "rejected").predicted(), 1e-12);
        assertTrue(row(c, "rejected").pass(), c.toString());
        assertEquals(1.5, row(c, "throughput /s").predictedCi95());
        assertEquals(0.02, row(c, "latency p99 s").predictedCi95());
        assertTrue(Double.isNaN(row(c, "rejected").predictedCi95()), "counts are totals: no half-width");
    }

    @Test
    void aComparisonNeedsARun() {
        assertThrows(IllegalArgumentException.class, () -> Comparison.of(once(result(50, 0.5, 0)), List.of(), Tolerances.DEFAULTS, true));
    }
}
