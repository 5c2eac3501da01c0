package dev.avalanche.models.queueing;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distribution;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A G/G/c/K+G station: what arrives, how long service takes, how many serve, how many fit, how long
 * customers will wait, and how long to run. Distributions are in seconds.
 *
 * @param interArrival time between consecutive arrivals, in seconds; the first arrival comes one
 *     draw after time zero
 * @param service service time in seconds
 * @param servers c, customers served at once; {@code >= 1}
 * @param capacity K, the most customers in the system (waiting and in service); an arrival that
 *     finds K present is blocked. Empty for an unlimited queue; when present {@code >= servers}
 * @param patience how long, in seconds, a customer who has to wait will wait before abandoning;
 *     drawn on joining the queue and withdrawn on starting service. Empty: nobody abandons
 * @param warmUp statistics count customers arriving at or after this instant and time-weighted
 *     averages restart there; {@link SimDuration#ZERO} for none; {@code >= 0}
 * @param stop when the run ends
 */
public record StationConfig(Distribution interArrival, Distribution service, int servers, OptionalInt capacity,
        Optional<Distribution> patience, SimDuration warmUp, StopRule stop) {

    /**
     * @throws NullPointerException when a component is null
     * @throws IllegalArgumentException when servers < 1, capacity < servers, the warm-up is negative,
     *     or a time stop is not after the warm-up
     */
    public StationConfig {
        Objects.requireNonNull(interArrival, "interArrival must not be null");
        Objects.requireNonNull(service, "service must not be null");
        Objects.requireNonNull(capacity, "capacity must not be null (use OptionalInt.empty() for no limit)");
        Objects.requireNonNull(patience, "patience must not be null (use Optional.empty() for none)");
        Objects.requireNonNull(warmUp, "warmUp must not be null (use SimDuration.ZERO for none)");
        Objects.requireNonNull(stop, "stop must not be null");
        if (servers < 1) {
            throw new IllegalArgumentException("servers must be >= 1 but was " + servers);
        }
        if (capacity.isPresent() && capacity.getAsInt() < servers) {
            throw new IllegalArgumentException("capacity must be >= servers (" + servers + ") but was " + capacity.getAsInt());
        }
        if (warmUp.isNegative()) {
            throw new IllegalArgumentException("warmUp must be >= 0 but was " + warmUp);
        }
        if (stop instanceof StopRule.AtTime(var end) && end.nanos() <= warmUp.nanos()) {
            throw new IllegalArgumentException("stop.end must be after warmUp (" + warmUp + ") but was " + end);
        }
    }

    /** A station with an unlimited queue, no abandonment and no warm-up. */
    public static StationConfig of(Distribution interArrival, Distribution service, int servers, StopRule stop) {
        return new StationConfig(interArrival, service, servers, OptionalInt.empty(), Optional.empty(), SimDuration.ZERO, stop);
    }

    /** This station with at most {@code k} customers in the system. */
    public StationConfig withCapacity(int k) {
        return new StationConfig(interArrival, service, servers, OptionalInt.of(k), patience, warmUp, stop);
    }

    /** This station with waiting customers abandoning after a {@code patienceSeconds} draw. */
    public StationConfig withPatience(Distribution patienceSeconds) {
        return new StationConfig(interArrival, service, servers, capacity, Optional.of(patienceSeconds), warmUp, stop);
    }

    /** This station with statistics counting from {@code duration} after time zero. */
    public StationConfig withWarmUp(SimDuration duration) {
        return new StationConfig(interArrival, service, servers, capacity, patience, duration, stop);
    }

    /** This station stopping by {@code rule}. */
    public StationConfig withStop(StopRule rule) {
        return new StationConfig(interArrival, service, servers, capacity, patience, warmUp, rule);
    }
}
