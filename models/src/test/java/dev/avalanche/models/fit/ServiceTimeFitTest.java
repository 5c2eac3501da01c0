package dev.avalanche.models.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** The fits recover the distributions that generated their samples, within their sampling error. */
class ServiceTimeFitTest {

    @Test
    void lognormalSamplesAreFittedAsLognormalWithTheirMedianAndSigma() {
        double[] x = new LogNormalDistribution(new Well19937c(7), Math.log(0.2), 0.5, 1e-9).sample(4000);
        ServiceTimeFit f = ServiceTimeFit.of(x);
        assertEquals(ServiceTimeFit.Family.LOGNORMAL, f.family(), f.toString());
        // sd of ln x's mean: 0.5 / sqrt(4000) = 0.008, so the median within 3% is about 4 sd
        assertEquals(0.2, f.scale(), 0.2 * 0.03, f.toString());
        assertEquals(0.5, f.shape(), 0.03, f.toString());
        assertTrue(f.worstQuantileError() < 0.1, f.toString());
        assertEquals(3, f.checks().size(), "p50, p90 and p99 with 100 samples or more");
    }

    @Test
    void gammaSamplesAreFittedAsGammaWithTheirMeanAndShape() {
        double[] x = new GammaDistribution(new Well19937c(11), 2.0, 0.05, 1e-9).sample(4000);
        ServiceTimeFit f = ServiceTimeFit.of(x);
        assertEquals(ServiceTimeFit.Family.GAMMA, f.family(), f.toString());
        assertEquals(0.1, f.scale(), 0.1 * 0.03, f.toString());
        assertEquals(2.0, f.shape(), 0.2, f.toString());
        assertTrue(Math.abs(f.mean() - 0.1) <= 2 * f.meanHalfWidth95(), "the true mean is inside twice the 95% half-width: " + f);
    }

    @Test
    void samplesThatBarelyVaryAreAConstant() {
        double[] x = {1.001, 1.002, 1.003, 1.001, 1.004, 1.002};
        ServiceTimeFit f = ServiceTimeFit.of(x);
        assertEquals(ServiceTimeFit.Family.CONSTANT, f.family());
        assertEquals(f.mean(), f.fittedMean(), 1e-12);
    }

    @Test
    void tooFewOrNonPositiveSamplesAreRefusedNamingTheRule() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServiceTimeFit.of(new double[] {1, 2}))
                .getMessage().startsWith("samples: got 2; allowed at least 5"));
        assertThrows(IllegalArgumentException.class, () -> ServiceTimeFit.of(new double[] {1, 2, 3, 0, 4}));
    }

    @Test
    void aBurstsFirstWaveIsCountedUpToTheFirstGapOfHalfAServiceTime() {
        double[] burst = {1.01, 1.02, 1.00, 1.03, 2.01, 2.02, 2.05, 2.00, 3.1};
        assertEquals(OptionalInt.of(4), ConcurrencyLimit.firstWave(burst, 1.0));
        assertEquals(OptionalInt.empty(), ConcurrencyLimit.firstWave(new double[] {1.0, 1.1, 1.2, 1.3}, 1.0));
        ConcurrencyLimit l = ConcurrencyLimit.of(List.of(new ConcurrencyLimit.Step(2, 10, 5, 0),
                new ConcurrencyLimit.Step(8, 40, 10, 0)), 1.0, burst);
        assertEquals(4, l.limit());
        assertEquals("burst", l.method());
        assertEquals(4.0, l.littleEstimate(), 1e-9, "4 req/s x 1 s");
    }

    @Test
    void aServiceTimeInflatedAtLowLoadStillFindsTheWavesByTheBurstsEarliestResponse() {
        // The low-load steps read 0.63 s (a busy host); the burst found the service at about 0.4 s:
        // its waves are 0.4 s apart, and a gap of half of 0.63 s would blur them.
        double[] burst = {0.40, 0.45, 0.52, 0.60, 0.66, 0.71, 1.02, 1.05, 1.08, 1.12, 1.15, 1.20, 1.45, 1.5};
        assertEquals(OptionalInt.empty(), ConcurrencyLimit.firstWave(burst, 0.63));
        assertTrue(ConcurrencyLimit.wavesApart(burst, 0.63));
        ConcurrencyLimit l = ConcurrencyLimit.of(List.of(new ConcurrencyLimit.Step(8, 40, 10, 0)), 0.63, burst);
        assertEquals(6, l.limit(), l.toString());
        assertEquals("burst", l.method());
        assertTrue(!ConcurrencyLimit.wavesApart(new double[] {1.0, 1.1, 1.2, 1.3}, 1.0), "one wave: nothing to count");
        assertTrue(!ConcurrencyLimit.wavesApart(new double[0], 1.0));
    }

    @Test
    void withoutCleanWavesTheLimitIsLittlesLawRounded() {
        ConcurrencyLimit l = ConcurrencyLimit.of(List.of(new ConcurrencyLimit.Step(16, 160, 10.3, 0)), 0.5, new double[0]);
        assertEquals(8, l.limit(), "15.5 req/s x 0.5 s = 7.77");
        assertEquals("little", l.method());
        assertTrue(ConcurrencyLimit.onPlateau(new ConcurrencyLimit.Step(8, 100, 10, 0), new ConcurrencyLimit.Step(16, 105, 10, 0)));
        assertTrue(!ConcurrencyLimit.onPlateau(new ConcurrencyLimit.Step(8, 100, 10, 0), new ConcurrencyLimit.Step(16, 150, 10, 0)));
    }
}
