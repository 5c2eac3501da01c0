package dev.avalanche.models.sim;

import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.workload.StreamNames;

/**
 * The named random streams of one replication. Every source of randomness has its own, so two
 * variants of a scenario draw the same arrivals (common random numbers) whatever else differs; the
 * names are {@link StreamNames}', which live mode draws from too.
 */
record Streams(RandomStreams source, RandomStream arrivals, RandomStream patience, RandomStream refresh,
        RandomStream think, RandomStream cpu, RandomStream balancer) {

    static Streams of(RandomStreams source) {
        return new Streams(source, source.stream(StreamNames.ARRIVALS), source.stream(StreamNames.PATIENCE),
                source.stream(StreamNames.REFRESH), source.stream(StreamNames.THINK), source.stream(StreamNames.CPU),
                source.stream(StreamNames.BALANCER));
    }

    RandomStream serviceLatency(String service) {
        return source.stream(StreamNames.serviceLatency(service));
    }

    /** The kind of each intent, drawn only when the mix has two kinds or more. */
    RandomStream mix() {
        return source.stream(StreamNames.MIX);
    }

    /** The jitter of the users' application retries. */
    RandomStream userRetry() {
        return source.stream(StreamNames.USER_RETRY);
    }

    /** The jitter of our client's retries of calls to {@code service}. */
    RandomStream clientRetry(String service) {
        return source.stream(StreamNames.clientRetry(service));
    }

    RandomStream serviceErrors(String service) {
        return source.stream(StreamNames.serviceErrors(service));
    }
}
