package dev.avalanche.models.result;

import java.util.Optional;

/**
 * Counts of one variant's measured requests (those sent after the warm-up).
 *
 * <p>Conservation, from the user's side: every request sent has exactly one outcome or is still
 * in flight, {@code sent = goodput + failed + abandoned + timedOut + rejected + inFlight}. From the
 * server's side, {@code completed} counts successful responses whether or not their user still
 * waited, so {@code completed - goodput} of them were orphaned work.
 *
 * @param intents users wanting a page (first requests, not refreshes)
 * @param sent requests sent: intents plus refreshes
 * @param completed successful responses produced by a worker, to a waiting user or not
 * @param goodput successful responses received by a user who still waited
 * @param abandoned requests whose user lost patience first
 * @param rejected requests refused (502) or whose SYN retransmissions ran out
 * @param timedOut requests the balancer gave up on (504)
 * @param failed error responses to a waiting user (a third-party call failed or timed out)
 * @param inFlight requests whose user was still waiting when the run ended
 * @param orphaned responses (successful or not) produced after their user had left
 * @param discarded requests thrown away unworked because their user left while they waited in the backlog
 * @param synRetransmissions SYNs retransmitted because a backlog was full
 * @param refreshes requests sent by users who refreshed after abandoning
 * @param failures why the failed, rejected and timed-out requests failed, by class
 * @param mitigated what the mitigations did, present only when the scenario uses one: its shed
 *     and short-circuited requests are outcomes of their own, its retries requests sent
 */
public record RequestCounts(long intents, long sent, long completed, long goodput, long abandoned, long rejected,
        long timedOut, long failed, long inFlight, long orphaned, long discarded, long synRetransmissions, long refreshes,
        Failures failures, Optional<Mitigated> mitigated) {

    /** Counts of a run without mitigations. */
    public RequestCounts(long intents, long sent, long completed, long goodput, long abandoned, long rejected,
            long timedOut, long failed, long inFlight, long orphaned, long discarded, long synRetransmissions, long refreshes,
            Failures failures) {
        this(intents, sent, completed, goodput, abandoned, rejected, timedOut, failed, inFlight, orphaned, discarded,
                synRetransmissions, refreshes, failures, Optional.empty());
    }

    /**
     * The counts with the breakdown the built-in live deployment answers them with
     * ({@link Failures#answered}: failed HTTP 500, rejected 502, timed out 504).
     */
    public RequestCounts(long intents, long sent, long completed, long goodput, long abandoned, long rejected,
            long timedOut, long failed, long inFlight, long orphaned, long discarded, long synRetransmissions, long refreshes) {
        this(intents, sent, completed, goodput, abandoned, rejected, timedOut, failed, inFlight, orphaned, discarded,
                synRetransmissions, refreshes, Failures.answered(failed, rejected, timedOut));
    }

    public RequestCounts {
        java.util.Objects.requireNonNull(failures, "failures");
        mitigated = mitigated == null ? Optional.empty() : mitigated;
    }

    /** These counts with {@code f} as their breakdown. */
    public RequestCounts withFailures(Failures f) {
        return new RequestCounts(intents, sent, completed, goodput, abandoned, rejected, timedOut, failed, inFlight,
                orphaned, discarded, synRetransmissions, refreshes, f, mitigated);
    }

    /**
     * Whether every request is accounted for exactly once: the user-side identity, sent = goodput +
     * failed + abandoned + timedOut + rejected + inFlight (+ shed + shortCircuited with mitigations), and the breakdown's classes add up to
     * failed, rejected and timedOut each ({@link #explained()}).
     */
    public boolean conserved() {
        long mitigatedOutcomes = mitigated.map(m -> m.shed() + m.shortCircuited()).orElse(0L);
        return sent == goodput + failed + abandoned + timedOut + rejected + inFlight + mitigatedOutcomes && explained();
    }

    /** Whether the failure breakdown explains failed, rejected and timedOut, each by its own classes. */
    public boolean explained() {
        return failures.failed() == failed && failures.rejected() == rejected && failures.timedOut() == timedOut;
    }
}
