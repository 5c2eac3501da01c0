package dev.avalanche.models;

import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Simulates every variant of a scenario, each over {@code replications} independent
 * replications, in parallel across cores. Replication k of every variant draws from substream k
 * of the same named streams, so variants are compared on common random numbers, and the results
 * are identical whatever the number of cores.
 */
public final class Simulator {

    /** Told how the runs advance; called from worker threads, so implementations must be thread-safe. */
    @FunctionalInterface
    public interface Progress {
        /** A replication of a variant has finished ({@link Batch} gives its job number, unique in the batch). */
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
        return simulate(scenario, seed, variants, replications, parallelism, progress, (variant, outcome) -> { });
    }

    /**
     * Runs all variants and replications, handing each variant's outcome to {@code done} (with its
     * index) on the calling thread as soon as its replications are combined, in variant order,
     * while later variants may still simulate.
     *
     * @throws IllegalArgumentException when there is no variant, {@code replications < 1} or {@code parallelism < 1}
     */
    public static RunResult simulate(String scenario, long seed, List<Variant> variants, int replications,
            int parallelism, Progress progress, BiConsumer<Integer, VariantOutcome> done) {
        Batch one = new Batch(List.of(new Batch.Point(scenario, seed, variants)), replications, Batch.Timelines.FIRST_REPLICATION);
        return one.simulate(parallelism, progress, (point, variant, outcome) -> done.accept(variant, outcome)).getFirst();
    }
}
