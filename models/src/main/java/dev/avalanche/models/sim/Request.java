package dev.avalanche.models.sim;

import dev.avalanche.engine.Event;

/**
 * One HTTP request: a send by a user (a first try or a refresh). It lives on two sides at once:
 * the user's (waiting, then exactly one outcome) and the server's (connecting, queued, worked on,
 * done), which is how abandoned requests keep their worker busy as orphans.
 */
final class Request extends Host.Burst {

    /** Where the request is on the server's side. */
    enum Stage {
        CONNECTING, QUEUED, ACCEPTING, WORKING, DONE
    }

    final Flow flow;
    final Intent intent;
    final long sentAt;
    /** Whether the request counts in the statistics (sent at or after the warm-up). */
    final boolean measured;

    Stage stage = Stage.CONNECTING;
    Server server;
    ServerProcess process;
    /** SYN transmissions so far (overflow: drop). */
    int synAttempts;
    long queuedAt;
    /** True once the user has its outcome (response, error, abandon, 504): later events are orphan work. */
    boolean userDone;
    /** Index into the request's work plan, and calls still outstanding in a parallel group. */
    int step;
    int pendingCalls;
    boolean callFailed;

    /**
     * The user's side has one timer, armed at the earlier of its two deadlines (patience and the
     * balancer's timeout): one calendar entry per request instead of two, as both are nearly
     * always cancelled by a response. {@link #patienceFirst} says which deadline it is.
     */
    final Event deadline = new Event() {
        @Override
        protected void fire() {
            flow.deadline(Request.this);
        }
    };
    boolean patienceFirst;
    /** Reused for SYN retransmissions, the accept step and fixed-latency local steps. */
    final Event wake = new Event() {
        @Override
        protected void fire() {
            flow.wake(Request.this);
        }
    };

    Request(Flow flow, Intent intent, long sentAt, boolean measured) {
        this.flow = flow;
        this.intent = intent;
        this.sentAt = sentAt;
        this.measured = measured;
    }

    @Override
    void cpuDone() {
        process.cpuDone(this);
    }
}
