package dev.avalanche.bridge.internal;

import com.sun.net.httpserver.HttpServer;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.ModelConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The app server, for real: a JDK HTTP server on 127.0.0.1 whose listen backlog is the scenario's
 * (capped by the kernel at {@code somaxconn}), whose requests run on a {@link WorkerPool} of the
 * scenario's worker model, and whose third-party calls go to the {@link ThirdPartyStub} over an
 * HTTP/1.1 client on virtual threads. One server only: a balancer in front of several is not
 * played live yet. Thread-safe; {@link #close} stops it.
 */
public final class AppServer implements AutoCloseable {

    private final HttpServer server;
    private final WorkerPool pool;
    private final ExecutorService clientExecutor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client = Loopback.client(clientExecutor);

    private AppServer(ModelConfig cfg, ThirdPartyStub stub, RandomStreams streams, LiveClock clock, ServerLog log)
            throws IOException {
        this.pool = new WorkerPool(cfg.servers().workers(), cfg.servers().processes(), cfg.servers().backlog(), clock);
        this.server = Loopback.server(Math.max(1, cfg.servers().backlog()), pool);
        server.createContext("/", new RequestHandler(cfg, stub, client, new LockedStream(streams.stream("cpu")), clock, log));
    }

    /**
     * Starts the server and sends one unlogged request to the stub and one to itself, so that the
     * first measured request does not pay for class loading; the level log starts empty after them.
     *
     * @throws IllegalArgumentException when the configuration has more than one server
     */
    public static AppServer start(ModelConfig cfg, ThirdPartyStub stub, RandomStreams streams, LiveClock clock,
            ServerLog log) throws IOException, InterruptedException {
        if (cfg.servers().count() != 1) {
            throw new IllegalArgumentException("servers.count: got " + cfg.servers().count()
                    + "; allowed 1 in live mode for now (several servers behind a balancer come in a later slice)");
        }
        AppServer app = new AppServer(cfg, stub, streams, clock, log);
        app.server.start();
        app.client.send(HttpRequest.newBuilder(stub.health()).build(), HttpResponse.BodyHandlers.discarding());
        app.client.send(HttpRequest.newBuilder(app.uri()).build(), HttpResponse.BodyHandlers.discarding());
        while (!app.pool.idle()) {
            Thread.sleep(1);
        }
        app.pool.levels().clear();
        return app;
    }

    /** Where users send their requests (append {@code ?id=N}). */
    public URI uri() {
        return Loopback.uri(server, "/");
    }

    /** Waits until no request is served or waiting, or the wall clock reads {@code untilWallNanos}; whether it went idle. */
    public boolean awaitIdle(LiveClock clock, long untilWallNanos) throws InterruptedException {
        while (!pool.idle()) {
            if (clock.wallNanos() >= untilWallNanos) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }

    /** Every change of the busy and waiting levels since {@link #start}. */
    public LevelLog levels() {
        return pool.levels();
    }

    /** Requests refused because the accept queue was full. */
    public long refused() {
        return pool.refused();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.close();
        client.shutdownNow();
        clientExecutor.shutdownNow();
    }
}
