package dev.avalanche.models.result;

import java.util.Map;

/**
 * One variant's result, with the 95% confidence half-widths of its means when it was replicated.
 *
 * @param result means over the replications (counts are totals over them; the timeline is replication 0's)
 * @param replications how many independent replications were run
 * @param halfWidths95 the Student-t 95% half-width of each averaged figure, keyed by its summary path
 *     (e.g. {@code latency.p99}); empty with one replication
 */
public record VariantOutcome(VariantResult result, int replications, Map<String, Double> halfWidths95) {

    public VariantOutcome {
        halfWidths95 = Map.copyOf(halfWidths95);
    }
}
