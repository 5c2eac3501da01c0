package dev.avalanche.models.sim;

import dev.avalanche.engine.Event;
import dev.avalanche.engine.Simulation;
import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.models.config.Balancer;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Servers;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The path of every request, from the user's send to its outcome: balancer, the handshake into a
 * listen socket ({@link Handshake}: SYN and request retransmissions, or reset on overflow), the
 * front router when there is one, accept, the worker's CPU, calls and local steps, and the
 * response back through the router and the load generator, while the user's patience and the
 * balancer's timeout run in parallel.
 *
 * <p>Outcomes are values, never exceptions: a full backlog or a user who leaves is just a path.
 * Single-threaded, like the simulation that drives it.
 */
final class Flow implements Listener.Owner, ServerProcess.Connections {

    final Simulation sim;
    final Metrics metrics;
    private final Server[] servers;
    /** Each kind's work plan, by the kind's index in the mix. */
    private final WorkPlan[] plans;
    private final Traffic traffic;
    private final Optional<Distribution> patience;
    private final RandomStream patienceStream;
    private final RandomStream cpuStream;
    private final RandomStream balancerStream;
    private final Balancer.Policy policy;
    private final long upstreamTimeoutNanos;
    private final boolean hasBalancer;
    final Handshake handshake;
    /** The load generator's loop when it runs on the servers' host; null: the users cost nothing there. */
    private final Handshake.Sender client;
    private final long clientAfterNanos;
    private final long acceptNanos;
    private final long discardNanos;
    private final boolean discardAbandoned;
    private final long warmupNanos;
    /** Load shedding's longest queue wait of a served request, ns; empty: no shedding. */
    private final OptionalLong shedAfterNanos;
    private int roundRobin;
    /** The least-connections choice when that is the policy; null otherwise. */
    private final LeastConnections leastConnections;
    private final Event cap = new Event() {
        @Override
        protected void fire() {
            sim.stop();
        }
    };

