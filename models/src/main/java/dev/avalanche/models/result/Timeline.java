package dev.avalanche.models.result;

import dev.avalanche.engine.stats.LatencyDistribution;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A per-interval table: the start of each interval (seconds since the start of the run) and one
 * column of values per quantity, in a stable order. Counters are per interval, levels are
 * time-weighted means over it, latencies are in seconds (NaN in an interval without one).
 *
 * @param latencies the latencies of the requests completed in each interval, one distribution
 *     per interval (what percentiles over several intervals and HdrHistogram's interval log need);
 *     empty when not kept (a timeline read back from a table)
 */
public record Timeline(double intervalSeconds, double[] starts, Map<String, double[]> columns,
        List<LatencyDistribution> latencies) {

    /** A timeline without interval latency distributions. */
    public Timeline(double intervalSeconds, double[] starts, Map<String, double[]> columns) {
        this(intervalSeconds, starts, columns, List.of());
    }

    public Timeline {
        latencies = List.copyOf(latencies);
        if (!latencies.isEmpty() && latencies.size() != starts.length) {
            throw new IllegalArgumentException("timeline latencies: got " + latencies.size()
                    + " distributions; allowed: none, or exactly " + starts.length + ", one per interval");
        }
        starts = starts.clone();
        Map<String, double[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : columns.entrySet()) {
            if (e.getValue().length != starts.length) {
                throw new IllegalArgumentException("timeline column " + e.getKey() + " has " + e.getValue().length
                        + " rows; allowed: exactly " + starts.length + ", one per interval");
            }
            copy.put(e.getKey(), e.getValue().clone());
        }
        columns = java.util.Collections.unmodifiableMap(copy);
    }

    public int size() {
        return starts.length;
    }

    public List<String> names() {
        return List.copyOf(columns.keySet());
    }

    /** A copy of the column {@code name}. @throws IllegalArgumentException when there is none */
    public double[] column(String name) {
        double[] c = columns.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no timeline column " + name + "; the columns are " + columns.keySet());
        }
        return c.clone();
    }

    /** Whether each interval's latency distribution was kept. */
    public boolean hasLatencies() {
        return !latencies.isEmpty();
    }

    /**
     * The latencies of intervals {@code from} (inclusive) to {@code to} (exclusive) together.
     *
     * @throws IllegalStateException when the timeline kept no distributions
     * @throws IndexOutOfBoundsException when the range is not within the timeline
     */
    public LatencyDistribution latenciesOver(int from, int to) {
        if (!hasLatencies()) {
            throw new IllegalStateException("this timeline kept no latency distributions");
        }
        return LatencyDistribution.merge(latencies.subList(from, to));
    }

    @Override
    public double[] starts() {
        return starts.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Timeline t) || t.intervalSeconds != intervalSeconds || !Arrays.equals(t.starts, starts)
                || !t.columns.keySet().equals(columns.keySet()) || !t.latencies.equals(latencies)) {
            return false;
        }
        return columns.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), t.columns.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(starts) * 31 + columns.keySet().hashCode();
    }
}
