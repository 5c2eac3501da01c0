package dev.avalanche.bridge.internal.server;

import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.LinuxTcp;
import dev.avalanche.models.config.Servers;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * An app server's listen queue as Linux keeps it, played by the server: the connections that
 * reached it while every worker slot was busy, in order, at most {@link LinuxTcp#acceptQueueCapacity}
 * of them (the backlog capped by {@code somaxconn}, plus one). A connection that finds it full
 * overflows as the scenario's {@code servers.overflow} says. {@code reset}: it is refused at once.
 * {@code drop}: its SYN is dropped and its client retransmits it on Linux's schedule
 * ({@link LinuxTcp#synRetransmissionDelayNanos}: with a 6.5+ kernel's defaults 1 s apart five
 * times, then doubling), the connection offered again each time; after the last retransmission
 * ({@link LinuxTcp#maxSynRetransmissions}) the connect fails one more timeout later, and it is
 * refused then. A connection whose user left while its SYN was out is refused when it comes back,
 * unworked, as the simulator's connecting request is given up. The same rules as the simulator's
 * {@code Listener} and {@code Handshake}, from the same {@link LinuxTcp}; what this does not play
 * is the handshake's last segment dropped by a queue that filled after the SYN got through (the
 * server's front accepts eagerly, so the kernel's own queue stays short).
 *
 * <p>A refusal is answered 502 at once, without work, on a virtual thread of its own (the
 * {@link WorkerPool.Admission} says {@code refused}), as a balancer answers for a refused
 * connection: closing the connection instead would make a keep-alive client retry the request on
 * a new one.
 *
 * <p>Unlimited until {@link #play()}: warm-ups never wait or fail.
 *
 * <p>Thread contract: guarded by its {@link WorkerPool}'s lock. {@link #offer}, {@link #poll},
 * {@link #isEmpty}, {@link #play()} and {@link #clear()} are called with that lock held; the SYN
 * timer's thread hands a retransmitted connection back through {@code again}, which takes the lock
 * itself; {@link #synRetransmissions()} and {@link #close()} may be called from any thread.
 */
final class AcceptQueue implements AutoCloseable {

    /**
     * A connection that reached the server: its exchange, the wall instant it was received, and
     * how many times its SYN was retransmitted so far.
     */
    record Connection(Runnable exchange, long receivedNanos, int retransmissions) {

        /** Whether its user has left (closed its connection): a {@link WorkerPool.Job} can tell. */
        boolean abandoned() {
            return exchange instanceof WorkerPool.Job j && j.abandoned();
        }
    }

    /** What became of a connection offered to a queue with no slot free for it. */
    enum Offer {
        /** It waits in the queue for a worker. */
        QUEUED,
        /** Its SYN was dropped; it comes back through {@code again} after its client's timeout. */
        SYN_DROPPED,
        /** It was refused (502), at once or, after its last SYN, once the connect failed. */
        REFUSED
    }

    private final LinuxTcp tcp;
    private final int capacity;
    private final boolean dropSyns;
    private final LiveClock clock;
    private final Consumer<Connection> again;
    private final ArrayDeque<Connection> queue = new ArrayDeque<>();
    private final ScheduledExecutorService synTimer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("app-syn-timer").factory());
    private final ExecutorService refusals =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("app-refusal-", 0).factory());
    /** Guarded by the pool's lock. */
    private int limit = Integer.MAX_VALUE;
    private volatile long synRetransmissions;

    /**
     * @param backlog the scenario's listen backlog
     * @param again where a retransmitted SYN's connection is offered again (on the timer's thread)
     */
    AcceptQueue(LinuxTcp tcp, int backlog, Servers.Overflow overflow, LiveClock clock, Consumer<Connection> again) {
        this.tcp = tcp;
        this.capacity = tcp.acceptQueueCapacity(backlog);
        this.dropSyns = overflow == Servers.Overflow.DROP;
        this.clock = clock;
        this.again = again;
    }

    /** The run begins: from now on the queue holds {@link LinuxTcp#acceptQueueCapacity} at most. */
    void play() {
        limit = capacity;
    }

    /**
     * Whether {@code c}, back after a SYN retransmission, is gone: its user left meanwhile, so the
     * server never sees it; it is refused.
     */
    boolean gone(Connection c) {
        if (c.retransmissions() > 0 && c.abandoned()) {
            refuse(c);
            return true;
        }
        return false;
    }

    /** {@code c} found no free worker slot: it waits, its SYN is dropped, or it is refused. */
    Offer offer(Connection c) {
        if (queue.size() < limit) {
            queue.addLast(c);
            return Offer.QUEUED;
        }
        int sent = c.retransmissions() + 1; // transmissions of its SYN so far
        long delay = tcp.synRetransmissionDelayNanos(sent);
        if (!dropSyns) {
            refuse(c);
            return Offer.REFUSED;
        }
        if (c.retransmissions() < tcp.maxSynRetransmissions()) {
            synRetransmissions++;
            later(delay, () -> again.accept(new Connection(c.exchange(), clock.wallNanos(), sent)));
            return Offer.SYN_DROPPED;
        }
        later(delay, () -> refuse(c)); // the connect fails when its last SYN's timeout passes
        return Offer.REFUSED;
    }

    private void later(long scenarioNanos, Runnable action) {
        try {
            synTimer.schedule(action, clock.toWall(SimDuration.ofNanos(scenarioNanos)), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // Closing: the connection goes with the rest.
        }
    }

    /** The head of the queue, the connection waiting longest, if any. */
    Connection poll() {
        return queue.pollFirst();
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Forgets the waiting connections (the run is closing). */
    void clear() {
        queue.clear();
    }

    /** SYN retransmissions played so far. */
    long synRetransmissions() {
        return synRetransmissions;
    }

    /** Answers {@code c} 502 without work, on a thread of its own. */
    private void refuse(Connection c) {
        WorkerPool.Admission no = new WorkerPool.Admission(c.receivedNanos(), CpuBurner.direct(), true, Optional.empty());
        try {
            refusals.execute(() -> ScopedValue.where(WorkerPool.ADMISSION, no).run(c.exchange()));
        } catch (RejectedExecutionException e) {
            // Closing: the connection goes with the rest.
        }
    }

    /** Stops the SYN timer and the refusals; connections still out are dropped. */
    @Override
    public void close() {
        refusals.shutdownNow();
        synTimer.shutdownNow();
    }
}
