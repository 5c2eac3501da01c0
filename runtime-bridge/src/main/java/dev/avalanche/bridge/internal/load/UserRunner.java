package dev.avalanche.bridge.internal.load;

import dev.avalanche.bridge.internal.run.LiveClock;
import java.io.IOException;

/**
 * The users of one live run, in this JVM or in a child JVM: made ready before the clock starts (a
 * child JVM starts and warms up), then played. Every implementation returns by the run's deadline
 * (or a stop plus its grace) plus a few seconds, and {@link #close} leaves nothing running.
 *
 * <p>Thread contract: {@link #prepare}, {@link #play} and {@link #close} are called by the run's
 * thread, in that order, once each; the users run on threads (or in a process) of their own.
 */
public sealed interface UserRunner extends AutoCloseable permits InProcessUsers, ChildJvmUsers {

    /**
     * What the users saw: the log of every request, whether the request cap cut the run, and the wall
     * instant (since the origin) the users were done or let go, and the CPU a JVM of their own used
     * while playing (0 when they ran in this JVM, whose CPU includes theirs; -1 when unknown).
     */
    record Played(ClientLog log, boolean truncated, long endNanos, long ownJvmCpuNanos) {
    }

    /** Gets ready to send; the clock has not started. */
    void prepare() throws IOException, InterruptedException;

    /** Starts {@code clock} (now, or a moment ahead for a child JVM), plays the traffic, and returns what the users saw. */
    Played play(LiveClock clock) throws IOException, InterruptedException;

    @Override
    void close();
}
