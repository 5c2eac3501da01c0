package dev.avalanche.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatencyHistogramTest {

    private static final double[] PERCENTILES = {0, 0.1, 1, 10, 25, 50, 75, 90, 95, 99, 99.9, 99.99, 100};

    /** Log-uniform latencies from 100 ns to 100 s, so that every bucket size is exercised. */
    private static long[] latencies(String stream, int n) {
        RandomStream rng = new RandomStreams(11).stream(stream);
        long[] xs = new long[n];
        for (int i = 0; i < n; i++) {
            xs[i] = Math.round(Math.exp(Math.log(100) + rng.nextDouble() * Math.log(1e9)));
        }
        return xs;
    }

    /** The nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
    private static long exactPercentile(long[] sorted, double p) {
        long rank = (long) Math.ceil(p / 100 * sorted.length - 1e-9);
        return sorted[(int) Math.max(1, rank) - 1];
    }

    @Test
    void percentilesOf100kRandomLatenciesAreWithinTheStatedRelativeError() {
        long[] xs = latencies("percentiles", 100_000);
        LatencyHistogram h = new LatencyHistogram();
        for (long x : xs) {
            h.record(x);
        }
        long[] sorted = xs.clone();
        Arrays.sort(sorted);

        for (double p : PERCENTILES) {
            long exact = exactPercentile(sorted, p);
            long reported = Math.round(h.percentile(p) * 1e9);
            double error = Math.abs(reported - exact) / (double) exact;
            assertTrue(error <= LatencyHistogram.MAX_RELATIVE_ERROR,
                    "p" + p + ": reported " + reported + " ns, exact " + exact + " ns, relative error " + error);
        }
    }

    @Test
    void countMeanMinAndMaxAreExact() {
        long[] xs = latencies("exact", 10_000);
        LatencyHistogram h = new LatencyHistogram();
        long sum = 0;
        for (long x : xs) {
            h.record(x);
            sum += x;
        }

        assertEquals(xs.length, h.count());
        assertEquals(sum / 1e9 / xs.length, h.mean(), 1e-15);
        assertEquals(Arrays.stream(xs).min().orElseThrow() / 1e9, h.min());
        assertEquals(Arrays.stream(xs).max().orElseThrow() / 1e9, h.max());
        assertEquals(h.max(), h.percentile(100));
        assertEquals(h.min(), h.percentile(0));
    }

    @Test
    void mergingTwoHistogramsEqualsRecordingEverythingIntoOne() {
        long[] a = latencies("merge-a", 50_000);
        long[] b = latencies("merge-b", 30_000);
        LatencyHistogram ha = new LatencyHistogram();
        LatencyHistogram hb = new LatencyHistogram();
        LatencyHistogram all = new LatencyHistogram();
        for (long x : a) {
            ha.record(x);
            all.record(x);
        }
        for (long x : b) {
            hb.record(x);
            all.record(x);
        }

        ha.add(hb);

        assertEquals(all.count(), ha.count());
        assertEquals(all.mean(), ha.mean());
        assertEquals(all.min(), ha.min());
        assertEquals(all.max(), ha.max());
        for (double p : PERCENTILES) {
            assertEquals(all.percentile(p), ha.percentile(p), "p" + p);
        }
        assertEquals(b.length, hb.count());
    }

    @Test
    void latenciesFarBeyondTheInitialRangeAreRecordedNotClamped() {
        LatencyHistogram h = new LatencyHistogram();
        long century = 100L * 365 * 24 * 3600 * 1_000_000_000L;
        h.record(1_000);
        h.record(century);
        h.record(Long.MAX_VALUE);

        assertEquals(3, h.count());
        assertEquals(Long.MAX_VALUE / 1e9, h.max());
        long median = Math.round(h.percentile(50) * 1e9);
        assertTrue(Math.abs(median - century) <= century * LatencyHistogram.MAX_RELATIVE_ERROR, "median " + median);
    }

    @Test
    void resetForgetsEveryLatency() {
        LatencyHistogram h = new LatencyHistogram();
        h.record(5_000_000_000L);
        h.reset();
        h.record(1_000);

        assertEquals(1, h.count());
        assertEquals(1e-6, h.max());
        assertEquals(1e-6, h.percentile(99));
        assertEquals(1e-6, h.mean());
    }

    @Test
    void anEmptyHistogramAnswersNaN() {
        LatencyHistogram h = new LatencyHistogram();

        assertEquals(0, h.count());
        assertTrue(Double.isNaN(h.mean()));
        assertTrue(Double.isNaN(h.min()));
        assertTrue(Double.isNaN(h.max()));
        assertTrue(Double.isNaN(h.percentile(50)));
    }

    @Test
    void aNegativeLatencyIsRejectedWithItsValue() {
        LatencyHistogram h = new LatencyHistogram();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.record(-5));

        assertEquals("a latency must be >= 0 ns but was -5 ns", e.getMessage());
        assertEquals(0, h.count());
    }

    @ParameterizedTest(name = "percentile {0} is rejected")
    @ValueSource(doubles = {-0.1, 100.1, Double.NaN})
    void aPercentileOutsideZeroToHundredIsRejected(double p) {
        LatencyHistogram h = new LatencyHistogram();
        h.record(1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.percentile(p));

        assertEquals("a percentile must be in [0, 100] but was " + p, e.getMessage());
    }

    @Test
    void aHistogramCannotBeAddedToItself() {
        LatencyHistogram h = new LatencyHistogram();

        assertThrows(IllegalArgumentException.class, () -> h.add(h));
    }

    private static void assertSame(LatencyHistogram expected, LatencyHistogram actual) {
        assertEquals(expected.count(), actual.count());
        assertEquals(expected.mean(), actual.mean());
        assertEquals(expected.min(), actual.min());
        assertEquals(expected.max(), actual.max());
        for (double p : PERCENTILES) {
            assertEquals(expected.percentile(p), actual.percentile(p), "p" + p);
        }
    }

    @Test
    void anEncodedHistogramDecodesToTheSameCountMeanExtremesAndPercentiles() {
        LatencyHistogram h = new LatencyHistogram();
        for (long x : latencies("encode", 20_000)) {
            h.record(x);
        }
        h.record(3_600_000_000_000L); // an hour: beyond the initial range

        assertSame(h, LatencyHistogram.decode(h.encode()));

        LatencyHistogram edges = new LatencyHistogram();
        for (long x : new long[] {0, 5, Long.MAX_VALUE}) {
            edges.record(x);
        }
        assertSame(edges, LatencyHistogram.decode(edges.encode()));
    }

    @Test
    void decodedHistogramsMergeExactlyAsTheOriginalsDo() {
        LatencyHistogram a = new LatencyHistogram();
        LatencyHistogram b = new LatencyHistogram();
        Arrays.stream(latencies("merge-a", 5_000)).forEach(a::record);
        Arrays.stream(latencies("merge-b", 7_000)).forEach(b::record);
        LatencyHistogram original = new LatencyHistogram();
        original.add(a);
        original.add(b);
        LatencyHistogram travelled = new LatencyHistogram();
        travelled.add(LatencyHistogram.decode(a.encode()));
        travelled.add(LatencyHistogram.decode(b.encode()));

        assertSame(original, travelled);
    }

    @Test
    void anEmptyHistogramStaysEmptyThroughItsEncoding() {
        LatencyHistogram decoded = LatencyHistogram.decode(new LatencyHistogram().encode());

        assertEquals(0, decoded.count());
        assertTrue(Double.isNaN(decoded.max()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0x0.0p0;;;", "1;2;3;not base64!"})
    void aDamagedEncodingIsRejectedAsALatencyHistogram(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LatencyHistogram.decode(text));

        assertTrue(e.getMessage().startsWith("a latency histogram"), e.getMessage());
    }

    @Test
    void anEncodingWhoseExtremesDisagreeWithItsValuesIsRejected() {
        LatencyHistogram h = new LatencyHistogram();
        h.record(5);
        h.record(9);
        String[] parts = h.encode().split(";");

        assertThrows(IllegalArgumentException.class, () -> LatencyHistogram.decode(parts[0] + ";9;5;" + parts[3]));
        assertThrows(IllegalArgumentException.class, () -> LatencyHistogram.decode(parts[0] + ";;;" + parts[3]));
        assertThrows(IllegalArgumentException.class,
                () -> LatencyHistogram.decode(parts[0] + ";1;2;" + new LatencyHistogram().encode().split(";")[3]));
        // Extremes in order but not bounding the values: a minimum above 5, a maximum below 9, both far off.
        for (String extremes : List.of(";7;9;", ";5;7;", ";1000;2000;")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> LatencyHistogram.decode(parts[0] + extremes + parts[3]));
            assertTrue(e.getMessage().contains("must bound its values"), e.getMessage());
        }
        assertEquals(2, LatencyHistogram.decode(parts[0] + ";5;9;" + parts[3]).snapshot().count());
    }
}
