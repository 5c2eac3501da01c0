package dev.avalanche.bridge.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.Service;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * The third parties, for real: one HTTP server on 127.0.0.1 answering {@code GET /s/<service>}
 * after the service's latency times its degradation factor at the instant the call arrives (in
 * scenario time, divided by K on the wire), with HTTP 500 for the service's error ratio. A call
 * whose latency reaches our client's timeout is answered 504 at the timeout, so that it fails
 * whichever side notices first, as in the simulator. With a capacity, calls beyond it wait (FIFO).
 *
 * <p>Every exchange runs on its own virtual thread, so the stub is never the bottleneck. Draws
 * come from the streams {@code service.<name>.latency} and {@code service.<name>.errors}, the
 * simulator's names. Thread-safe; {@link #close} stops it.
 */
public final class ThirdPartyStub implements AutoCloseable {

    /** The stub's own listen backlog: large, it must never refuse our app server. */
    static final int BACKLOG = 1024;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private ThirdPartyStub(Map<String, Service> services, RandomStreams streams, double timeScale,
            LongSupplier modelNowNanos) throws IOException {
        server = Loopback.server(BACKLOG, executor);
        services.forEach((name, s) -> server.createContext("/s/" + name, new Endpoint(s,
                new LockedStream(streams.stream("service." + name + ".latency")),
                new LockedStream(streams.stream("service." + name + ".errors")), timeScale, modelNowNanos)));
        server.createContext("/health", ThirdPartyStub::noContent);
    }

    /**
     * Starts the stub for {@code services}.
     *
     * @param timeScale K: latencies are divided by it on the wire
     * @param modelNowNanos the scenario time now, which the degradation profiles are read at
     */
    public static ThirdPartyStub start(Map<String, Service> services, RandomStreams streams, double timeScale,
            LongSupplier modelNowNanos) throws IOException {
        ThirdPartyStub stub = new ThirdPartyStub(services, streams, timeScale, modelNowNanos);
        stub.server.start();
        return stub;
    }

    /** Where {@code service} answers. */
    public URI uri(String service) {
        return Loopback.uri(server, "/s/" + service);
    }

    /** Answers 204 at once: for warming up clients. */
    public URI health() {
        return Loopback.uri(server, "/health");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void noContent(HttpExchange ex) throws IOException {
        try (ex) {
            ex.sendResponseHeaders(204, -1);
        }
    }

    private record Endpoint(Service service, LockedStream latency, LockedStream errors, double timeScale,
            LongSupplier modelNowNanos, Optional<Semaphore> capacity) implements HttpHandler {

        Endpoint(Service service, LockedStream latency, LockedStream errors, double timeScale, LongSupplier now) {
            this(service, latency, errors, timeScale, now, service.capacity().isPresent()
                    ? Optional.of(new Semaphore(service.capacity().getAsInt(), true)) : Optional.empty());
        }

        @Override
        public void handle(HttpExchange ex) throws IOException {
            try (ex) {
                ex.getRequestBody().readAllBytes();
                long arrived = System.nanoTime();
                if (capacity.isPresent()) {
                    capacity.get().acquire();
                }
                try {
                    ex.sendResponseHeaders(answer(System.nanoTime() - arrived), -1);
                } finally {
                    capacity.ifPresent(Semaphore::release);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Sleeps the call's latency and returns its status; {@code waitedNanos} went by queueing for capacity. */
        private int answer(long waitedNanos) throws InterruptedException {
            double factor = service.degradation().valueAt(modelNowNanos.getAsLong());
            long latency = Math.round(latency().sample(service.latency()) * factor * 1e9 / timeScale);
            boolean error = errors().nextBoolean(service.errors());
            long budget = Math.round(service.timeout().nanos() / timeScale) - waitedNanos;
            if (latency >= budget) {
                Thread.sleep(Duration.ofNanos(Math.max(0, budget)));
                return 504;
            }
            Thread.sleep(Duration.ofNanos(latency));
            return error ? 500 : 200;
        }
    }
}
