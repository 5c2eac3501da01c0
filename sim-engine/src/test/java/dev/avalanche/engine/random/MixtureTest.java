package dev.avalanche.engine.random;

import static dev.avalanche.engine.random.Distributions.mixture;
import static dev.avalanche.engine.random.Distributions.uniform;
import static dev.avalanche.engine.random.Distributions.weighted;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Mixtures of components with disjoint supports, so that each sample tells which component it came
 * from; the fraction from each is then Binomial(n, weight) / n (see {@link Draws#fractionTolerance}).
 */
class MixtureTest {

    private static final int N = 200_000;
    private static final long SEED = 17L;

    @Test
    void theFractionOfSamplesFromEachComponentIsItsWeight() {
        Distribution d = mixture(weighted(0.6, uniform(0, 1)), weighted(0.3, uniform(2, 3)), weighted(0.1, uniform(4, 5)));
        double[] xs = Draws.of(d, SEED, "three", N);
        double first = Draws.fractionAtMost(xs, 1.5);
        double second = Draws.fractionAtMost(xs, 3.5) - first;
        double third = 1 - first - second;
        assertEquals(0.6, first, Draws.fractionTolerance(0.6, N));
        assertEquals(0.3, second, Draws.fractionTolerance(0.3, N));
        assertEquals(0.1, third, Draws.fractionTolerance(0.1, N));
    }

    @Test
    void relativeWeightsAreNormalised() {
        Distribution d = mixture(weighted(95, uniform(0, 1)), weighted(5, uniform(2, 3)));
        double[] xs = Draws.of(d, SEED, "fast-slow", N);
        assertEquals(0.05, 1 - Draws.fractionAtMost(xs, 1.5), Draws.fractionTolerance(0.05, N));
    }

    @Test
    void weightsInPercentAndInFractionsGiveTheSameSamples() {
        Distribution percent = mixture(weighted(95, uniform(0, 1)), weighted(5, uniform(2, 3)));
        Distribution fraction = mixture(weighted(0.95, uniform(0, 1)), weighted(0.05, uniform(2, 3)));
        assertArrayEquals(Draws.of(percent, SEED, "s", 1000), Draws.of(fraction, SEED, "s", 1000));
    }

    @Test
    void theMeanIsTheWeightedMeanOfTheComponents() {
        Distribution d = mixture(weighted(3, Distributions.exponential(1)), weighted(1, Distributions.constant(5)));
        assertEquals(0.75 * 1 + 0.25 * 5, d.mean(), 1e-15);
    }

    @Test
    void aComponentWithInfiniteMeanMakesTheMeanInfinite() {
        Distribution d = mixture(weighted(0.99, uniform(0, 1)), weighted(0.01, Distributions.pareto(1, 0.9)));
        assertEquals(Double.POSITIVE_INFINITY, d.mean());
    }

    @Test
    void aSingleComponentMixtureSamplesLikeItsComponentAfterTheChoiceDraw() {
        // The choice always consumes one uniform, then the component draws: same as skipping one draw.
        RandomStream a = new RandomStreams(SEED).stream("single");
        RandomStream b = new RandomStreams(SEED).stream("single");
        Distribution d = mixture(weighted(1, uniform(0, 1)));
        for (int i = 0; i < 100; i++) {
            b.nextDouble();
            assertEquals(b.nextDouble(), d.sample(a), 0);
        }
    }

    @Test
    void describeListsTheNormalisedWeights() {
        Distribution d = mixture(weighted(3, Distributions.exponential(1)), weighted(1, Distributions.constant(5)));
        assertEquals("mixture(0.75: exponential(mean=1), 0.25: constant(5))", d.describe());
    }
}
