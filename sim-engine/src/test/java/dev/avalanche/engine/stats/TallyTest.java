package dev.avalanche.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;
import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void meanVarianceMinAndMaxMatchATwoPassComputation() {
        RandomStream rng = new RandomStreams(3).stream("tally");
        double[] xs = new double[100_000];
        Tally tally = new Tally();
        for (int i = 0; i < xs.length; i++) {
            // A large offset makes the naive sum-of-squares formula lose digits; Welford must not.
            xs[i] = 1e6 + 5 * rng.nextGaussian();
            tally.add(xs[i]);
        }
        double mean = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : xs) {
            mean += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        mean /= xs.length;
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }

        assertEquals(xs.length, tally.count());
        assertEquals(mean, tally.mean(), 1e-12 * mean);
        assertEquals(ss / (xs.length - 1), tally.variance(), 1e-9 * tally.variance());
        assertEquals(min, tally.min());
        assertEquals(max, tally.max());
    }

    @Test
    void varianceNeedsTwoObservations() {
        Tally tally = new Tally();
        tally.add(4);

        assertEquals(4, tally.mean());
        assertTrue(Double.isNaN(tally.variance()));
    }

    @Test
    void resetForgetsEveryEarlierObservation() {
        Tally tally = new Tally();
        tally.add(100);
        tally.add(-100);

        tally.reset();
        assertTrue(Double.isNaN(tally.mean()));
        tally.add(2);
        tally.add(4);

        assertEquals(2, tally.count());
        assertEquals(3, tally.mean());
        assertEquals(2, tally.variance());
        assertEquals(2, tally.min());
        assertEquals(4, tally.max());
    }
}
