package dev.avalanche.models.sim;

import dev.avalanche.engine.Event;
import dev.avalanche.engine.Simulation;
import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.models.config.Service;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A third-party service at run time. A call's latency is drawn from the service's distribution
 * and multiplied by the degradation factor at the instant the call starts; our client gives up
 * at its timeout. With a capacity, calls beyond it wait in FIFO order at the service. With a
 * client policy, each worker process calls through its own {@link Client} (retries, breaker,
 * bulkhead), which makes the attempts.
 */
final class ThirdParty {

    private final Simulation sim;
    private final Service config;
    private final RandomStream latencyStream;
    private final RandomStream errorStream;
    private final long timeoutNanos;
    private final int capacity;
    private final ArrayDeque<Call> waiting = new ArrayDeque<>();
    private int inService;
    /** Each process's client, made on its first call; null when the policy is a plain call. */
    private final Map<ServerProcess, Client> clients;
    private final Metrics metrics;
    private final RandomStream retryStream;

    /** {@code retryStream}: the jitter of its clients' retries, null when the client policy has no retry. */
    ThirdParty(Simulation sim, Service config, RandomStream latencyStream, RandomStream errorStream, Metrics metrics,
            RandomStream retryStream) {
        this.sim = sim;
        this.metrics = metrics;
        this.retryStream = retryStream;
        this.clients = config.client().any() ? new IdentityHashMap<>() : null;
        this.config = config;
        this.latencyStream = latencyStream;
        this.errorStream = errorStream;
        this.timeoutNanos = config.timeout().nanos();
        this.capacity = config.capacity().orElse(Integer.MAX_VALUE);
    }

    /** Whether its calls are plain, made without a client policy (retries, breaker, bulkhead). */
    boolean plain() {
        return clients == null;
    }

    /** The latency factor at {@code nanos} after the start. */
    double factorAt(long nanos) {
        return config.degradation().valueAt(nanos);
    }

    /** Starts a call for {@code r}; {@link Flow#callDone} follows when it answers, fails or times out. */
    void call(Request r) {
        if (clients != null) {
            clients.computeIfAbsent(r.process, p -> new Client(sim, this, config.client(), metrics, retryStream)).call(r);
            return;
        }
        attempt(r, null);
    }

    /** One attempt of a call for {@code r}; {@code client}'s attempt hears the answer, or the flow when null. */
    void attempt(Request r, Client.Attempt client) {
        Call c = r.call;
        if (client == null && c != null && !c.busy) {
            // The request's plain calls one after another (sequential, the commonest) share one
            // object: no allocation, and no other object to fetch from memory when it answers.
            if (c.service != this) {
                c.service = this;
            }
            c.failed = false;
        } else {
            c = new Call(this, r, client);
        }
        c.busy = true;
        if (inService < capacity) {
            begin(c, 0);
        } else {
            c.queuedAt = sim.nowNanos();
            waiting.addLast(c);
        }
    }

    /**
     * Starts serving {@code c}, which waited {@code waited} ns for capacity. A call whose client
     * timeout passed while it waited fails as soon as it is reached (its request is held that long).
     */
    private void begin(Call c, long waited) {
        inService++;
        long now = sim.nowNanos();
        double seconds = config.latency().sample(latencyStream) * factorAt(now);
        long latency = Flow.seconds(seconds);
        long budget = timeoutNanos - waited;
        if (latency >= budget) {
            c.failed = true;
            latency = Math.max(0, budget);
        } else if (config.errors() > 0 && errorStream.nextDouble() < config.errors()) {
            c.failed = true;
        }
        sim.scheduleNanos(c, latency);
    }

    private void finished(Call c) {
        inService--;
        Call next = waiting.pollFirst();
        if (next != null) {
            begin(next, sim.nowNanos() - next.queuedAt);
        }
        boolean ok = !c.failed;
        c.busy = false; // free for the request's next call, which the answer below may start
        if (c.client != null) {
            c.client.answered(ok);
        } else {
            c.request.flow.callDone(c.request, ok);
        }
    }

    /**
     * One outstanding call; fires when it answers (or our client gives up). A request's plain
     * calls reuse one while it is not {@link #busy} (see {@link Request#call}).
     */
    static final class Call extends Event {
        ThirdParty service;
        final Request request;
        final Client.Attempt client;
        long queuedAt;
        boolean failed;
        /** From the attempt to its answer: waiting for capacity or in service. */
        boolean busy;

        Call(ThirdParty service, Request request, Client.Attempt client) {
            this.service = service;
            this.request = request;
            this.client = client;
        }

        @Override
        protected void fire() {
            service.finished(this);
        }
    }
}