    Flow(Simulation sim, ModelConfig cfg, Server[] servers, WorkPlan[] plans, Metrics metrics, TcpCounters counters,
            Traffic.Factory traffic, Streams streams) {
        this.sim = sim;
        this.metrics = metrics;
        this.servers = servers;
        this.plans = plans;
        this.patience = cfg.users().patience();
        this.patienceStream = streams.patience();
        this.cpuStream = streams.cpu();
        this.balancerStream = streams.balancer();
        this.hasBalancer = cfg.balancer().isPresent();
        this.policy = cfg.balancer().map(Balancer::policy).orElse(Balancer.Policy.ROUND_ROBIN);
        this.upstreamTimeoutNanos = cfg.balancer().map(b -> b.timeout().nanos()).orElse(0L);
        Servers s = cfg.servers();
        this.handshake = new Handshake(sim, s.tcp(), counters, metrics, s.overflow() == Servers.Overflow.RESET,
                this::refused);
        this.leastConnections = policy == Balancer.Policy.LEAST_CONNECTIONS ? new LeastConnections(servers.length) : null;
        for (int i = 0; i < servers.length; i++) {
            Server server = servers[i];
            server.index = i;
            server.listener.owner(this);
            for (ServerProcess p : server.processes) {
                p.connections(this, s.accept().nanos());
            }
        }
        this.client = cfg.users().generator()
                .map(g -> new Handshake.Sender(new Loop(servers[0].host), g.connect().nanos(), g.write().nanos()))
                .orElse(null);
        this.clientAfterNanos = cfg.users().generator().map(g -> g.read().nanos()).orElse(0L);
        this.acceptNanos = s.accept().nanos();
        this.discardNanos = s.discard().nanos();
        this.discardAbandoned = s.abandoned() == Servers.Abandoned.DISCARD;
        this.warmupNanos = cfg.warmup().nanos();
        this.shedAfterNanos = s.protection().shedAfter()
                .map(d -> OptionalLong.of(d.nanos())).orElse(OptionalLong.empty());
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

    /** A user sends a request for {@code intent} now; {@code retry}: its application retrying an error answer. */
    void send(Intent intent, boolean retry) {
        long now = sim.nowNanos();
        Request r = new Request(this, intent, now, now >= warmupNanos, plans[intent.kind].firstPlainCall);
        r.retry = retry;
        if (retry) {
            metrics.mitigations.retrySent();
        }
        metrics.sent(r);
        boolean hasPatience = patience.isPresent();
        if (hasPatience || hasBalancer) {
            long patienceNanos = hasPatience ? seconds(patience.get().sample(patienceStream)) : 0;
            r.patienceFirst = hasPatience && (!hasBalancer || patienceNanos <= upstreamTimeoutNanos);
            sim.scheduleDeadlineNanos(r.deadline, r.patienceFirst ? patienceNanos : upstreamTimeoutNanos);
        }
        Server s = choose();
        r.server = s;
        opened(s, +1);
        handshake.open(r, s.entry(), client);
    }

    private Server choose() {
        if (servers.length == 1) {
            return servers[0];
        }
        return switch (policy) {
            case ROUND_ROBIN -> servers[roundRobin++ % servers.length];
            case RANDOM -> servers[balancerStream.nextInt(servers.length)];
            case LEAST_CONNECTIONS -> servers[leastConnections.choose(roundRobin++ % servers.length)];
        };
    }

    /** {@code s} has {@code change} more requests open. */
    private void opened(Server s, int change) {
        s.open += change;
        if (leastConnections != null) {
            leastConnections.update(s.index, s.open);
        }
    }

    /** A connection entered a server's accept queue (the workers' socket). */
    @Override
    public void ready(Request r) {
        r.stage = Request.Stage.QUEUED;
        r.queuedAt = sim.nowNanos();
        metrics.backlogChanged(+1);
        tryAccept(r.server);
    }

    /** The request data of a connection a worker accepted before it arrived. */
    @Override
    public void dataArrived(Request r) {
        if (r.stage == Request.Stage.WAITING_DATA) {
            startWork(r);
        }
    }

    /** A connection could not be made: refused at once, or its SYN retransmissions ran out. */
    private void refused(Request r) {
        if (!r.userDone) {
            resolve(r, Outcome.REJECTED);
        }
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
        while (s.listener.acceptQueue.size() > s.claimed) {
            ServerProcess p = s.idleProcess();
            if (p == null) {
                return;
            }
            s.claimed++;
            p.busy++;
            metrics.busyChanged(+1);
            p.accept();
        }
    }

    /** A process calls accept(): the queue's head leaves the kernel's queue. */
    @Override
    public Request take(ServerProcess p) {
        Server s = p.server;
        s.claimed--;
        Request r = s.listener.acceptQueue.pollFirst();
        metrics.backlogChanged(-1);
        r.waitedNanos = sim.nowNanos() - r.queuedAt;
        metrics.accepted(r, r.waitedNanos);
        r.process = p;
        r.stage = Request.Stage.ACCEPTING;
        return r;
    }

    @Override
    public void accepted(Request r) {
        r.stage = Request.Stage.WORKING;
        if (acceptNanos > 0) {
            tryAccept(r.server);
        }
        if (!r.dataIn) {
            r.stage = Request.Stage.WAITING_DATA; // completed by a bare ACK: the worker waits for the request
            return;
        }
        startWork(r);
    }

    /** An accepted request with its data: discarded if its user left, else worked on. */
    private void startWork(Request r) {
        r.stage = Request.Stage.WORKING;
        if (r.userDone && discardAbandoned) {
            metrics.discarded(r);
            if (discardNanos > 0) {
                r.stage = Request.Stage.DONE;
                sim.scheduleLaneNanos(r.wake(), discardNanos);
            } else {
                release(r);
            }
            return;
        }
        if (metrics.mitigations != null && !admitted(r)) {
            finish(r, Outcome.SHED);
            return;
        }
        r.step = 0;
        advance(r);
    }

    /**
     * Whether the server's protections let {@code r} be served: it waited no longer than the
     * shedding limit in the accept queue, and its process is below its concurrency limit (then it
     * holds a place there until its response is written).
     */
    private boolean admitted(Request r) {
        if (shedAfterNanos.isPresent() && r.waitedNanos > shedAfterNanos.getAsLong()) {
            return false;
        }
        var limiter = r.process.limiter;
        if (limiter != null) {
            if (!limiter.tryAcquire()) {
                return false;
            }
            r.limited = true;
            r.limitedAt = sim.nowNanos();
            r.limitInflight = limiter.inflight();
        }
        metrics.mitigations.served(r.waitedNanos);
        return true;
    }

    /** Runs the request's next step, or finishes it. */
    private void advance(Request r) {
        if (r.callFailed) {
            finish(r, r.shortCircuited ? Outcome.SHORT_CIRCUITED : Outcome.FAILED);
            return;
        }
        WorkPlan plan = plans[r.kind];
        if (r.step == plan.size()) {
            finish(r, Outcome.GOODPUT);
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
            case LOCAL -> sim.scheduleLaneNanos(r.wake(), plan.nanos[i]);
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
            case CONNECTING -> handshake.synTimer(r);
            case HANDSHAKE -> handshake.dataTimer(r);
            case WORKING -> r.process.resume(r);
            case DONE -> release(r);
            case QUEUED, ACCEPTING, WAITING_DATA, ROUTING -> throw new IllegalStateException("a request " + r.stage + " has no timer");
        }
    }

    /**
     * The worker wrote the response ({@code answer}: GOODPUT for a success, else the error the user
     * gets): it goes back through the router and the load generator, if any.
     */
    private void finish(Request r, Outcome answer) {
        if (r.limited) {
            r.limited = false;
            r.process.limiter.onSample(sim.nowNanos() - r.limitedAt, r.limitInflight);
        }
        FrontRouter front = r.server.front;
        if (front == null && client == null) {
            metrics.responded(r, answer == Outcome.GOODPUT, sim.nowNanos() - r.sentAt);
            release(r);
            if (!r.userDone) {
                resolve(r, answer);
            }
            return;
        }
        release(r);
        if (front != null) {
            front.relay(() -> toUser(r, answer));
        } else {
            toUser(r, answer);
        }
    }

    /** The response reaches the user's side: the load generator reads it (a user who left reads nothing). */
    private void toUser(Request r, Outcome answer) {
        if (client != null && !r.userDone) {
            client.loop().submit(clientAfterNanos, () -> delivered(r, answer));
        } else {
            delivered(r, answer);
        }
    }

    private void delivered(Request r, Outcome answer) {
        metrics.responded(r, answer == Outcome.GOODPUT, sim.nowNanos() - r.sentAt);
        if (!r.userDone) {
            resolve(r, answer);
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
        if (!r.backHop && (r.stage == Request.Stage.CONNECTING || r.stage == Request.Stage.HANDSHAKE)) {
            handshake.abandon(r); // the user's own connection never got in: nothing reaches a server
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
        opened(r.server, -1);
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
