package dev.avalanche.models;

import dev.avalanche.engine.replication.ConfidenceInterval;
import dev.avalanche.engine.stats.LatencyHistogram;
import dev.avalanche.models.result.Failures;
import dev.avalanche.models.result.KindResult;
import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.Mitigated;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * Combines the replications of one variant: counts are summed (so conservation still holds),
 * latency percentiles come from the merged histogram, other figures are means, and every averaged
 * figure gets a Student-t 95% half-width from the spread between replications.
 */
final class ReplicationSummary {

    /** One replication's result and its latency histogram. */
    record Replica(VariantResult result, LatencyHistogram latencies) {
    }

    private ReplicationSummary() {
    }

    static VariantOutcome combine(List<Replica> replicas) {
        VariantResult first = replicas.getFirst().result();
        if (replicas.size() == 1) {
            return new VariantOutcome(first, 1, Map.of());
        }
        List<VariantResult> rs = replicas.stream().map(Replica::result).toList();
        LatencyHistogram merged = new LatencyHistogram();
        replicas.forEach(r -> merged.add(r.latencies()));
        Map<String, Double> hw = new LinkedHashMap<>();
        LatencySummary latency = LatencySummary.of(merged);
        half(hw, "latency.mean", rs, r -> r.latency().mean());
        half(hw, "latency.p50", rs, r -> r.latency().p50());
        half(hw, "latency.p90", rs, r -> r.latency().p90());
        half(hw, "latency.p99", rs, r -> r.latency().p99());
        VariantResult combined = new VariantResult(first.name(), sum(rs.stream().map(VariantResult::requests).toList()), latency,
                mean(hw, "wait.mean", rs, VariantResult::waitMean),
                mean(hw, "throughput", rs, VariantResult::throughput),
                mean(hw, "goodputRate", rs, VariantResult::goodputRate),
                first.capacity(),
                mean(hw, "workers.busyMean", rs, VariantResult::busyMean),
                rs.stream().mapToDouble(VariantResult::busyMax).max().orElse(0),
                mean(hw, "queue.mean", rs, VariantResult::queueMean),
                rs.stream().mapToDouble(VariantResult::queueMax).max().orElse(0),
                mean(hw, "amplification", rs, VariantResult::amplification),
                mean(hw, "elapsed", rs, VariantResult::elapsed),
                rs.stream().mapToDouble(VariantResult::memoryBytes).max().orElse(0),
                rs.stream().map(VariantResult::verdict).max(Enum::compareTo).orElseThrow(),
                recovery(hw, rs), rs.stream().allMatch(VariantResult::recovered), first.timeline(), kinds(rs));
        return new VariantOutcome(combined, replicas.size(), hw,
                rs.stream().map(r -> r.latency().distribution()).toList());
    }

    /**
     * Each kind's replications combined as the variant's are: counts summed, latencies merged from
     * each replication's distribution, rates averaged.
     */
    private static List<KindResult> kinds(List<VariantResult> rs) {
        List<KindResult> kinds = new ArrayList<>();
        for (int k = 0; k < rs.getFirst().kinds().size(); k++) {
            int kind = k;
            List<KindResult> reps = rs.stream().map(r -> r.kinds().get(kind)).toList();
            LatencyHistogram merged = new LatencyHistogram();
            reps.forEach(r -> merged.add(r.latency().distribution()));
            KindResult first = reps.getFirst();
            kinds.add(new KindResult(first.name(), first.share(), sum(reps.stream().map(KindResult::requests).toList()),
                    LatencySummary.of(merged), reps.stream().mapToDouble(KindResult::throughput).average().orElse(0),
                    reps.stream().mapToDouble(KindResult::goodputRate).average().orElse(0)));
        }
        return kinds;
    }

    private static RequestCounts sum(List<RequestCounts> all) {
        long[] t = new long[13];
        Failures failures = Failures.NONE;
        Optional<Mitigated> mitigated = Optional.empty();
        for (RequestCounts c : all) {
            if (c.mitigated().isPresent()) {
                mitigated = Optional.of(mitigated.orElse(Mitigated.NONE).plus(c.mitigated().get()));
            }
            long[] v = {c.intents(), c.sent(), c.completed(), c.goodput(), c.abandoned(), c.rejected(), c.timedOut(),
                c.failed(), c.inFlight(), c.orphaned(), c.discarded(), c.synRetransmissions(), c.refreshes()};
            failures = failures.plus(c.failures());
            for (int i = 0; i < t.length; i++) {
                t[i] += v[i];
            }
        }
        return new RequestCounts(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11], t[12],
                failures, mitigated);
    }

    private static OptionalDouble recovery(Map<String, Double> hw, List<VariantResult> rs) {
        if (rs.stream().anyMatch(r -> r.recoverySeconds().isEmpty())) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(mean(hw, "recoverySeconds", rs, r -> r.recoverySeconds().getAsDouble()));
    }

    private static double mean(Map<String, Double> hw, String key, List<VariantResult> rs, ToDoubleFunction<VariantResult> f) {
        return half(hw, key, rs, f).mean();
    }

    private static ConfidenceInterval half(Map<String, Double> hw, String key, List<VariantResult> rs,
            ToDoubleFunction<VariantResult> f) {
        ConfidenceInterval ci = ConfidenceInterval.of95(rs.stream().mapToDouble(f).toArray());
        hw.put(key, ci.halfWidth());
        return ci;
    }
}
