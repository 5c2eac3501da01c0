package dev.avalanche.bridge;

import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.validation.RunConditions;
import java.util.List;

/**
 * One variant run live: the simulator's result type plus what only a live run has.
 *
 * @param result in scenario time (wall x {@code timeScale}); its latency is measured from each
 *     request's intended send time (coordinated omission corrected, as wrk2 does)
 * @param complete false when the run was cut by the wall-time cap or the request cap, or stopped
 *     early, so the figures cover only part of the scenario
 * @param timeScale the K the run was played at (see {@link LiveOptions#timeScale()})
 * @param wallSeconds real seconds from the first send until the run stopped: every user had its
 *     outcome and the server was idle, or the deadline came
 * @param rawLatency latency from the instant each request was actually sent (scenario time)
 * @param cpuPerRequest CPU seconds this machine spent per request sent while the run played, every
 *     JVM of the run together (server, stub, users); NaN when the platform does not say
 * @param notes where this live run departs from the simulator's model, one sentence each
 * @param takenByServer how many of the run's requests each built-in server's workers took (served,
 *     or discarded because their user had left), in the servers' order: the balancer's split; empty
 *     against a target
 * @param conditions what the run shared the machine with: other processes' CPU, the users' send lag,
 *     the stub's lateness (see {@link dev.avalanche.models.validation.ConditionLimits} for when
 *     they make a validation inconclusive)
 */
public record LiveVariant(VariantResult result, boolean complete, double timeScale, double wallSeconds,
        LatencySummary rawLatency, double cpuPerRequest, List<String> notes, List<Long> takenByServer,
        RunConditions conditions) {

    public LiveVariant {
        notes = List.copyOf(notes);
        takenByServer = List.copyOf(takenByServer);
    }
}
