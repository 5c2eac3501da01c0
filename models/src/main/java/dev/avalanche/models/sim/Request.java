package dev.avalanche.models.sim;

import dev.avalanche.engine.Event;

/**
 * One HTTP request: a send by a user (a first try or a refresh). It lives on two sides at once:
 * the user's (waiting, then exactly one outcome) and the server's (connecting, queued, worked on,
 * done), which is how abandoned requests keep their worker busy as orphans.
 */
final class Request extends Host.Burst {

    /**
     * Where the request is on the server's side: its connection waits for a SYN to get in
     * (CONNECTING) or for its handshake to complete (HANDSHAKE), sits in an accept queue (QUEUED),
     * is being accepted, waits for its request's data after an accept (WAITING_DATA), is with the
     * front router between its two connections (ROUTING), is worked on, or is done.
     */
    enum Stage {
        CONNECTING, HANDSHAKE, QUEUED, ACCEPTING, WAITING_DATA, ROUTING, WORKING, DONE
    }

    final Flow flow;
    final Intent intent;
    /** Its intent's kind, kept here so that each step of its work plan does not fetch the intent. */
    final int kind;
    final long sentAt;
    /** Whether the request counts in the statistics (sent at or after the warm-up). */
    final boolean measured;

    Stage stage = Stage.CONNECTING;
    Server server;
    ServerProcess process;
    /** The listen socket the current connection goes to: the front router's, then the workers'. */
    Listener target;
    /** Who writes the current connection's request (a load generator or the router); null: at once. */
    Handshake.Sender sender;
    /** Whether the current connection is the router's to the workers (the user's own came first). */
    boolean backHop;
    /** SYN and first-data transmissions of the current connection so far. */
    int synSent;
    int dataSent;
    /** Whether the current connection holds an entry of its listener's SYN queue. */
    boolean halfOpen;
    /** Whether the current connection's request data reached the server. */
    boolean dataIn;
    long queuedAt;
    /** Its OS thread's state at its process's GIL, when there is one (created on first use). */
    GilLock.Thread gilThread;
    /** True once the user has its outcome (response, error, abandon, 504): later events are orphan work. */
    boolean userDone;
    /** Index into the request's work plan, and calls still outstanding in a parallel group. */
    int step;
    int pendingCalls;
    boolean callFailed;
    /** Sent by the user's application retrying an error answer (not a first try, not a refresh). */
    boolean retry;
    /** A call was refused by an open circuit breaker (without a fallback): the user gets that error. */
    boolean shortCircuited;
    /** How long its connection waited in the accept queue, known once a worker takes it. */
    long waitedNanos;
    /** Whether it holds a place under its process's concurrency limit, since when, with how many in progress. */
    boolean limited;
    long limitedAt;
    int limitInflight;

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
    /**
     * Its plain calls' one reusable call (see {@link ThirdParty#attempt}), made with the request
     * when its work plan makes a plain call ({@link WorkPlan#firstPlainCall}), else null: allocated
     * right after the request and its deadline, the three lie side by side in memory, so that a
     * call answering long after it began meets one stretch of memory instead of two far apart.
     */
    final ThirdParty.Call call;
    /** Reused for SYN and data retransmissions, discards and fixed-latency local steps; made on first use (most requests need none). */
    private Event wake;

    Request(Flow flow, Intent intent, long sentAt, boolean measured, ThirdParty firstPlainCall) {
        this.flow = flow;
        this.intent = intent;
        this.kind = intent.kind;
        this.sentAt = sentAt;
        this.measured = measured;
        this.call = firstPlainCall == null ? null : new ThirdParty.Call(firstPlainCall, this, null);
    }

    /** The request's timer event (see {@link #wake}); {@link Flow#wake} hears it fire. */
    Event wake() {
        if (wake == null) {
            wake = new Event() {
                @Override
                protected void fire() {
                    flow.wake(Request.this);
                }
            };
        }
        return wake;
    }

    /** Cancels the timer event if it is pending. */
    void cancelWake() {
        if (wake != null) {
            wake.cancel();
        }
    }

    @Override
    void cpuDone() {
        process.cpuDone(this);
    }
}
