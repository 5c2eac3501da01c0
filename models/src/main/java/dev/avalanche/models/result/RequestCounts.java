package dev.avalanche.models.result;

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
 */
public record RequestCounts(long intents, long sent, long completed, long goodput, long abandoned, long rejected,
        long timedOut, long failed, long inFlight, long orphaned, long discarded, long synRetransmissions, long refreshes) {

    /** Whether the user-side identity holds: sent = goodput + failed + abandoned + timedOut + rejected + inFlight. */
    public boolean conserved() {
        return sent == goodput + failed + abandoned + timedOut + rejected + inFlight;
    }
}
