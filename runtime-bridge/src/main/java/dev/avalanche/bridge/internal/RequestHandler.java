package dev.avalanche.bridge.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.avalanche.engine.random.Distribution;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.RequestWork;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One request's work on the app server, in the simulator's order: the CPU burst (the server's
 * per-request overhead plus the request's own draw), each call group to the stub (one step per
 * sequential call, one step for a parallel group), then the local steps as sleeps. A failed or
 * timed-out call ends the work at once, after its group, with a 500; otherwise 200.
 *
 * <p>A request the {@link WorkerPool} refused is answered {@value #REFUSED} at once. Requests carry
 * their id as {@code ?id=N}; a request without one (a warm-up) is answered 204 without work. The worker's {@link WorkerPool.Admission} says when the request was received and
 * which CPU burner its process uses. Thread-safe.
 */
final class RequestHandler implements HttpHandler {

    /** The status of a request refused because the accept queue was full, as a balancer answers it. */
    static final int REFUSED = 502;

    private sealed interface Step permits Calls, Sleep {
    }

    /** {@code count} calls at once (1 for a sequential call). */
    private record Calls(HttpRequest request, int count) implements Step {
    }

    private record Sleep(long wallNanos) implements Step {
    }

    private final ServerLog log;
    private final LiveClock clock;
    private final HttpClient client;
    private final Optional<Distribution> cpu;
    private final LockedStream cpuStream;
    private final double overheadSeconds;
    private final List<Step> steps = new ArrayList<>();

    RequestHandler(ModelConfig cfg, ThirdPartyStub stub, HttpClient client, LockedStream cpuStream, LiveClock clock,
            ServerLog log) {
        this.log = log;
        this.clock = clock;
        this.client = client;
        this.cpu = cfg.request().cpu();
        this.cpuStream = cpuStream;
        this.overheadSeconds = cfg.servers().overhead().seconds();
        for (RequestWork.Call call : cfg.request().calls()) {
            HttpRequest req = HttpRequest.newBuilder(stub.uri(call.service())).GET()
                    .timeout(Duration.ofNanos(Math.max(1, clock.toWall(cfg.services().get(call.service()).timeout())))).build();
            if (call.mode() == RequestWork.Call.Mode.PARALLEL) {
                steps.add(new Calls(req, call.count()));
            } else {
                for (int i = 0; i < call.count(); i++) {
                    steps.add(new Calls(req, 1));
                }
            }
        }
        for (RequestWork.LocalStep step : cfg.request().local()) {
            steps.add(new Sleep(clock.toWall(step.latency())));
        }
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            WorkerPool.Admission a = WorkerPool.ADMISSION.orElse(
                    new WorkerPool.Admission(clock.wallNanos(), CpuBurner.direct(), false));
            if (a.refused()) {
                ex.sendResponseHeaders(REFUSED, -1);
                return;
            }
            long started = clock.wallNanos();
            OptionalInt id = id(ex.getRequestURI().getRawQuery());
            if (id.isEmpty()) {
                ex.sendResponseHeaders(204, -1);
                return;
            }
            log.started(id.getAsInt(), a.receivedNanos(), started);
            boolean ok;
            try {
                ok = serve(a.cpu());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                ex.sendResponseHeaders(ok ? 200 : 500, -1);
            } catch (IOException e) {
                // The user left: the work was done all the same (orphaned).
            }
            log.ended(id.getAsInt(), clock.wallNanos(), ok);
        }
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

    private boolean serve(CpuBurner burner) throws InterruptedException {
        double cpuSeconds = overheadSeconds + (cpu.isPresent() ? cpuStream.sample(cpu.get()) : 0);
        burner.burn(clock.toWall(cpuSeconds));
        for (Step step : steps) {
            boolean ok = switch (step) {
                case Calls c -> c.count() == 1 ? call(c.request()) : callAll(c);
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

    private boolean call(HttpRequest req) throws InterruptedException {
        try {
            return client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** The group's calls at once; it fails when one of them does, once all have ended. */
    private boolean callAll(Calls c) throws InterruptedException {
        List<CompletableFuture<HttpResponse<Void>>> calls = new ArrayList<>(c.count());
        for (int i = 0; i < c.count(); i++) {
            calls.add(client.sendAsync(c.request(), HttpResponse.BodyHandlers.discarding()));
        }
        boolean ok = true;
        try {
            for (CompletableFuture<HttpResponse<Void>> f : calls) {
                try {
                    ok &= f.get().statusCode() == 200;
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
