package dev.avalanche.bridge.internal.server;

import dev.avalanche.bridge.internal.run.Http1Client;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.bridge.internal.run.LockedStream;
import dev.avalanche.bridge.internal.stub.StubAddress;
import dev.avalanche.bridge.resilience.ClientGuard;
import dev.avalanche.bridge.resilience.ServerGuard;
import dev.avalanche.engine.random.Distribution;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Servers;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One request's work on the app server, in the simulator's order: the request's CPU burst (not
 * {@code servers.overhead}, the model's cost of the server's HTTP machinery: the real front pays its
 * own), each call group to the stub (one step per sequential call, one step for a parallel group),
 * the local steps as sleeps, then the CPU burst after them ({@code request.cpuAfter}). A failed or
 * timed-out call ends the work at once, after its group, with a 500; otherwise 200. When the
 * scenario's {@code servers.abandoned} is {@code discard}, a request whose user closed its
 * connection before a worker took it is thrown away unworked (the worker is held for
 * {@code servers.discard}), as the simulator's worker does.
 *
 * <p>A request the {@link WorkerPool} refused is answered {@value #REFUSED} at once. Requests carry
 * their id as {@code ?id=N}; a request without one is answered 204 without work or log, after the
 * request's calls made to the stub's {@code /health} when its query is {@value #WARM_UP_QUERY} (a
 * warm-up of the whole path). The worker's {@link WorkerPool.Admission} says when the request was
 * received and which CPU burner its process uses. Thread-safe.
 */
final class RequestHandler implements java.util.function.Consumer<AppFront.Exchange> {

    /** The status of a request refused because the accept queue was full, as a balancer answers it. */
    static final int REFUSED = 502;
    /** The status of a request shed by the server's protections (queue time, concurrency limit). */
    static final int SHED = 503;
    /** The query of a warm-up request: the request's calls go to the stub's {@code /health}; nothing is logged. */
    static final String WARM_UP_QUERY = "warm-up";

    private sealed interface Step permits Calls, Sleep {
    }

    /**
     * {@code count} calls at once (1 for a sequential call) to {@code target} on the stub, each failing after
     * {@code timeoutNanos}, each through the service's client policy when it has one.
     */
    private record Calls(String target, long timeoutNanos, int count, Optional<ClientGuard> guard) implements Step {
    }

    private record Sleep(long wallNanos) implements Step {
    }

    private final ServerLog log;
    private final LiveClock clock;
    private final Http1Client client;
    private final ExecutorService parallel;
    private final Optional<Distribution> cpu;
    private final Optional<Distribution> cpuAfter;
    private final LockedStream cpuStream;
    private final boolean discardAbandoned;
    private final long discardWallNanos;
    private final List<Step> steps = new ArrayList<>();
    /** The calls of {@link #steps} aimed at the stub's {@code /health} (answered at once), without the sleeps. */
    private final List<Step> warmUpSteps = new ArrayList<>();
    private final AtomicLong taken = new AtomicLong();
    private final Optional<ServerGuard> guard;

    /** @param client to the stub; @param parallel runs the calls of a parallel group (virtual threads) */
    RequestHandler(ModelConfig cfg, StubAddress stub, Http1Client client, ExecutorService parallel, LockedStream cpuStream,
            LiveClock clock, ServerLog log) {
        this.log = log;
        this.clock = clock;
        this.client = client;
        this.parallel = parallel;
        this.cpu = cfg.request().cpu();
        this.cpuAfter = cfg.request().cpuAfter();
        this.cpuStream = cpuStream;
        this.discardAbandoned = cfg.servers().abandoned() == Servers.Abandoned.DISCARD;
        this.discardWallNanos = clock.toWall(cfg.servers().discard());
        this.guard = ServerGuard.of(cfg.servers().protection(), clock::toWall);
        Map<String, Optional<ClientGuard>> guards = new HashMap<>();
        for (RequestWork.Call call : cfg.request().calls()) {
            String target = stub.uri(call.service()).getRawPath();
            long timeout = Math.max(1, clock.toWall(cfg.services().get(call.service()).timeout()));
            Optional<ClientGuard> guard = guards.computeIfAbsent(call.service(), name -> ClientGuard.of(name,
                    cfg.services().get(name).client(), clock::toWall, clock::wallNanos));
            int rounds = call.mode() == RequestWork.Call.Mode.PARALLEL ? 1 : call.count();
            for (int i = 0; i < rounds; i++) {
                steps.add(new Calls(target, timeout, call.count() / rounds, guard));
                warmUpSteps.add(new Calls(stub.health().getRawPath(), timeout, call.count() / rounds, Optional.empty()));
            }
        }
        for (RequestWork.LocalStep step : cfg.request().local()) {
            steps.add(new Sleep(clock.toWall(step.latency())));
        }
    }

    /** Serves one request; a request left without a response (an interrupted worker) has its connection closed. */
    @Override
    public void accept(AppFront.Exchange ex) {
        try {
            handle(ex);
        } catch (IOException e) {
            // The user left before its response: nothing to tell it.
        }
    }

    private void handle(AppFront.Exchange ex) throws IOException {
        // Not orElse: its default would be built (and the clock read) for every request.
        WorkerPool.Admission a = WorkerPool.ADMISSION.isBound() ? WorkerPool.ADMISSION.get()
                : new WorkerPool.Admission(clock.wallNanos(), CpuBurner.direct(), false, Optional.empty());
        if (a.refused()) {
            ex.respond(REFUSED);
            return;
        }
        long started = clock.wallNanos();
        OptionalInt id = id(ex.query());
        if (id.isEmpty()) {
            if (WARM_UP_QUERY.equals(ex.query())) {
                try {
                    run(warmUpSteps, parallel);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            ex.respond(204);
            return;
        }
        taken.incrementAndGet();
        if (discardAbandoned && ex.peerClosed()) {
            log.discarded(id.getAsInt(), a.receivedNanos(), started);
            try {
                Thread.sleep(Duration.ofNanos(discardWallNanos));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        log.started(id.getAsInt(), a.receivedNanos(), started);
        Optional<ServerGuard.Pass> pass = guard.isEmpty() ? ServerGuard.FREE
                : guard.get().admit(started - a.receivedNanos());
        if (pass.isEmpty()) {
            try {
                ex.respond(SHED);
            } finally {
                log.ended(id.getAsInt(), clock.wallNanos(), false);
            }
            return;
        }
        boolean ok;
        try {
            ok = serve(a.cpu(), a.spawn().orElse(parallel));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pass.get().done();
            return;
        }
        try {
            ex.respond(ok ? 200 : 500);
        } catch (IOException e) {
            // The user left: the work was done all the same (orphaned).
        }
        pass.get().done();
        log.ended(id.getAsInt(), clock.wallNanos(), ok);
    }

    /** Requests with an id a worker took, served or discarded (not the refused, not the warm-ups). */
    long taken() {
        return taken.get();
    }

    private OptionalInt id(String query) {
        if (query == null || !query.startsWith("id=")) {
            return OptionalInt.empty();
        }
        try {
            long id = Long.parseLong(query.substring(3));
            return log.accepts(id) ? OptionalInt.of((int) id) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** @param spawn runs the calls of a parallel group */
    private boolean serve(CpuBurner burner, Executor spawn) throws InterruptedException {
        if (cpu.isPresent()) {
            burner.burn(clock.toWall(cpuStream.sample(cpu.get())));
        }
        if (!run(steps, spawn)) {
            return false;
        }
        if (cpuAfter.isPresent()) {
            burner.burn(clock.toWall(cpuStream.sample(cpuAfter.get())));
        }
        return true;
    }

    /** The steps in order; false as soon as one fails. */
    private boolean run(List<Step> plan, Executor spawn) throws InterruptedException {
        for (Step step : plan) {
            boolean ok = switch (step) {
                case Calls c -> c.count() == 1 ? call(c) : callAll(c, spawn);
                case Sleep s -> {
                    Thread.sleep(Duration.ofNanos(s.wallNanos()));
                    yield true;
                }
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** One call, through its client policy when it has one. */
    private boolean call(Calls c) throws InterruptedException {
        return c.guard().isPresent() ? c.guard().get().call(() -> attempt(c)) : attempt(c);
    }

    /** One attempt; false on an error status, a failure to connect or read, or the call's timeout. */
    private boolean attempt(Calls c) {
        try {
            return client.get(c.target(), c.timeoutNanos()) == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** The group's calls at once; it fails when one of them does, once all have ended. */
    private boolean callAll(Calls c, Executor spawn) throws InterruptedException {
        List<Future<Boolean>> calls = new ArrayList<>(c.count());
        for (int i = 0; i < c.count(); i++) {
            FutureTask<Boolean> task = new FutureTask<>(() -> call(c));
            spawn.execute(task);
            calls.add(task);
        }
        boolean ok = true;
        try {
            for (Future<Boolean> f : calls) {
                try {
                    ok &= f.get();
                } catch (ExecutionException e) {
                    ok = false;
                }
            }
        } catch (InterruptedException e) {
            calls.forEach(f -> f.cancel(true));
            throw e;
        }
        return ok;
    }
}
