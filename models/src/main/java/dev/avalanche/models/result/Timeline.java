package dev.avalanche.models.result;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A per-interval table: the start of each interval (seconds since the start of the run) and one
 * column of values per quantity, in a stable order. Counters are per interval, levels are
 * time-weighted means over it, latencies are in seconds (NaN in an interval without one).
 */
public record Timeline(double intervalSeconds, double[] starts, Map<String, double[]> columns) {

    public Timeline {
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

    @Override
    public double[] starts() {
        return starts.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Timeline t) || t.intervalSeconds != intervalSeconds || !Arrays.equals(t.starts, starts)
                || !t.columns.keySet().equals(columns.keySet())) {
            return false;
        }
        return columns.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), t.columns.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(starts) * 31 + columns.keySet().hashCode();
    }
}
