package dev.avalanche.bridge;

import dev.avalanche.bridge.internal.load.ClientLog;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.bridge.internal.run.LiveSummary;
import dev.avalanche.bridge.internal.server.ServerLog;
import dev.avalanche.bridge.internal.stub.ThirdPartyStub;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.result.LatencySummary;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The side of a live run its users load, and what that side can tell about itself: the built-in
 * deployment ({@link BuiltInDeployment}: the stub, the scenario's app servers and balancer in this
 * JVM, whose logs give the server's view), or someone else's server ({@link TargetDeployment}: only
 * what the users see, with a stub when the scenario calls third parties).
 *
 * <p>Thread contract: started, played, read and closed by the run's thread; the servers and the
 * stub it started run on threads of their own meanwhile, and {@link #close} stops them all.
 */
sealed interface Deployment extends AutoCloseable permits BuiltInDeployment, TargetDeployment {

    /** Starts the side {@code opts} asks for: the built-in deployment, or a stub for a target (when needed). */
    static Deployment start(ModelConfig cfg, LiveOptions opts, long seed, RandomStreams streams, LiveClock clock,
            ServerLog server, int warmUpRequests) throws IOException, InterruptedException {
        if (opts.target().isPresent()) {
            Optional<ThirdPartyStub> stub = cfg.request().calls().isEmpty() ? Optional.empty()
                    : Optional.of(ThirdPartyStub.start(cfg.services(), streams, opts.timeScale(), clock::modelNanos));
            return new TargetDeployment(opts.target().get(), stub);
        }
        return BuiltInDeployment.start(cfg, opts, seed, streams, clock, server, warmUpRequests);
    }

    /** Where the users send. */
    LiveTarget target();

    /** The clock is about to start (the users are ready): warm-ups are forgotten and the run's limits apply from now on. */
    void play() throws IOException, InterruptedException;

    /** SYN retransmissions its servers played so far (0 where unseen). */
    long synRetransmissions();

    /** CPU the stub's thread used so far (0 without a stub). */
    long stubCpuNanos();

    /** How late the stub's answers were, when a stub ran. */
    Optional<LatencySummary> stubLateness();

    /**
     * The wall instant the run ended, given when the users were done and what they saw ({@code log}):
     * for the built-in side, once its servers went idle too (their orphans finished) and took every
     * request whose user left, or {@code untilWallNanos}.
     */
    long end(LiveClock clock, ClientLog log, long usersEndNanos, long untilWallNanos) throws IOException, InterruptedException;

    /** The run's results from the users' {@code log} and what this side saw, over the wall span to {@code endNanos}. */
    LiveSummary.Summary summarize(String variant, ModelConfig cfg, LiveClock clock, ClientLog log, long synBefore,
            long endNanos);

    /** What the notes say about this side, given how late its stub answered ({@link #stubLateness()}, read once). */
    LiveNotes.Facts facts(boolean truncated, boolean stopped, LiveRun.CpuUse cpu, Optional<LatencySummary> stubLateness);

    /** CPU the built-in servers' own JVMs used while the run played, once it ended (0 in this JVM or for a target; -1 unknown). */
    default long serverJvmsCpuNanos() {
        return 0;
    }

    /** The process ids of the built-in servers (this JVM's when they run in it); none for a target. */
    default List<Long> serverPids() {
        return List.of();
    }

    /** The requests each built-in server's workers took; none for a target. */
    List<Long> taken();

    /** Stops everything it started. */
    @Override
    void close();
}
