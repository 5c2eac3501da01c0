package dev.avalanche.models.result;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The outcome of one variant of a scenario (one replication, or the mean of several). Rates are
 * per second, times in seconds; statistics exclude the warm-up.
 *
 * @param name the variant's name ({@code base} when the scenario has none)
 * @param waitMean mean seconds from arrival in the backlog to a worker taking the request
 * @param throughput completed responses per second over the measured span
 * @param goodputRate responses received by waiting users per second over the measured span
 * @param capacity requests the deployment serves at once; empty when unbounded
 * @param busyMean time-weighted mean of busy workers
 * @param queueMean time-weighted mean of connections waiting in the backlogs
 * @param amplification sent / intents: how much refreshing multiplied the load
 * @param elapsed simulated seconds until the last user got its outcome (ab's "time taken")
 * @param memoryBytes resident memory the workers need (capacity x memory per worker; busyMax x when unbounded)
 * @param recoverySeconds seconds from the end of the third party's degradation until the service
 *     was back to normal; empty when there was no degradation or it never recovered
 * @param recovered false when a degradation ended but the service was not back to normal by the end
 * @param kinds each kind of request's own figures when the traffic is a mix of two kinds or more;
 *     empty for a single kind (the overall figures are that kind's)
 */
public record VariantResult(String name, RequestCounts requests, LatencySummary latency, double waitMean,
        double throughput, double goodputRate, OptionalLong capacity, double busyMean, double busyMax,
        double queueMean, double queueMax, double amplification, double elapsed, double memoryBytes,
        Verdict verdict, OptionalDouble recoverySeconds, boolean recovered, Timeline timeline, List<KindResult> kinds) {

    /** A result of a single kind of request. */
    public VariantResult(String name, RequestCounts requests, LatencySummary latency, double waitMean,
            double throughput, double goodputRate, OptionalLong capacity, double busyMean, double busyMax,
            double queueMean, double queueMax, double amplification, double elapsed, double memoryBytes,
            Verdict verdict, OptionalDouble recoverySeconds, boolean recovered, Timeline timeline) {
        this(name, requests, latency, waitMean, throughput, goodputRate, capacity, busyMean, busyMax, queueMean, queueMax,
                amplification, elapsed, memoryBytes, verdict, recoverySeconds, recovered, timeline, List.of());
    }

    public VariantResult {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    /** The kind named {@code name}; empty when there is no such kind (or a single one). */
    public java.util.Optional<KindResult> kind(String name) {
        return kinds.stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
