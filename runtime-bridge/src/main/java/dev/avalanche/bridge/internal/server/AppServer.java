package dev.avalanche.bridge.internal.server;

import dev.avalanche.bridge.internal.load.WarmUp;
import dev.avalanche.bridge.internal.run.Http1Client;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.bridge.internal.run.LockedStream;
import dev.avalanche.bridge.internal.run.Loopback;
import dev.avalanche.bridge.internal.stub.StubAddress;
import dev.avalanche.bridge.internal.stub.ThirdPartyStub;
import dev.avalanche.models.config.ModelConfig;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The app server, for real: an HTTP/1.1 server on 127.0.0.1 ({@link AppFront}) whose listen backlog
 * is the scenario's (capped by the kernel at {@code somaxconn}), whose requests run on a
 * {@link WorkerPool} of the scenario's worker model, and whose third-party calls go to the
 * {@link ThirdPartyStub} over a blocking HTTP/1.1 client ({@link Http1Client}) from the worker, as a
 * worker of the story's app calls with a blocking library; a parallel group's calls run on virtual
 * threads. One of the scenario's {@code servers.count} servers: with several, each has its own
 * front, port, workers and accept queue, and they share the run's {@link ServerLog} (request ids
 * are the run's), the stub and the {@code cpu} stream; a {@link BalancerProxy} is their balancer.
 * Thread-safe; {@link #close} stops it.
 */
public final class AppServer implements AutoCloseable {

    /** How long the warm-up requests of {@link #start} may take: the JVM may be cold. */
    private static final long WARM_UP_TIMEOUT_NANOS = 10_000_000_000L;

    private final AppFront server;
    private final WorkerPool pool;
    private final ExecutorService parallelCalls = Executors.newVirtualThreadPerTaskExecutor();
    private final Http1Client client;
    private final RequestHandler handler;

    private AppServer(ModelConfig cfg, StubAddress stub, LockedStream cpu, LiveClock clock, ServerLog log)
            throws IOException {
        this.pool = new WorkerPool(cfg.servers().workers(), cfg.servers().processes(), cfg.servers().tcp(),
                cfg.servers().backlog(), cfg.servers().overflow(), cfg.servers().accept(), clock);
        this.client = Loopback.client(stub.health());
        this.handler = new RequestHandler(cfg, stub, client, parallelCalls, cpu, clock, log);
        this.server = new AppFront("app", cfg.servers().tcp().effectiveBacklog(cfg.servers().backlog()), pool, handler);
    }

    /**
     * Starts the server and sends itself {@code warmUpRequests} unlogged warm-up requests (their calls
     * made to the stub's {@code /health}), so that the measured requests find the request path loaded
     * and compiled, and opens {@code stubConnections} keep-alive connections to the stub, as on a
     * server that has been up a while; the level log starts empty after them.
     *
     * @param cpu the run's {@code cpu} stream, shared by all its servers as the simulator's servers share theirs
     */
    public static AppServer start(ModelConfig cfg, ThirdPartyStub stub, LockedStream cpu, LiveClock clock,
            ServerLog log, int warmUpRequests, int stubConnections) throws IOException, InterruptedException {
        return start(cfg, stub.address(), cpu, clock, log, warmUpRequests, stubConnections);
    }

    /** As {@link #start(ModelConfig, ThirdPartyStub, LockedStream, LiveClock, ServerLog, int, int)}, the stub known by its address. */
    public static AppServer start(ModelConfig cfg, StubAddress stub, LockedStream cpu, LiveClock clock,
            ServerLog log, int warmUpRequests, int stubConnections) throws IOException, InterruptedException {
        AppServer app = new AppServer(cfg, stub, cpu, clock, log);
        app.server.start();
        try (Http1Client self = Loopback.client(app.uri())) {
            WarmUp.send(self, app.uri().getRawPath() + "?" + RequestHandler.WARM_UP_QUERY, warmUpRequests);
        }
        app.client.open(stubConnections, WARM_UP_TIMEOUT_NANOS);
        app.forgetWarmUp();
        return app;
    }

    /**
     * Waits (at most {@value #WARM_UP_TIMEOUT_NANOS} ns) for the warm-up requests to be done, then
     * forgets their level changes: call it after warming up, before the clock starts.
     */
    public void forgetWarmUp() throws InterruptedException {
        long until = System.nanoTime() + WARM_UP_TIMEOUT_NANOS;
        while (!pool.idle() && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        pool.levels().clear();
    }

    /** The run begins: the accept cost and the accept queue's limit apply from now on (not to warm-ups). */
    public void play() {
        pool.play();
    }

    /** The wall instant of the last change of the levels (when the server last went idle, once it is), 0 when none. */
    public long lastChangeNanos() {
        LevelLog levels = pool.levels();
        synchronized (levels) {
            return levels.size() == 0 ? 0 : levels.wallNanos(levels.size() - 1);
        }
    }

    /** Where users send their requests (append {@code ?id=N}). */
    public URI uri() {
        return server.uri();
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

    /** SYN retransmissions played because the accept queue was full (warm-ups included). */
    public long synRetransmissions() {
        return pool.synRetransmissions();
    }

    /** Requests of the run (warm-ups not counted) its workers took, served or discarded. */
    public long taken() {
        return handler.taken();
    }

    @Override
    public void close() {
        server.close();
        pool.close();
        client.close();
        parallelCalls.shutdownNow();
    }
}
