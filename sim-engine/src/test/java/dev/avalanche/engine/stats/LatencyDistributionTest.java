package dev.avalanche.engine.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.junit.jupiter.api.Test;

class LatencyDistributionTest {

    private static final double[] PERCENTILES = {0, 0.1, 1, 10, 25, 50, 75, 90, 95, 99, 99.9, 99.99, 99.999, 100};

    /** Log-uniform latencies from 100 ns to 100 s, so that every bucket size is exercised. */
    private static LatencyHistogram recorded(String stream, int n) {
        RandomStream rng = new RandomStreams(5).stream(stream);
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 0; i < n; i++) {
            h.record(Math.round(Math.exp(Math.log(100) + rng.nextDouble() * Math.log(1e9))));
        }
        return h;
    }

    @Test
    void aSnapshotGivesTheHistogramsOwnCountMeanMinMaxAndPercentiles() {
        LatencyHistogram h = recorded("same", 50_000);

        LatencyDistribution d = h.snapshot();

        assertEquals(h.count(), d.count());
        assertEquals(h.mean(), d.mean());
        assertEquals(h.min(), d.min());
        assertEquals(h.max(), d.max());
        for (double p : PERCENTILES) {
            // Both against HdrHistogram's own answer for the same values, not against each other
            // (the histogram's percentile is read from its snapshot).
            assertEquals(hdrPercentile(h, p), d.percentile(p), "p" + p);
            assertEquals(hdrPercentile(h, p), h.percentile(p), "p" + p);
        }
        long inBuckets = 0;
        for (int i = 0; i < d.buckets(); i++) {
            inBuckets += d.bucketCount(i);
            assertTrue(i == 0 || d.bucketNanos(i) > d.bucketNanos(i - 1), "buckets in increasing order");
        }
        assertEquals(h.count(), inBuckets);
    }

    private static List<long[]> buckets(LatencyDistribution d) {
        List<long[]> buckets = new ArrayList<>();
        for (int i = 0; i < d.buckets(); i++) {
            buckets.add(new long[] {d.bucketNanos(i), d.bucketCount(i)});
        }
        return buckets;
    }

    @Test
    void aSnapshotsBucketsAreThoseHdrHistogramsIteratorGives() {
        LatencyHistogram spread = recorded("buckets", 30_000);
        LatencyHistogram edges = new LatencyHistogram();
        for (long x : new long[] {0, 1, 255, 256, 257, 1_000_000, 1_000_000, 60_000_000_001L, Long.MAX_VALUE}) {
            edges.record(x);
        }
        LatencyHistogram one = new LatencyHistogram();
        one.record(123_456_789);

        for (LatencyHistogram h : List.of(spread, edges, one)) {
            // The iterator over the histogram itself, not over a copy made from the snapshot.
            List<long[]> expected = new ArrayList<>();
            for (HistogramIterationValue v : hdr(h).recordedValues()) {
                expected.add(new long[] {v.getValueIteratedTo(), v.getCountAtValueIteratedTo()});
            }
            List<long[]> actual = buckets(h.snapshot());
            assertEquals(expected.size(), actual.size());
            for (int i = 0; i < expected.size(); i++) {
                assertArrayEquals(expected.get(i), actual.get(i), "bucket " + i);
            }
        }
    }

    /**
     * HdrHistogram's percentile of {@code h}'s values (the top of the bucket, the bottom at 0),
     * clamped into the exact [min, max] as the histogram's percentiles are.
     */
    private static double hdrPercentile(LatencyHistogram h, double p) {
        return Math.min(Math.max(hdr(h).getValueAtPercentile(p) / 1e9, h.min()), h.max());
    }

    /** A histogram's HdrHistogram, reached through its encoding (the class keeps it private). */
    private static Histogram hdr(LatencyHistogram h) {
        try {
            String base64 = h.encode().split(";")[3];
            return Histogram.decodeFromCompressedByteBuffer(java.nio.ByteBuffer.wrap(java.util.Base64.getDecoder().decode(base64)), 1);
        } catch (java.util.zip.DataFormatException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSnapshotDoesNotChangeWhenTheHistogramGoesOn() {
        LatencyHistogram h = recorded("frozen", 1000);
        LatencyDistribution before = h.snapshot();
        double p99 = before.percentile(99);

        h.record(500_000_000_000L);
        h.reset();

        assertEquals(1000, before.count());
        assertEquals(p99, before.percentile(99));
    }

    @Test
    void mergingSnapshotsEqualsRecordingEverythingIntoOneHistogram() {
        LatencyHistogram a = recorded("merge-a", 20_000);
        LatencyHistogram b = recorded("merge-b", 7_000);
        LatencyDistribution parts = LatencyDistribution.merge(List.of(a.snapshot(), LatencyDistribution.EMPTY, b.snapshot()));
        a.add(b);

        assertEquals(a.snapshot(), parts);
        for (double p : PERCENTILES) {
            assertEquals(hdrPercentile(a, p), parts.percentile(p), "p" + p);
        }
    }

    @Test
    void theHdrHistogramCopyHoldsTheSameCountsAtEveryPercentile() {
        LatencyHistogram h = recorded("copy", 10_000);
        LatencyDistribution d = h.snapshot();

        Histogram copy = d.toHistogram();

        assertEquals(d.count(), copy.getTotalCount());
        for (double p : PERCENTILES) {
            if (p > 0 && p < 100) {
                // The copy answers with the top of the bucket; the snapshot clamps it to the exact max.
                assertEquals(d.percentile(p), Math.min(copy.getValueAtPercentile(p) / 1e9, d.max()), "p" + p);
            }
        }
    }

    @Test
    void anEmptySnapshotAnswersNaNAndIsTheSharedEmptyOne() {
        LatencyDistribution d = new LatencyHistogram().snapshot();

        assertSame(LatencyDistribution.EMPTY, d);
        assertTrue(d.isEmpty());
        assertTrue(Double.isNaN(d.percentile(99)));
        assertTrue(Double.isNaN(d.mean()));
        assertEquals(0, d.toHistogram().getTotalCount());
    }
}
