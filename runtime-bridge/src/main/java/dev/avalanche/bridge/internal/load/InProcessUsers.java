package dev.avalanche.bridge.internal.load;

import dev.avalanche.bridge.LiveTarget;
import dev.avalanche.bridge.StopSignal;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.ModelConfig;

/**
 * The users on virtual threads of this JVM, sharing its heap, JIT and carriers with the servers.
 * Thread contract: {@link UserRunner}'s.
 */
public final class InProcessUsers implements UserRunner {

    private final ModelConfig cfg;
    private final LiveTarget target;
    private final RandomStreams streams;
    private final int capacity;
    private final long deadline;
    private final StopSignal stop;
    private final long stopGraceNanos;
    private final boolean usersTimeOut;
    private final boolean newConnections;

    /** @param usersTimeOut whether the users play the balancer's timeout themselves ({@link LoadGenerator}) */
    public InProcessUsers(ModelConfig cfg, LiveTarget target, RandomStreams streams, int capacity, long deadlineWallNanos,
            StopSignal stop, long stopGraceNanos, boolean usersTimeOut, boolean newConnections) {
        this.cfg = cfg;
        this.target = target;
        this.streams = streams;
        this.capacity = capacity;
        this.deadline = deadlineWallNanos;
        this.stop = stop;
        this.stopGraceNanos = stopGraceNanos;
        this.usersTimeOut = usersTimeOut;
        this.newConnections = newConnections;
    }

    /** Nothing to do: the users' code is the server's JVM's, warmed up with it. */
    @Override
    public void prepare() {
    }

    /** @param clock not started yet: the users open their connections first */
    @Override
    public Played play(LiveClock clock) throws InterruptedException {
        ClientLog log = new ClientLog(capacity);
        LoadGenerator users = new LoadGenerator(cfg, target, streams, clock, log, new UsersPlay(deadline, stop, stopGraceNanos,
                UsersPlay.Connections.of(newConnections), UsersPlay.BalancerTimeout.of(usersTimeOut)));
        users.connect();
        clock.start();
        users.run();
        return new Played(log, users.truncated(), users.endNanos(), 0);
    }

    @Override
    public void close() {
        // Nothing outlives play().
    }
}
