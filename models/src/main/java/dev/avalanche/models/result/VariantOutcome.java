package dev.avalanche.models.result;

import dev.avalanche.engine.replication.ConfidenceInterval;
import dev.avalanche.engine.stats.LatencyDistribution;
import java.util.List;
import java.util.Map;

/**
 * One variant's result, with the 95% confidence half-widths of its means when it was replicated.
 *
 * @param result means over the replications (counts are totals over them; the timeline is replication 0's)
 * @param replications how many independent replications were run
 * @param halfWidths95 the Student-t 95% half-width of each averaged figure, keyed by its summary path
 *     (e.g. {@code latency.p99}); empty with one replication
 * @param replicationLatencies each replication's latencies, for the half-width of any percentile
 *     ({@link #percentileHalfWidth95}); empty with one replication
 */
public record VariantOutcome(VariantResult result, int replications, Map<String, Double> halfWidths95,
        List<LatencyDistribution> replicationLatencies) {

    /** An outcome whose replications' latencies were not kept. */
    public VariantOutcome(VariantResult result, int replications, Map<String, Double> halfWidths95) {
        this(result, replications, halfWidths95, List.of());
    }

    public VariantOutcome {
        halfWidths95 = Map.copyOf(halfWidths95);
        replicationLatencies = List.copyOf(replicationLatencies);
    }

    /**
     * The Student-t 95% half-width of the {@code p}-th latency percentile over the replications
     * (the spread of each replication's own percentile); NaN with fewer than two replications kept.
     */
    public double percentileHalfWidth95(double p) {
        Double known = halfWidths95.get("latency." + Percentiles.label(p));
        if (known != null) {
            return known;
        }
        if (replicationLatencies.size() < 2) {
            return Double.NaN;
        }
        return ConfidenceInterval.of95(replicationLatencies.stream().mapToDouble(d -> d.percentile(p)).toArray()).halfWidth();
    }
}
