package dev.avalanche.models.sim;

import java.util.ArrayDeque;

/**
 * One worker process: {@code slots} concurrent requests at most, and {@code carriers} OS threads
 * their CPU bursts can run on at once (threads: one per request; gevent: one for the whole
 * process; virtual threads: one per core). Bursts beyond the carriers wait in FIFO order, then
 * share the host's cores with every other process's.
 *
 * <p>A request whose call or local step ended goes on only on a carrier: as a greenlet or a
 * virtual thread is never preempted, one that wakes while every carrier runs a burst waits in the
 * same FIFO queue until a carrier is free, then goes on at once (its next step is never CPU: a
 * request's CPU comes first). With a carrier per request (threads) it never waits.
 */
final class ServerProcess {

    private final Host host;
    private final long slots;
    private final int carriers;
    private final ArrayDeque<Request> cpuQueue = new ArrayDeque<>();
    private int onCarriers;
    /** Requests holding a worker slot, and whether the acceptor is busy accepting one. */
    long busy;
    boolean accepting;

    ServerProcess(Host host, long slots, int carriers) {
        this.host = host;
        this.slots = slots;
        this.carriers = carriers;
    }

    /** Whether the process can take one more connection now: a free slot and an idle acceptor. */
    boolean canAccept() {
        return !accepting && busy < slots;
    }

    /** Runs {@code work} nanoseconds of CPU for {@code r}, which then gets {@code Flow.cpuDone}. */
    void runCpu(Request r, long work) {
        r.workNanos = work;
        if (onCarriers < carriers) {
            onCarriers++;
            host.start(r);
        } else {
            cpuQueue.addLast(r);
        }
    }

    /** {@code r} woke from a call or a local step: it goes on now if a carrier is free, else after the bursts queued before it. */
    void resume(Request r) {
        if (onCarriers < carriers) {
            r.flow.cpuDone(r);
        } else {
            r.workNanos = 0;
            cpuQueue.addLast(r);
        }
    }

    void cpuDone(Request r) {
        Request next;
        while ((next = cpuQueue.pollFirst()) != null && next.workNanos == 0) {
            next.flow.cpuDone(next); // a woken request takes the carrier for no time and passes it on
        }
        if (next != null) {
            host.start(next);
        } else {
            onCarriers--;
        }
        r.flow.cpuDone(r);
    }
}
