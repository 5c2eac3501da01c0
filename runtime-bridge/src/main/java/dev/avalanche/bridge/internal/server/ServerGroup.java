package dev.avalanche.bridge.internal.server;

import dev.avalanche.bridge.internal.run.LiveClock;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * The scenario's {@code servers.count} app servers of a live run: in this JVM ({@link InJvmServers}),
 * or each in a JVM of its own ({@link ChildJvmServers}), as uWSGI's processes are. Their logs land
 * in the run's {@link ServerLog}: as they happen for servers in this JVM, when {@link #collect} reads
 * them back for the others.
 *
 * <p>Thread contract: {@link LiveDeployment}'s, whose thread calls every method.
 */
sealed interface ServerGroup extends AutoCloseable permits InJvmServers, ChildJvmServers {

    /** The servers' addresses, in order. */
    List<URI> uris();

    /** Waits for the warm-up requests to be done, then forgets them; before the clock starts. */
    void forgetWarmUp() throws IOException, InterruptedException;

    /** The run begins: the accept cost and accept queue's limit apply from now on. */
    void play() throws IOException, InterruptedException;

    /** Waits until no server serves or queues a request, or the wall clock reads {@code untilWallNanos}; whether they went idle. */
    boolean awaitIdle(LiveClock clock, long untilWallNanos) throws IOException, InterruptedException;

    /** Whether the run's {@link ServerLog} shows the requests while the run plays (servers in this JVM). */
    boolean logsLive();

    /** The run is over: the servers' logs and levels are read into the run's (nothing to do in this JVM). */
    void collect(LiveClock clock) throws IOException, InterruptedException;

    /** The wall instant of the last change of any server's levels, 0 when none. */
    long lastChangeNanos();

    /** Each server's level log, in order (for servers in child JVMs, once collected). */
    List<LevelLog> levels();

    /** SYN retransmissions the servers played so far (for servers in child JVMs, those collected). */
    long synRetransmissions();

    /** The requests each server's workers took, in order. */
    List<Long> taken();

    /** CPU the servers' own JVMs used while the run played (0 for servers in this JVM, whose CPU is this JVM's; -1 unknown). */
    long ownJvmCpuNanos();

    /** The servers' process ids (this JVM's for servers in it). */
    List<Long> pids();

    @Override
    void close();
}
