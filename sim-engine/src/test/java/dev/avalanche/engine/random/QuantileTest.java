package dev.avalanche.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * quantile(p) agrees with the sampler: the fraction of samples at most quantile(p) is p within four
 * binomial standard errors ({@link Draws#fractionTolerance}), at p = 0.1, 0.5, 0.9 and 0.99.
 */
class QuantileTest {

    private static final int N = 200_000;
    private static final long SEED = 23L;
    private static final double[] PS = {0.1, 0.5, 0.9, 0.99};

    static Stream<InvertibleDistribution> distributions() {
        return Stream.of(
                Distributions.exponential(0.2),
                Distributions.uniform(0.5, 4),
                Distributions.truncatedNormal(1, 1),
                Distributions.truncatedNormal(10, 2),
                Distributions.lognormalByMedian(0.05, 1.5),
                Distributions.lognormalByMeanAndP99(0.1, 1),
                Distributions.pareto(0.01, 1.5),
                Distributions.empirical(1, 3, 10, 60));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void theFractionOfSamplesBelowTheQuantileOfPIsP(InvertibleDistribution d) {
        double[] xs = Draws.of(d, SEED, d.describe(), N);
        for (double p : PS) {
            assertEquals(p, Draws.fractionAtMost(xs, d.quantile(p)), Draws.fractionTolerance(p, N), d.describe() + " at p=" + p);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void quantileOfZeroIsTheBottomOfTheSupportAndNoSampleIsBelowIt(InvertibleDistribution d) {
        double bottom = d.quantile(0);
        for (double x : Draws.of(d, SEED, d.describe(), 10_000)) {
            assertTrue(x >= bottom, () -> "sample " + x + " below quantile(0) = " + bottom);
        }
    }
}
