package dev.avalanche.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * The two lognormal parameterisations: by median and sigma, and by mean and p99. Percentile checks
 * count the fraction of samples below the stated value (binomial, see
 * {@link Draws#fractionTolerance}); mean checks use the sample's own standard error.
 */
class LognormalTest {

    private static final int N = 200_000;
    private static final long SEED = 7L;
    private static final double Z99 = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.99);

    @Test
    void halfTheSamplesOfALognormalByMedianLieBelowTheMedian() {
        double[] xs = Draws.of(Distributions.lognormalByMedian(0.08, 1.2), SEED, "by-median", N);
        assertEquals(0.5, Draws.fractionAtMost(xs, 0.08), Draws.fractionTolerance(0.5, N));
    }

    @Test
    void aLognormalByMeanAndP99HasThatMeanExactly() {
        assertEquals(0.1, Distributions.lognormalByMeanAndP99(0.1, 0.5).mean(), 1e-15);
    }

    @Test
    void aLognormalByMeanAndP99HasThatP99Exactly() {
        assertEquals(0.5, Distributions.lognormalByMeanAndP99(0.1, 0.5).quantile(0.99), 1e-12);
    }

    @Test
    void theSampleMeanOfALognormalByMeanAndP99IsWithinFourStandardErrorsOfTheMean() {
        double[] xs = Draws.of(Distributions.lognormalByMeanAndP99(0.1, 0.5), SEED, "by-mean-p99", N);
        double standardError = Math.sqrt(Draws.variance(xs) / N);
        assertEquals(0.1, Draws.mean(xs), Draws.Z * standardError);
    }

    @Test
    void ninetyNinePercentOfTheSamplesOfALognormalByMeanAndP99LieBelowTheP99() {
        double[] xs = Draws.of(Distributions.lognormalByMeanAndP99(0.1, 0.5), SEED, "by-mean-p99", N);
        assertEquals(0.99, Draws.fractionAtMost(xs, 0.5), Draws.fractionTolerance(0.99, N));
    }

    @Test
    void theMeanAndP99SolutionIsTheLighterTailedRoot() {
        // Roots are z -+ sqrt(z^2 - 2 ln 5); the smaller is about 0.845, the larger about 3.81.
        Lognormal d = Lognormal.byMeanAndP99(0.1, 0.5);
        double smaller = Z99 - Math.sqrt(Z99 * Z99 - 2 * Math.log(5));
        assertEquals(smaller, d.sigma(), 1e-12);
    }

    @Test
    void aP99BarelyAboveTheMeanGivesAnAlmostConstantLognormalWithThatP99() {
        Lognormal d = Lognormal.byMeanAndP99(1, 1 + 1e-9);
        // ln(p99/mean) = z sigma - sigma^2/2 ~ z sigma for tiny sigma.
        assertEquals(1e-9 / Z99, d.sigma(), 1e-6 * 1e-9 / Z99);
        assertEquals(1 + 1e-9, d.quantile(0.99), 1e-15);
    }

    @Test
    void theLargestP99ALognormalCanHaveIsExpOfHalfZSquaredTimesTheMean() {
        double limit = Math.exp(0.5 * Z99 * Z99);
        assertEquals(Z99, Lognormal.byMeanAndP99(1, limit * (1 - 1e-15)).sigma(), 1e-6);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lognormal.byMeanAndP99(1, limit * (1 + 1e-9)));
        assertTrue(e.getMessage().contains("p99 must be at most"), e.getMessage());
    }

    @Test
    void describeStatesTheGivenParametersAndTheDerivedOnes() {
        String text = Distributions.lognormalByMeanAndP99(0.1, 0.5).describe();
        assertTrue(text.startsWith("lognormal(mean=0.1, p99=0.5; median="), text);
        assertTrue(text.contains("sigma=0.84"), text);
    }
}
