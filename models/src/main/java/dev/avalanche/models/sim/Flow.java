package dev.avalanche.models.sim;

import dev.avalanche.engine.Event;
import dev.avalanche.engine.Simulation;
import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.models.config.Balancer;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Servers;
import java.util.Optional;

/**
 * The path of every request, from the user's send to its outcome: balancer, listen backlog (with
 * SYN retransmission or reset on overflow), accept, the worker's CPU, calls and local steps, and
 * the response, while the user's patience and the balancer's timeout run in parallel.
 *
 * <p>Outcomes are values, never exceptions: a full backlog or a user who leaves is just a path.
 * Single-threaded, like the simulation that drives it.
 */
final class Flow {

    /** Linux's tcp_syn_retries default: 6 retransmissions (1+2+4+8+16+32 s) before connect fails. */
    static final int MAX_SYN_RETRANSMISSIONS = 6;
    private static final long FIRST_SYN_TIMEOUT_NANOS = 1_000_000_000L;

    final Simulation sim;
    final Metrics metrics;
    private final Server[] servers;
    private final WorkPlan plan;
    private final Traffic traffic;
    private final Optional<Distribution> patience;
    private final RandomStream patienceStream;
    private final RandomStream cpuStream;
    private final RandomStream balancerStream;
    private final Balancer.Policy policy;
    private final long upstreamTimeoutNanos;
    private final boolean hasBalancer;
    private final boolean resetOnOverflow;
    private final long acceptNanos;
    private final long discardNanos;
    private final boolean discardAbandoned;
    private final long warmupNanos;
    private int roundRobin;
    private final Event cap = new Event() {
        @Override
        protected void fire() {
            sim.stop();
        }
    };

    Flow(Simulation sim, ModelConfig cfg, Server[] servers, WorkPlan plan, Metrics metrics,
            Traffic.Factory traffic, Streams streams) {
        this.sim = sim;
        this.metrics = metrics;
        this.servers = servers;
        this.plan = plan;
        this.patience = cfg.users().patience();
        this.patienceStream = streams.patience();
        this.cpuStream = streams.cpu();
        this.balancerStream = streams.balancer();
        this.hasBalancer = cfg.balancer().isPresent();
        this.policy = cfg.balancer().map(Balancer::policy).orElse(Balancer.Policy.ROUND_ROBIN);
        this.upstreamTimeoutNanos = cfg.balancer().map(b -> b.timeout().nanos()).orElse(0L);
        Servers s = cfg.servers();
        this.resetOnOverflow = s.overflow() == Servers.Overflow.RESET;
        this.acceptNanos = s.accept().nanos();
        this.discardNanos = s.discard().nanos();
        this.discardAbandoned = s.abandoned() == Servers.Abandoned.DISCARD;
        this.warmupNanos = cfg.warmup().nanos();
        this.traffic = traffic.create(this);
    }

    /** Starts the traffic; the run ends at {@code capNanos} at the latest. */
    void start(long capNanos) {
        sim.scheduleAtNanos(cap, capNanos, Simulation.DEFAULT_PRIORITY);
        traffic.start();
    }

    /** A closed-loop run sent and settled all its requests: the run may end as soon as the servers are idle. */
    void trafficOver() {
        cap.cancel();
    }

    /** A user sends a request for {@code intent} now. */
    void send(Intent intent) {
        long now = sim.nowNanos();
        Request r = new Request(this, intent, now, now >= warmupNanos);
        metrics.sent(r);
        boolean hasPatience = patience.isPresent();
        if (hasPatience || hasBalancer) {
            long patienceNanos = hasPatience ? seconds(patience.get().sample(patienceStream)) : 0;
            r.patienceFirst = hasPatience && (!hasBalancer || patienceNanos <= upstreamTimeoutNanos);
            sim.scheduleNanos(r.deadline, r.patienceFirst ? patienceNanos : upstreamTimeoutNanos);
        }
        Server s = choose();
        r.server = s;
        s.open++;
        connect(r);
    }

    private Server choose() {
        if (servers.length == 1) {
            return servers[0];
        }
        return switch (policy) {
            case ROUND_ROBIN -> servers[roundRobin++ % servers.length];
            case RANDOM -> servers[balancerStream.nextInt(servers.length)];
            case LEAST_CONNECTIONS -> {
                Server best = servers[roundRobin++ % servers.length];
                for (Server s : servers) {
                    if (s.open < best.open) {
                        best = s;
                    }
                }
                yield best;
            }
        };
    }

    /** One SYN: into the accept queue when there is room, else reset or retransmit later. */
    private void connect(Request r) {
        Server s = r.server;
        if (!s.backlogFull()) {
            r.stage = Request.Stage.QUEUED;
            r.queuedAt = sim.nowNanos();
            s.acceptQueue.addLast(r);
            metrics.backlogChanged(+1);
            tryAccept(s);
            return;
        }
        if (resetOnOverflow || r.synAttempts >= MAX_SYN_RETRANSMISSIONS) {
            r.stage = Request.Stage.DONE;
            resolve(r, Outcome.REJECTED);
            return;
        }
        metrics.synRetransmitted(r);
        sim.scheduleNanos(r.wake, FIRST_SYN_TIMEOUT_NANOS << r.synAttempts++);
    }

