package dev.avalanche.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The normal truncated at zero, with mean and sd 1 so that the truncation cuts off 16% of the mass
 * and moves the mean noticeably.
 */
class TruncatedNormalTest {

    private static final int N = 200_000;
    private static final long SEED = 13L;
    /** 1 + phi(1) / Phi(1), computed independently (Python, math.erfc). */
    private static final double TRUNCATED_MEAN = 1.2875999709391783;
    /** 1 - phi(1)/Phi(1) - (phi(1)/Phi(1))^2 for sd 1: the truncated variance. */
    private static final double TRUNCATED_VARIANCE = 0.6296862857766055;

    private final Distribution normal = Distributions.truncatedNormal(1, 1);

    @Test
    void noSampleIsNegative() {
        for (double x : Draws.of(normal, SEED, "tn", N)) {
            assertTrue(x >= 0, () -> "negative sample " + x);
        }
    }

    @Test
    void meanIsTheTruncatedMeanNotTheMeanParameter() {
        assertEquals(TRUNCATED_MEAN, normal.mean(), 1e-12);
    }

    @Test
    void theSampleMeanIsWithinFourStandardErrorsOfTheTruncatedMean() {
        // 4 SE is about 0.007; clamping negatives to 0 would give a mean of 1.083 and reflecting
        // them 1.167, so this also tells resampling from the cheaper shortcuts.
        double[] xs = Draws.of(normal, SEED, "tn", N);
        assertEquals(TRUNCATED_MEAN, Draws.mean(xs), Draws.Z * Math.sqrt(TRUNCATED_VARIANCE / N));
    }

    @Test
    void atMeanZeroItIsTheHalfNormal() {
        // Half-normal: mean sd * sqrt(2 / pi).
        assertEquals(2 * Math.sqrt(2 / Math.PI), Distributions.truncatedNormal(0, 2).mean(), 1e-12);
    }
}
