package dev.avalanche.models.config;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distribution;
import java.util.OptionalInt;

/**
 * A third-party service the requests call.
 *
 * @param latency its response time in normal times (seconds)
 * @param degradation a factor on the latency over time (1 = normal); independent of our load
 * @param errors the fraction of calls that fail (after their latency)
 * @param timeout our client's timeout on one call: a call not answered by then fails
 * @param capacity when present, the most calls it serves at once (further calls queue), which
 *     makes its slowness depend on our load
 * @param client what our client does around each call: retries, a circuit breaker, a bulkhead
 */
public record Service(Distribution latency, Profile degradation, double errors, SimDuration timeout,
        OptionalInt capacity, ClientPolicy client) {

    /** A service called plainly, without retries, breaker or bulkhead. */
    public Service(Distribution latency, Profile degradation, double errors, SimDuration timeout, OptionalInt capacity) {
        this(latency, degradation, errors, timeout, capacity, ClientPolicy.NONE);
    }

    public Service {
        Check.present("latency", latency);
        degradation = degradation == null ? Profile.constant(1) : degradation;
        Check.probability("errors", errors);
        Check.positive("timeout", timeout);
        capacity = capacity == null ? OptionalInt.empty() : capacity;
        if (capacity.isPresent()) {
            Check.atLeast("capacity", capacity.getAsInt(), 1);
        }
        client = client == null ? ClientPolicy.NONE : client;
    }
}
