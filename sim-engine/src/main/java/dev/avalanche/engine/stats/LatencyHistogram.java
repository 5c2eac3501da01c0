package dev.avalanche.engine.stats;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * Latencies recorded in whole nanoseconds and read back in seconds: count, exact mean, min and max,
 * and percentiles within a stated relative error ({@link #MAX_RELATIVE_ERROR}).
 *
 * <p>Backed by an HdrHistogram with {@value #SIGNIFICANT_DIGITS} significant digits and a
 * resolution of 1 ns: values below 256 ns are kept exactly, larger ones in buckets whose width is
 * at most 1/128 of the value. The histogram resizes itself, so no value is ever clamped or
 * rejected for being too large (up to {@link Long#MAX_VALUE} ns). Memory: about 31 KB for latencies
 * up to one minute, plus 1 KB per doubling of the largest latency beyond it. A unit of 1 µs would
 * save about 10 KB but break the error bound below 50 µs.
 *
 * <p>Percentiles use the nearest-rank definition: {@code percentile(p)} is within the bound of the
 * smallest recorded value such that at least p% of the values are less than or equal to it.
 *
 * <p>Not thread-safe: one histogram per simulation thread; merge replications with {@link #add}.
 */
public final class LatencyHistogram {

    /** HdrHistogram precision: 2 digits give 256 sub-buckets per power of two. */
    public static final int SIGNIFICANT_DIGITS = 2;

    /**
     * The bound on |reported - exact| / exact for every percentile: 1/128 = 0.78125%, below the 1%
     * the reports promise. Mean, min and max are exact (the mean to double rounding).
     */
    public static final double MAX_RELATIVE_ERROR = 1.0 / 128;

    /** The initial range in nanoseconds; values above it grow the histogram once instead of failing. */
    private static final long INITIAL_HIGHEST_NANOS = 60_000_000_000L;

    private final Histogram histogram = newHdrHistogram();
    /** Sum of the recorded nanoseconds; a double so that it cannot overflow, exact below 2^53 ns (104 days). */
    private double sumNanos;
    private long minNanos = Long.MAX_VALUE;
    private long maxNanos = Long.MIN_VALUE;

    public LatencyHistogram() {
    }

    /** An empty, self-resizing HdrHistogram in nanoseconds at this class's precision. */
    static Histogram newHdrHistogram() {
        Histogram h = new Histogram(1, INITIAL_HIGHEST_NANOS, SIGNIFICANT_DIGITS);
        h.setAutoResize(true);
        return h;
    }

    /**
     * Records one latency.
     *
     * @throws IllegalArgumentException when {@code nanos < 0}
     */
    public void record(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("a latency must be >= 0 ns but was " + nanos + " ns");
        }
        histogram.recordValue(nanos);
        sumNanos += nanos;
        if (nanos < minNanos) {
            minNanos = nanos;
        }
        if (nanos > maxNanos) {
            maxNanos = nanos;
        }
    }

    /** The number of recorded latencies. */
    public long count() {
        return histogram.getTotalCount();
    }

    /** The exact mean in seconds, NaN when nothing was recorded. */
    public double mean() {
        long n = count();
        return n == 0 ? Double.NaN : sumNanos / n / 1e9;
    }

    /** The exact smallest latency in seconds, NaN when nothing was recorded. */
    public double min() {
        return count() == 0 ? Double.NaN : minNanos / 1e9;
    }

    /** The exact largest latency in seconds, NaN when nothing was recorded. */
    public double max() {
        return count() == 0 ? Double.NaN : maxNanos / 1e9;
    }

    /**
     * The {@code p}-th percentile in seconds, within {@link #MAX_RELATIVE_ERROR} of the exact
     * nearest-rank value; {@code percentile(0)} is {@link #min()} and {@code percentile(100)} is
     * {@link #max()} exactly. NaN when nothing was recorded.
     *
     * @throws IllegalArgumentException when {@code p} is NaN or outside [0, 100]
     */
    public double percentile(double p) {
        // The rule is the snapshot's (HdrHistogram's nearest rank, clamped into [min, max]), written
        // once there; a percentile of a live histogram is asked rarely (reports, a run's notes).
        return snapshot().percentile(p);
    }

    /** Forgets every latency (warm-up deletion, or the start of a new interval); keeps the memory. */
    public void reset() {
        histogram.reset();
        sumNanos = 0;
        minNanos = Long.MAX_VALUE;
        maxNanos = Long.MIN_VALUE;
    }

    /** Adds every latency recorded in {@code other} to this one (merging replications); {@code other} is unchanged. */
    public void add(LatencyHistogram other) {
        if (other == this) {
            throw new IllegalArgumentException("a latency histogram cannot be added to itself");
        }
        histogram.add(other.histogram);
        sumNanos += other.sumNanos;
        minNanos = Math.min(minNanos, other.minNanos);
        maxNanos = Math.max(maxNanos, other.maxNanos);
    }

    /**
     * This histogram as one line of text that {@link #decode} turns back into a histogram giving
     * the same count, mean, min, max and percentiles, and adding to others the same way: the exact
     * sum of nanoseconds (as a hexadecimal double), the minimum and maximum in nanoseconds (empty
     * when nothing was recorded), then HdrHistogram's compressed encoding in base64, separated by
     * {@code ;}. This is how a histogram travels between machines to be merged.
     */
    public String encode() {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        String hdr = Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
        boolean empty = count() == 0;
        return Double.toHexString(sumNanos) + ";" + (empty ? "" : minNanos) + ";" + (empty ? "" : maxNanos) + ";" + hdr;
    }

    /**
     * The histogram {@code text} describes, as {@link #encode} wrote it.
     *
     * @throws IllegalArgumentException when {@code text} is not of that form, or its parts disagree
     *     (a minimum above the maximum, extremes given for an empty histogram or missing for another)
     */
    public static LatencyHistogram decode(String text) {
        String[] parts = text.split(";", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("a latency histogram must be sum;min;max;base64 but was " + abbreviate(text));
        }
        LatencyHistogram h = new LatencyHistogram();
        h.histogram.add(hdr(parts[3]));
        h.sumNanos = number(parts[0], Double::parseDouble);
        boolean empty = h.count() == 0;
        if (empty != parts[1].isEmpty() || empty != parts[2].isEmpty()) {
            throw new IllegalArgumentException("a latency histogram's min and max must be given exactly when it has values "
                    + "but were \"" + parts[1] + "\" and \"" + parts[2] + "\" for " + h.count() + " values");
        }
        if (!empty) {
            h.minNanos = number(parts[1], Long::parseLong);
            h.maxNanos = number(parts[2], Long::parseLong);
            if (h.minNanos < 0 || h.minNanos > h.maxNanos) {
                throw new IllegalArgumentException("a latency histogram's min and max must satisfy 0 <= min <= max but were "
                        + h.minNanos + " and " + h.maxNanos);
            }
            if (!h.histogram.valuesAreEquivalent(h.minNanos, h.histogram.getMinValue())
                    || !h.histogram.valuesAreEquivalent(h.maxNanos, h.histogram.getMaxValue())) {
                throw new IllegalArgumentException("a latency histogram's min and max must bound its values but were "
                        + h.minNanos + " and " + h.maxNanos + " ns for values from " + h.histogram.getMinValue() + " to "
                        + h.histogram.getMaxValue() + " ns");
            }
        }
        return h;
    }

    private static Histogram hdr(String base64) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(base64)),
                    INITIAL_HIGHEST_NANOS);
        } catch (DataFormatException | RuntimeException e) {
            throw new IllegalArgumentException("a latency histogram must end in HdrHistogram's compressed encoding in base64 "
                    + "but was " + abbreviate(base64) + " (" + e.getMessage() + ")", e);
        }
    }

    private static <T> T number(String text, java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a latency histogram's sum, min and max must be numbers but one was "
                    + abbreviate(text), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? "\"" + text + "\"" : "\"" + text.substring(0, 40) + "...\"";
    }

    /** Adds every latency of {@code snapshot} (merging intervals or replications kept as snapshots). */
    public void add(LatencyDistribution snapshot) {
        if (snapshot.isEmpty()) {
            return;
        }
        for (int i = 0; i < snapshot.buckets(); i++) {
            histogram.recordValueWithCount(snapshot.bucketNanos(i), snapshot.bucketCount(i));
        }
        sumNanos += snapshot.sumNanos();
        minNanos = Math.min(minNanos, snapshot.minNanos());
        maxNanos = Math.max(maxNanos, snapshot.maxNanos());
    }

    /**
     * An immutable copy of what was recorded so far, whose percentiles are this histogram's: its
     * non-empty buckets, each as its highest equivalent value and its count (what HdrHistogram's
     * {@code recordedValues()} iterates), found by stepping from the minimum's bucket to the
     * maximum's and stopping once every latency is counted. A run takes one per interval, so this
     * is a plain loop rather than HdrHistogram's iterator, which costs several times as much to run
     * and to compile.
     */
    public LatencyDistribution snapshot() {
        long total = count();
        if (total == 0) {
            return LatencyDistribution.EMPTY;
        }
        long[] values = new long[64];
        long[] counts = new long[64];
        int n = 0;
        long seen = 0;
        // The minimum lies in the lowest non-empty bucket (decode refuses extremes that do not bound the values).
        for (long v = histogram.lowestEquivalentValue(minNanos); seen < total; v = histogram.nextNonEquivalentValue(v)) {
            long c = histogram.getCountAtValue(v);
            if (c == 0) {
                continue;
            }
            if (n == values.length) {
                values = Arrays.copyOf(values, 2 * n);
                counts = Arrays.copyOf(counts, 2 * n);
            }
            values[n] = histogram.highestEquivalentValue(v);
            counts[n] = c;
            seen += c;
            n++;
        }
        return new LatencyDistribution(Arrays.copyOf(values, n), Arrays.copyOf(counts, n), sumNanos, minNanos, maxNanos);
    }

    @Override
    public String toString() {
        LatencyDistribution d = snapshot();
        return String.format(java.util.Locale.ROOT, "LatencyHistogram[count=%d, mean=%.6gs, p50=%.6gs, p99=%.6gs, max=%.6gs]",
                count(), mean(), d.percentile(50), d.percentile(99), max());
    }
}
