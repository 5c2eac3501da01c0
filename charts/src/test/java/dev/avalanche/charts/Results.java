package dev.avalanche.charts;

import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.result.Verdict;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Hand-made results for tests that need exact numbers rather than a simulation's. */
public final class Results {

    private Results() {
    }

    /** A timeline of {@code n} intervals of {@code interval} seconds with the given columns. */
    public static Timeline timeline(double interval, int n, Map<String, double[]> columns) {
        double[] starts = new double[n];
        for (int i = 0; i < n; i++) {
            starts[i] = i * interval;
        }
        return new Timeline(interval, starts, new LinkedHashMap<>(columns));
    }

    /** A column of {@code n} copies of {@code value}. */
    public static double[] constant(int n, double value) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, value);
        return v;
    }

    /** A variant with the given name, verdict, capacity, percentiles and timeline; the other figures are arbitrary. */
    public static VariantResult variant(String name, Verdict verdict, OptionalLong capacity, double p50, double p99,
            double goodputRate, Timeline timeline) {
        RequestCounts counts = new RequestCounts(100, 120, 110, 100, 10, 5, 3, 2, 0, 10, 1, 0, 20);
        LatencySummary latency = new LatencySummary(110, p50 * 1.2, p50, (p50 + p99) / 2, p99, p99 * 1.5);
        return new VariantResult(name, counts, latency, 0.1, 1.1, goodputRate, capacity, 10, 20, 1, 5, 1.2, 100, 0,
                verdict, OptionalDouble.empty(), true, timeline);
    }
}
