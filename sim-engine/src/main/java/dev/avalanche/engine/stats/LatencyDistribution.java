package dev.avalanche.engine.stats;

import java.util.Arrays;
import org.HdrHistogram.Histogram;

/**
 * An immutable snapshot of a {@link LatencyHistogram}: its recorded buckets (each bucket's highest
 * equivalent value in nanoseconds and its count, in increasing order of value), and the exact
 * count, mean, min and max. Percentiles read from a snapshot are exactly those the histogram gave
 * ({@link #percentile}); a snapshot takes 16 bytes per non-empty bucket (a few hundred for a
 * second of traffic), so a run can keep one per interval.
 *
 * <p>Safe to share between threads.
 */
public final class LatencyDistribution {

    /** Nothing recorded. */
    public static final LatencyDistribution EMPTY = new LatencyDistribution(new long[0], new long[0], 0, 0, 0);

    private final long[] bucketNanos;
    private final long[] counts;
    private final long total;
    /** Sum of the recorded nanoseconds, as {@link LatencyHistogram} keeps it. */
    private final double sumNanos;
    private final long minNanos;
    private final long maxNanos;

    /** Takes ownership of the arrays; {@link LatencyHistogram#snapshot()} is the way in. */
    LatencyDistribution(long[] bucketNanos, long[] counts, double sumNanos, long minNanos, long maxNanos) {
        this.bucketNanos = bucketNanos;
        this.counts = counts;
        this.sumNanos = sumNanos;
        this.minNanos = minNanos;
        this.maxNanos = maxNanos;
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        this.total = n;
    }

    /** The number of recorded latencies. */
    public long count() {
        return total;
    }

    /** Whether nothing was recorded. */
    public boolean isEmpty() {
        return total == 0;
    }

    /** The exact mean in seconds, NaN when nothing was recorded. */
    public double mean() {
        return total == 0 ? Double.NaN : sumNanos / total / 1e9;
    }

    /** The exact smallest latency in seconds, NaN when nothing was recorded. */
    public double min() {
        return total == 0 ? Double.NaN : minNanos / 1e9;
    }

    /** The exact largest latency in seconds, NaN when nothing was recorded. */
    public double max() {
        return total == 0 ? Double.NaN : maxNanos / 1e9;
    }

    /**
     * The {@code p}-th percentile in seconds, by the histogram's nearest-rank rule and clamped into
     * [min, max]: the value {@link LatencyHistogram#percentile} gave for the same latencies. NaN
     * when nothing was recorded.
     *
     * @throws IllegalArgumentException when {@code p} is NaN or outside [0, 100]
     */
    public double percentile(double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("a percentile must be in [0, 100] but was " + p);
        }
        if (total == 0) {
            return Double.NaN;
        }
        if (p == 0) {
            return minNanos / 1e9;
        }
        // HdrHistogram's rank: the smallest bucket whose cumulative count reaches ceil(p% of the total), at least 1.
        double requested = Math.min(Math.max(Math.nextAfter(p, Double.NEGATIVE_INFINITY), 0), 100);
        long rank = Math.max(1, (long) Math.ceil(requested * total / 100));
        long cumulative = 0;
        for (int i = 0; i < counts.length; i++) {
            cumulative += counts[i];
            if (cumulative >= rank) {
                return Math.clamp(bucketNanos[i], minNanos, maxNanos) / 1e9;
            }
        }
        return maxNanos / 1e9;
    }

    /** The number of non-empty buckets. */
    public int buckets() {
        return counts.length;
    }

    /** The highest latency in nanoseconds that bucket {@code i} (0-based, by increasing value) holds. */
    public long bucketNanos(int i) {
        return bucketNanos[i];
    }

    /** How many latencies bucket {@code i} holds. */
    public long bucketCount(int i) {
        return counts[i];
    }

    /** The sum of the recorded nanoseconds (for merging snapshots exactly). */
    double sumNanos() {
        return sumNanos;
    }

    long minNanos() {
        return minNanos;
    }

    long maxNanos() {
        return maxNanos;
    }

    /** Every latency of {@code parts} in one snapshot (merging intervals, windows or replications). */
    public static LatencyDistribution merge(Iterable<LatencyDistribution> parts) {
        LatencyHistogram h = new LatencyHistogram();
        for (LatencyDistribution d : parts) {
            h.add(d);
        }
        return h.snapshot();
    }

    /**
     * This distribution as one line of text ({@link LatencyHistogram#encode}'s form) that
     * {@link #decode} turns back into an equal distribution: how a distribution travels between machines.
     */
    public String encode() {
        LatencyHistogram h = new LatencyHistogram();
        h.add(this);
        return h.encode();
    }

    /**
     * The distribution {@code text} describes, as {@link #encode} wrote it.
     *
     * @throws IllegalArgumentException when {@code text} is not of that form ({@link LatencyHistogram#decode})
     */
    public static LatencyDistribution decode(String text) {
        return LatencyHistogram.decode(text).snapshot();
    }

    /**
     * A new HdrHistogram, in nanoseconds and at {@link LatencyHistogram}'s precision, holding
     * these latencies: for writing HdrHistogram's own formats ({@code .hgrm}, {@code .hlog}).
     * Its min and max are those of their buckets, not the exact ones.
     */
    public Histogram toHistogram() {
        Histogram h = LatencyHistogram.newHdrHistogram();
        recordInto(h);
        return h;
    }

    /**
     * Records these latencies into {@code h} (in nanoseconds, as {@link #toHistogram} does): for
     * filling one histogram again and again, an interval at a time, after a {@code reset()}.
     */
    public void recordInto(Histogram h) {
        for (int i = 0; i < counts.length; i++) {
            h.recordValueWithCount(bucketNanos[i], counts[i]);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LatencyDistribution d && d.total == total && d.sumNanos == sumNanos && d.minNanos == minNanos
                && d.maxNanos == maxNanos && Arrays.equals(d.bucketNanos, bucketNanos) && Arrays.equals(d.counts, counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bucketNanos) * 31 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "LatencyDistribution[count=%d, mean=%.6gs, p99=%.6gs, max=%.6gs]",
                count(), mean(), percentile(99), max());
    }
}
