package dev.avalanche.models.queueing;

import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.engine.replication.Replications;
import java.util.List;
import java.util.Objects;

/**
 * Runs a {@link StationConfig}. A run draws only from the streams "arrivals", "service" and
 * "patience" of the {@link RandomStreams} it is given, so the same streams give a bit-identical
 * {@link StationResult}, and replications on substreams 0..n−1 give the same list whatever the
 * parallelism. Stateless and thread-safe: each run builds its own simulation.
 */
public final class StationSimulation {

    private StationSimulation() {
    }

    /**
     * One run on {@code streams}.
     *
     * @throws IllegalStateException when a distribution draws a negative, NaN or huge duration
     */
    public static StationResult run(StationConfig config, RandomStreams streams) {
        Objects.requireNonNull(config, "config must not be null");
        Objects.requireNonNull(streams, "streams must not be null");
        return new Station(config, streams).run();
    }

    /**
     * Replications k = 0..count−1, replication k on {@code new RandomStreams(seed).forReplication(k)},
     * run on up to {@code parallelism} threads.
     *
     * @return the results in replication order
     * @throws IllegalArgumentException when {@code count < 1} or {@code parallelism < 1}
     */
    public static List<StationResult> replicate(StationConfig config, long seed, int count, int parallelism) {
        Objects.requireNonNull(config, "config must not be null");
        RandomStreams master = new RandomStreams(seed);
        return Replications.run(count, parallelism, k -> run(config, master.forReplication(k)));
    }
}
