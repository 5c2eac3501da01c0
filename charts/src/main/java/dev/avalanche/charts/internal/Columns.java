package dev.avalanche.charts.internal;

import dev.avalanche.engine.stats.LatencyDistribution;
import dev.avalanche.models.result.Percentiles;
import dev.avalanche.models.result.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.data.xy.XYSeries;

/**
 * Turns timeline columns into chart series, at the middle of each interval and in the chart's
 * time unit. Long timelines are thinned to at most {@link #MAX_POINTS} points: counters and
 * levels by merging neighbouring intervals (the mean of equal intervals' rates or time-weighted
 * means is the rate or mean over their union, so nothing is misstated); percentiles by keeping
 * one interval in each group (percentiles cannot be averaged). An interval without a value (NaN)
 * leaves a gap in the line.
 */
public final class Columns {

    /** About two points per horizontal pixel of a 1200-pixel-wide chart's plot area, at most. */
    static final int MAX_POINTS = 600;

    private Columns() {
    }

    /** Counts per interval as a rate per second; empty when the timeline has no such column. */
    public static Optional<XYSeries> rate(Timeline t, String column, String key, TimeScale scale) {
        return rate(t, column, key, scale, groupSize(t.size()));
    }

    /** As {@link #rate(Timeline, String, String, TimeScale)}, merging every {@code group} intervals (at least 1). */
    public static Optional<XYSeries> rate(Timeline t, String column, String key, TimeScale scale, int group) {
        return merged(t, column, key, scale, 1 / t.intervalSeconds(), group);
    }

    /** Time-weighted means per interval as they are; empty when the timeline has no such column. */
    public static Optional<XYSeries> level(Timeline t, String column, String key, TimeScale scale) {
        return level(t, column, key, scale, groupSize(t.size()));
    }

    /** As {@link #level(Timeline, String, String, TimeScale)}, merging every {@code group} intervals (at least 1). */
    public static Optional<XYSeries> level(Timeline t, String column, String key, TimeScale scale, int group) {
        return merged(t, column, key, scale, 1, group);
    }

    /** Values that cannot be merged (percentiles, factors): one interval in each group of neighbours. */
    public static Optional<XYSeries> sampled(Timeline t, String column, String key, TimeScale scale) {
        if (!t.columns().containsKey(column)) {
            return Optional.empty();
        }
        double[] v = t.column(column);
        double[] starts = t.starts();
        int group = groupSize(v.length);
        XYSeries s = new XYSeries(key, false, true);
        for (int i = group / 2; i < v.length; i += group) {
            add(s, scale.of(starts[i] + t.intervalSeconds() / 2), v[i]);
        }
        return Optional.of(s);
    }

    /**
     * Each of the latency percentiles {@code ps} per interval, a series named by the matching
     * {@code keys}: from the timeline's interval distributions when it kept them (neighbouring
     * intervals merged into one distribution, once for all the percentiles, so a long run's thinned
     * points are true percentiles of their span), else its {@code latency.pNN} column when it has
     * one, sampled; empty otherwise.
     */
    public static List<Optional<XYSeries>> percentiles(Timeline t, List<Double> ps, List<String> keys, TimeScale scale) {
        if (ps.size() != keys.size()) {
            throw new IllegalArgumentException("series keys: got " + keys.size() + " for " + ps.size() + " percentiles; allowed one each");
        }
        List<Optional<XYSeries>> all = new ArrayList<>();
        if (!t.hasLatencies()) {
            for (int k = 0; k < ps.size(); k++) {
                all.add(sampled(t, "latency." + Percentiles.label(ps.get(k)), keys.get(k), scale));
            }
            return all;
        }
        double[] starts = t.starts();
        int group = groupSize(starts.length);
        List<XYSeries> series = keys.stream().map(key -> new XYSeries(key, false, true)).toList();
        for (int from = 0; from < starts.length; from += group) {
            int to = Math.min(starts.length, from + group);
            LatencyDistribution merged = t.latenciesOver(from, to);
            double x = scale.of(starts[from] + (to - from) * t.intervalSeconds() / 2);
            for (int k = 0; k < ps.size(); k++) {
                add(series.get(k), x, merged.percentile(ps.get(k)));
            }
        }
        series.forEach(s -> all.add(Optional.of(s)));
        return all;
    }

    private static Optional<XYSeries> merged(Timeline t, String column, String key, TimeScale scale, double factor,
            int group) {
        if (!t.columns().containsKey(column)) {
            return Optional.empty();
        }
        if (group < 1) {
            throw new IllegalArgumentException("timeline column " + column + " group: got " + group
                    + " intervals; allowed: at least 1");
        }
        double[] v = t.column(column);
        double[] starts = t.starts();
        XYSeries s = new XYSeries(key, false, true);
        for (int from = 0; from < v.length; from += group) {
            int to = Math.min(v.length, from + group);
            double sum = 0;
            int n = 0;
            for (int i = from; i < to; i++) {
                if (!Double.isNaN(v[i])) {
                    sum += v[i];
                    n++;
                }
            }
            double mid = starts[from] + (to - from) * t.intervalSeconds() / 2;
            add(s, scale.of(mid), n == 0 ? Double.NaN : sum / n * factor);
        }
        return Optional.of(s);
    }

    /** How many intervals of a timeline of {@code n} to merge so that at most {@code maxPoints} remain. */
    public static int groupSize(int n, int maxPoints) {
        return Math.max(1, (n + maxPoints - 1) / maxPoints);
    }

    private static int groupSize(int n) {
        return groupSize(n, MAX_POINTS);
    }

    private static void add(XYSeries s, double x, double y) {
        if (Double.isFinite(y)) {
            s.add(x, y);
        } else {
            s.add(x, null);
        }
    }
}
