package dev.avalanche.engine.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The contract of named streams: reproducible, independent of one another and of creation order.
 * "Differ" is checked as "no position of the first 100 longs coincides": for unrelated 64-bit
 * streams a coincidence has probability about 100 / 2^64, so these oracles fail only when streams
 * are actually shared or shifted copies.
 */
class RandomStreamsTest {

    private static final int LENGTH = 100;

    private static long[] longs(RandomStream s) {
        long[] xs = new long[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            xs[i] = s.nextLong();
        }
        return xs;
    }

    private static int coincidences(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same;
    }

    @Test
    void theSameSeedAndNameGiveTheSameSequence() {
        assertArrayEquals(longs(new RandomStreams(42).stream("arrivals")), longs(new RandomStreams(42).stream("arrivals")));
    }

    @Test
    void differentNamesGiveDifferentSequences() {
        RandomStreams streams = new RandomStreams(42);
        assertEquals(0, coincidences(longs(streams.stream("arrivals")), longs(streams.stream("service"))));
    }

    @Test
    void replicationKDiffersFromReplicationKPlusOne() {
        RandomStreams streams = new RandomStreams(42);
        for (int k = 0; k < 5; k++) {
            long[] here = longs(streams.forReplication(k).stream("arrivals"));
            long[] next = longs(streams.forReplication(k + 1).stream("arrivals"));
            assertEquals(0, coincidences(here, next), "replication " + k + " vs " + (k + 1));
        }
    }

    @Test
    void replicationZeroIsTheDefault() {
        assertArrayEquals(longs(new RandomStreams(42).stream("a")), longs(new RandomStreams(42).forReplication(0).stream("a")));
    }

    @Test
    void creatingAndUsingAnotherStreamDoesNotChangeTheDrawsOfAnExistingOne() {
        RandomStreams streams = new RandomStreams(42);
        long[] alone = longs(streams.stream("service"));

        RandomStream service = streams.stream("service");
        RandomStream arrivals = streams.stream("arrivals");
        long[] interleaved = new long[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            arrivals.nextLong();
            interleaved[i] = service.nextLong();
            streams.stream("created-late-" + i).nextLong();
        }
        assertArrayEquals(alone, interleaved);
    }

    @Test
    void differentMasterSeedsGiveDifferentSequences() {
        assertEquals(0, coincidences(longs(new RandomStreams(42).stream("a")), longs(new RandomStreams(43).stream("a"))));
    }

    @Test
    void streamsWithDifferentNamesAreUncorrelated() {
        // For independent uniforms the sample correlation of n pairs has sd 1 / sqrt(n).
        int n = 200_000;
        RandomStreams streams = new RandomStreams(42);
        RandomStream a = streams.stream("a");
        RandomStream b = streams.stream("b");
        double sx = 0;
        double sy = 0;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double x = a.nextDouble();
            double y = b.nextDouble();
            sx += x;
            sy += y;
            sxy += x * y;
            sxx += x * x;
            syy += y * y;
        }
        double r = (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
        assertTrue(Math.abs(r) < Draws.Z / Math.sqrt(n), "correlation " + r);
    }

    @Test
    void aNegativeReplicationIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RandomStreams(1).forReplication(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void anEmptyStreamNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RandomStreams(1).stream(""));
    }
}
