package dev.avalanche.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The empirical distribution from percentiles: its samples honour the percentiles it was given. */
class EmpiricalPercentilesTest {

    private static final int N = 200_000;
    private static final long SEED = 11L;
    /** A dashboard's latency: min 5 ms, p50 20 ms, p90 80 ms, p99 400 ms, max 2 s. */
    private static final InvertibleDistribution LATENCY = Distributions.empiricalWithMin(0.005, 0.02, 0.08, 0.4, 2);

    @Test
    void theFractionOfSamplesBelowEachGivenPercentileIsThatPercentile() {
        double[] xs = Draws.of(LATENCY, SEED, "latency", N);
        assertEquals(0.5, Draws.fractionAtMost(xs, 0.02), Draws.fractionTolerance(0.5, N));
        assertEquals(0.9, Draws.fractionAtMost(xs, 0.08), Draws.fractionTolerance(0.9, N));
        assertEquals(0.99, Draws.fractionAtMost(xs, 0.4), Draws.fractionTolerance(0.99, N));
    }

    @Test
    void everySampleLiesBetweenMinAndMax() {
        double[] xs = Draws.of(LATENCY, SEED, "latency", N);
        for (double x : xs) {
            assertTrue(x >= 0.005 && x <= 2, () -> "sample " + x + " outside [0.005, 2]");
        }
    }

    @Test
    void theMeanIsTheIntegralOfThePiecewiseLinearQuantileFunction() {
        // Trapezoids: 0.5 (0.005 + 0.02)/2 + 0.4 (0.02 + 0.08)/2 + 0.09 (0.08 + 0.4)/2 + 0.01 (0.4 + 2)/2.
        double expected = 0.5 * 0.0125 + 0.4 * 0.05 + 0.09 * 0.24 + 0.01 * 1.2;
        assertEquals(expected, LATENCY.mean(), 1e-15);
    }

    @Test
    void theQuantileFunctionPassesThroughTheGivenPoints() {
        assertEquals(0.005, LATENCY.quantile(0), 0);
        assertEquals(0.02, LATENCY.quantile(0.5), 1e-15);
        assertEquals(0.08, LATENCY.quantile(0.9), 1e-15);
        assertEquals(0.4, LATENCY.quantile(0.99), 1e-15);
        assertEquals(2, LATENCY.quantile(1), 0);
    }

    @Test
    void theQuantileFunctionIsLinearBetweenThePoints() {
        assertEquals(0.05, LATENCY.quantile(0.7), 1e-15);
    }

    @Test
    void withoutMinTheSupportStartsAtZero() {
        InvertibleDistribution d = Distributions.empirical(1, 2, 5, 10);
        assertEquals(0, d.quantile(0), 0);
        assertEquals("empirical(min=0, p50=1, p90=2, p99=5, max=10)", d.describe());
    }
}
