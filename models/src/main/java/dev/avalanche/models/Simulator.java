package dev.avalanche.models;

import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.engine.replication.Replications;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.sim.AvalancheRun;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Simulates every variant of a scenario, each over {@code replications} independent
 * replications, in parallel across cores. Replication k of every variant draws from substream k
 * of the same named streams, so variants are compared on common random numbers, and the results
 * are identical whatever the number of cores.
 */
public final class Simulator {

    /** A named variant to simulate. */
    public record Variant(String name, ModelConfig config) {
    }

    /** Told how the runs advance; called from worker threads, so implementations must be thread-safe. */
    @FunctionalInterface
    public interface Progress {
        /** A replication of a variant has finished. */
        void replicationDone(String variant, int replication);

        /** A replication has simulated {@code fraction} (0..1) of its horizon (duration + drain). */
        default void advanced(String variant, int replication, double fraction) {
        }
    }

    private Simulator() {
    }

    /**
     * Runs all variants and replications.
     *
     * @throws IllegalArgumentException when there is no variant, {@code replications < 1} or {@code parallelism < 1}
     */
    public static RunResult simulate(String scenario, long seed, List<Variant> variants, int replications,
            int parallelism, Progress progress) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("variants: got none; allowed: at least one variant to simulate");
        }
        int perVariant = replications;
        IntFunction<ReplicationSummary.Replica> job = i -> {
            Variant v = variants.get(i / perVariant);
            int k = i % perVariant;
            AvalancheRun run = new AvalancheRun(v.config(), new RandomStreams(seed).forReplication(k));
            VariantResult r = run.run(v.name(), fraction -> progress.advanced(v.name(), k, fraction));
            progress.replicationDone(v.name(), k);
            return new ReplicationSummary.Replica(r, run.latencies());
        };
        List<ReplicationSummary.Replica> all = Replications.run(variants.size() * replications, parallelism, job);
        List<VariantOutcome> outcomes = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            outcomes.add(ReplicationSummary.combine(all.subList(v * replications, (v + 1) * replications)));
        }
        return new RunResult(scenario, seed, "simulation", true, outcomes);
    }
}
