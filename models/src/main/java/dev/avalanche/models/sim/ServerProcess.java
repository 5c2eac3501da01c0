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
 * same FIFO queue until a carrier is free, then goes on at once on it: to its next wait in no
 * time, or through its next CPU burst (the response's) before the carrier passes on. With a
 * carrier per request (threads) it never waits.
 */
final class ServerProcess {

    private final Host host;
    private final long slots;
    private final int carriers;
    private final ArrayDeque<Request> cpuQueue = new ArrayDeque<>();
    private int onCarriers;
    /** The woken request the carrier is being handed to, which may start a burst on it at once. */
    private Request granted;
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
        if (r == granted) {
            granted = null;
            host.start(r);
        } else if (onCarriers < carriers) {
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
        passCarrier();
        r.flow.cpuDone(r);
    }

    /** The carrier a burst freed goes to the queue's head: a burst, or a woken request that goes on on it. */
    private void passCarrier() {
        Request next;
        while ((next = cpuQueue.pollFirst()) != null) {
            if (next.workNanos > 0) {
                host.start(next);
                return;
            }
            granted = next;
            next.flow.cpuDone(next);
            if (granted == null) {
                return; // it started its response's burst on the carrier
            }
            granted = null; // it went on to a wait or its end in no time: the carrier passes on
        }
        onCarriers--;
    }
}
