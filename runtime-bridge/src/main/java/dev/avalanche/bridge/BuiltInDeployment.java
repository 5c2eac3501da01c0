package dev.avalanche.bridge;

import dev.avalanche.bridge.internal.load.ClientLog;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.bridge.internal.run.LiveSummary;
import dev.avalanche.bridge.internal.server.BalancerProxy;
import dev.avalanche.bridge.internal.server.LiveDeployment;
import dev.avalanche.bridge.internal.server.ServerLog;
import dev.avalanche.bridge.internal.stub.ThirdPartyStub;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.result.LatencySummary;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The built-in side: the third-party stub and the scenario's {@link LiveDeployment} (app servers,
 * balancer) on loopback, logging into the run's {@link ServerLog}, so that the results hold the
 * server's view too (busy, backlog, orphans, discarded, SYN retransmissions).
 *
 * <p>Thread contract: as {@link Deployment}'s.
 */
final class BuiltInDeployment implements Deployment {

    private final ThirdPartyStub stub;
    private final LiveDeployment app;
    private final ServerLog server;

    private BuiltInDeployment(ThirdPartyStub stub, LiveDeployment app, ServerLog server) {
        this.stub = stub;
        this.app = app;
        this.server = server;
    }

    /** Starts the stub, then the servers warmed up; on a failure, what was started is closed. */
    static BuiltInDeployment start(ModelConfig cfg, LiveOptions opts, long seed, RandomStreams streams, LiveClock clock,
            ServerLog server, int warmUpRequests) throws IOException, InterruptedException {
        ThirdPartyStub stub = ThirdPartyStub.start(cfg.services(), streams, opts.timeScale(), clock::modelNanos);
        try {
            LiveDeployment app = LiveDeployment.start(cfg, stub, streams, clock, server, warmUpRequests,
                    LiveRun.stubConnections(cfg, opts), LiveRun.balancerConnections(cfg, opts), jvms(opts, seed));
            return new BuiltInDeployment(stub, app, server);
        } catch (IOException | InterruptedException | RuntimeException e) {
            stub.close();
            throw e;
        }
    }

    /**
     * The servers' JVMs when {@code opts} asks for them: each may live for the run's longest wall time,
     * plus a minute to start and warm up and a minute to hand its log over.
     */
    private static Optional<LiveDeployment.ServerJvms> jvms(LiveOptions opts, long seed) {
        return switch (opts.servers()) {
            case ServerSide.ThisJvm t -> Optional.empty();
            case ServerSide.ChildJvms c -> Optional.of(new LiveDeployment.ServerJvms(c.mainClass(), c.args(), seed,
                    opts.wallTimeCap().toNanos() + LiveRun.STOP_GRACE.toNanos() + 120_000_000_000L));
        };
    }

    @Override
    public LiveTarget target() {
        return LiveTarget.resolve(app.uri(), false);
    }

    @Override
    public void play() throws IOException, InterruptedException {
        app.forgetWarmUp();
        app.play();
    }

    @Override
    public long synRetransmissions() {
        return app.synRetransmissions();
    }

    @Override
    public long stubCpuNanos() {
        return stub.cpuNanos();
    }

    @Override
    public Optional<LatencySummary> stubLateness() {
        return Optional.of(stub.lateness());
    }

    @Override
    public long end(LiveClock clock, ClientLog log, long usersEndNanos, long untilWallNanos)
            throws IOException, InterruptedException {
        return Math.max(usersEndNanos,
                app.awaitSettled(log, server, clock, untilWallNanos) ? app.lastChangeNanos() : clock.wallNanos());
    }

    @Override
    public LiveSummary.Summary summarize(String variant, ModelConfig cfg, LiveClock clock, ClientLog log, long synBefore,
            long endNanos) {
        return LiveSummary.of(variant, cfg, clock, log, server, app.levels(), app.synRetransmissions() - synBefore, endNanos);
    }

    @Override
    public LiveNotes.Facts facts(boolean truncated, boolean stopped, LiveRun.CpuUse cpu,
            Optional<LatencySummary> stubLateness) {
        return new LiveNotes.Facts(truncated, stopped, null, app.serverUris(), app.balancer().map(BalancerProxy::uri), cpu,
                stubLateness.orElse(null));
    }

    @Override
    public long serverJvmsCpuNanos() {
        return app.serverJvmsCpuNanos();
    }

    @Override
    public List<Long> serverPids() {
        return app.serverPids();
    }

    @Override
    public List<Long> taken() {
        return app.taken();
    }

    @Override
    public void close() {
        app.close();
        stub.close();
    }
}