    /**
     * Idle processes take waiting connections, one accept at a time each. A connection taken can
     * end at once (discarded, or no work to do) and free its process, which calls this again: that
     * inner call returns at once and this loop takes the next connection, so that the stack stays
     * flat however long the queue of such connections is.
     */
    private void tryAccept(Server s) {
        if (s.admitting) {
            return;
        }
        s.admitting = true;
        try {
            admit(s);
        } finally {
            s.admitting = false;
        }
    }

    private void admit(Server s) {
        while (!s.acceptQueue.isEmpty()) {
            ServerProcess p = s.idleProcess();
            if (p == null) {
                return;
            }
            Request r = s.acceptQueue.pollFirst();
            metrics.backlogChanged(-1);
            metrics.accepted(r, sim.nowNanos() - r.queuedAt);
            r.process = p;
            r.stage = Request.Stage.ACCEPTING;
            p.busy++;
            metrics.busyChanged(+1);
            if (acceptNanos > 0) {
                p.accepting = true;
                sim.scheduleNanos(r.wake, acceptNanos);
            } else {
                accepted(r);
            }
        }
    }

    private void accepted(Request r) {
        r.process.accepting = false;
        r.stage = Request.Stage.WORKING;
        if (acceptNanos > 0) {
            tryAccept(r.server);
        }
        if (r.userDone && discardAbandoned) {
            metrics.discarded(r);
            if (discardNanos > 0) {
                r.stage = Request.Stage.DONE;
                sim.scheduleNanos(r.wake, discardNanos);
            } else {
                release(r);
            }
            return;
        }
        r.step = 0;
        advance(r);
    }

    /** Runs the request's next step, or finishes it. */
    private void advance(Request r) {
        if (r.callFailed) {
            finish(r, false);
            return;
        }
        if (r.step == plan.size()) {
            finish(r, true);
            return;
        }
        int i = r.step++;
        switch (plan.kinds[i]) {
            case CPU -> {
                Distribution burst = plan.bursts[i];
                long work = plan.nanos[i] + (burst != null ? seconds(burst.sample(cpuStream)) : 0);
                if (work > 0) {
                    r.process.runCpu(r, work);
                } else {
                    advance(r);
                }
            }
            case CALLS -> {
                r.pendingCalls = plan.counts[i];
                for (int k = 0; k < plan.counts[i]; k++) {
                    plan.services[i].call(r);
                }
            }
            case LOCAL -> sim.scheduleNanos(r.wake, plan.nanos[i]);
        }
    }

    /** The request's CPU burst ended, or it got a carrier back after waiting (a call or local step). */
    void cpuDone(Request r) {
        advance(r);
    }

    void callDone(Request r, boolean ok) {
        if (!ok) {
            r.callFailed = true;
        }
        if (--r.pendingCalls == 0) {
            r.process.resume(r);
        }
    }

    /** The SYN timer, the accept step, a local step or a discard finished. */
    void wake(Request r) {
        switch (r.stage) {
            case CONNECTING -> connect(r);
            case ACCEPTING -> accepted(r);
            case WORKING -> r.process.resume(r);
            case DONE -> release(r);
            case QUEUED -> throw new IllegalStateException("a queued request has no timer");
        }
    }

    private void finish(Request r, boolean success) {
        metrics.responded(r, success, sim.nowNanos() - r.sentAt);
        release(r);
        if (!r.userDone) {
            resolve(r, success ? Outcome.GOODPUT : Outcome.FAILED);
        }
    }

    private void release(Request r) {
        r.stage = Request.Stage.DONE;
        r.process.busy--;
        metrics.busyChanged(-1);
        tryAccept(r.server);
    }

    /** The user's patience ran out (abandoned), or first the balancer's timeout (the user gets a 504). */
    void deadline(Request r) {
        leave(r, r.patienceFirst ? Outcome.ABANDONED : Outcome.TIMED_OUT);
    }

    private void leave(Request r, Outcome outcome) {
        if (r.stage == Request.Stage.CONNECTING) {
            r.wake.cancel();
            r.stage = Request.Stage.DONE;
        }
        resolve(r, outcome);
    }

    /** The user's side of {@code r} ends with {@code outcome}; the server's side may go on as orphan work. */
    private void resolve(Request r, Outcome outcome) {
        if (r.userDone) {
            throw new IllegalStateException("a request got a second outcome " + outcome + ": the flow is broken");
        }
        r.userDone = true;
        r.deadline.cancel();
        r.server.open--;
        metrics.resolved(r, outcome);
        traffic.resolved(r, outcome);
    }

    /**
     * A sampled duration in nanoseconds. A sample beyond {@link #LONGEST_SAMPLE_NANOS} (a heavy
     * tail, a huge mean) counts as that: it is past the end of any run the preflight allows, and so
     * never reached, while the clock plus it still fits a long.
     */
    static long seconds(double s) {
        return s < LONGEST_SAMPLE_NANOS / 1e9 ? Math.round(s * 1e9) : LONGEST_SAMPLE_NANOS;
    }

    /** 100,000 hours, the longest duration a configuration may hold. */
    static final long LONGEST_SAMPLE_NANOS = 100_000L * 3_600_000_000_000L;
}
