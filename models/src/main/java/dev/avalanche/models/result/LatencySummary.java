package dev.avalanche.models.result;

import dev.avalanche.engine.stats.LatencyDistribution;
import dev.avalanche.engine.stats.LatencyHistogram;
import java.util.List;

/**
 * Latencies in seconds, from the user's send to the response (SYN retransmissions and backlog
 * waiting included); percentiles within 1% relative error, mean, min and max exact. NaN when
 * nothing was measured.
 *
 * @param percentiles the 0th to 100th percentiles in steps of one (101 values), for
 *     {@link #rank}; empty when not kept
 * @param min the smallest latency; NaN when not known
 * @param distribution every latency, bucketed as the histogram kept them, for any percentile
 *     ({@link #percentile}), HdrHistogram's files and the percentile spectrum; empty when not kept
 */
public record LatencySummary(long count, double mean, double p50, double p90, double p99, double max, List<Double> percentiles,
        double min, LatencyDistribution distribution) {

    /** A summary without the percentile table, the min or the distribution. */
    public LatencySummary(long count, double mean, double p50, double p90, double p99, double max) {
        this(count, mean, p50, p90, p99, max, List.of());
    }

    /** A summary without the min or the distribution. */
    public LatencySummary(long count, double mean, double p50, double p90, double p99, double max, List<Double> percentiles) {
        this(count, mean, p50, p90, p99, max, percentiles, Double.NaN, LatencyDistribution.EMPTY);
    }

    public LatencySummary {
        percentiles = List.copyOf(percentiles);
        if (!percentiles.isEmpty() && percentiles.size() != 101) {
            throw new IllegalArgumentException("percentiles: got " + percentiles.size() + "; allowed 101 (0 to 100) or none");
        }
        distribution = distribution == null ? LatencyDistribution.EMPTY : distribution;
    }

    /**
     * The {@code p}-th percentile in seconds (nearest rank, within the histogram's 1%): from the
     * distribution when it was kept, else the p50, p90, p99, min (0) or max (100) fields; NaN
     * when neither knows it.
     *
     * @throws IllegalArgumentException when {@code p} is NaN or outside [0, 100]
     */
    public double percentile(double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("a percentile must be in [0, 100] but was " + p);
        }
        if (!distribution.isEmpty()) {
            return distribution.percentile(p);
        }
        return p == 50 ? p50 : p == 90 ? p90 : p == 99 ? p99 : p == 100 ? max : p == 0 ? min : Double.NaN;
    }

    /** The summary of {@code h}, with its percentile table, min and distribution. */
    public static LatencySummary of(LatencyHistogram h) {
        // Read from the snapshot: the histogram's own percentiles, from its non-empty buckets only.
        LatencyDistribution d = h.snapshot();
        Double[] table = new Double[101];
        for (int p = 0; p <= 100; p++) {
            table[p] = d.percentile(p);
        }
        return new LatencySummary(d.count(), d.mean(), d.percentile(50), d.percentile(90), d.percentile(99), d.max(),
                d.isEmpty() ? List.of() : List.of(table), d.min(), d);
    }

    /**
     * The fraction of latencies at or below {@code seconds}, read from the percentile table (linear
     * between its points, so within a percentage point; values within the histogram's resolution
     * count as equal); NaN without a table.
     */
    public double rank(double seconds) {
        return position(seconds * (1 + LatencyHistogram.MAX_RELATIVE_ERROR), false);
    }

    /** The fraction of latencies below {@code seconds}, as {@link #rank} reads it; NaN without a table. */
    public double rankBelow(double seconds) {
        return position(seconds / (1 + LatencyHistogram.MAX_RELATIVE_ERROR), true);
    }

    /** The fraction of the table's points at or below {@code x} (below when {@code strict}), interpolated. */
    private double position(double x, boolean strict) {
        if (percentiles.isEmpty() || Double.isNaN(x)) {
            return Double.NaN;
        }
        int n = percentiles.size() - 1;
        int below = -1; // the highest index whose value is <= x (< x when strict)
        for (int i = 0; i <= n; i++) {
            double v = percentiles.get(i);
            if (strict ? v < x : v <= x) {
                below = i;
            }
        }
        if (below < 0) {
            return 0;
        }
        if (below == n) {
            return 1;
        }
        double lo = percentiles.get(below);
        double up = percentiles.get(below + 1);
        double within = up > lo ? Math.min(1, Math.max(0, (x - lo) / (up - lo))) : 0;
        return (below + within) / n;
    }
}
