package dev.avalanche.models.sim;

import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;

/**
 * The named random streams of one replication. Every source of randomness has its own, so two
 * variants of a scenario draw the same arrivals (common random numbers) whatever else differs.
 */
record Streams(RandomStreams source, RandomStream arrivals, RandomStream patience, RandomStream refresh,
        RandomStream think, RandomStream cpu, RandomStream balancer) {

    static Streams of(RandomStreams source) {
        return new Streams(source, source.stream("arrivals"), source.stream("patience"), source.stream("refresh"),
                source.stream("think"), source.stream("cpu"), source.stream("balancer"));
    }

    RandomStream serviceLatency(String service) {
        return source.stream("service." + service + ".latency");
    }

    /** The jitter of the users' application retries. */
    RandomStream userRetry() {
        return source.stream("users.retry");
    }

    /** The jitter of our client's retries of calls to {@code service}. */
    RandomStream clientRetry(String service) {
        return source.stream("service." + service + ".retry");
    }

    RandomStream serviceErrors(String service) {
        return source.stream("service." + service + ".errors");
    }
}
