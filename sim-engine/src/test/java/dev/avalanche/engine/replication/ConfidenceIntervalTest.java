package dev.avalanche.engine.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;
import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {

    @Test
    void aSmallSampleGivesTheHandComputedStudentTInterval() {
        // mean 3, s = sqrt(2.5), t(0.975, 4) = 2.776445: half-width 2.776445 * sqrt(2.5) / sqrt(5) = 1.963243.
        ConfidenceInterval ci = ConfidenceInterval.of95(new double[] {1, 2, 3, 4, 5});

        assertEquals(3.0, ci.mean(), 1e-12);
        assertEquals(2.776445 * Math.sqrt(2.5) / Math.sqrt(5), ci.halfWidth(), 1e-6);
        assertEquals(1.036757, ci.lower(), 1e-6);
        assertEquals(4.963243, ci.upper(), 1e-6);
        assertEquals(5, ci.n());
    }

    @Test
    void about95PercentOf1000IntervalsContainTheTrueMean() {
        RandomStream rng = new RandomStreams(5).stream("coverage");
        double trueMean = 5;
        int trials = 1000;
        int covered = 0;
        for (int i = 0; i < trials; i++) {
            double[] xs = new double[10];
            for (int j = 0; j < xs.length; j++) {
                xs[j] = trueMean + 2 * rng.nextGaussian();
            }
            if (ConfidenceInterval.of95(xs).contains(trueMean)) {
                covered++;
            }
        }

        // Four binomial standard deviations around 95%: fails by chance with probability below 1e-4.
        double tolerance = 4 * Math.sqrt(0.95 * 0.05 / trials);
        double coverage = covered / (double) trials;
        assertEquals(0.95, coverage, tolerance, "coverage " + coverage);
    }

    @Test
    void aSingleSampleHasAMeanButNoHalfWidth() {
        ConfidenceInterval ci = ConfidenceInterval.of95(new double[] {7});

        assertEquals(7, ci.mean());
        assertTrue(Double.isNaN(ci.halfWidth()));
    }

    @Test
    void aLevelOutsideZeroToOneIsRejectedWithItsValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfidenceInterval.of(new double[] {1, 2}, 1.0));

        assertEquals("a confidence level must be in (0, 1) but was 1.0", e.getMessage());
    }

    @Test
    void anEmptySampleIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of95(new double[0]));
    }
}
