package dev.avalanche.models.sim;

import dev.avalanche.engine.Simulation;
import dev.avalanche.models.config.Gil;
import dev.avalanche.models.resilience.Gradient2;
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
 *
 * <p>Threads under CPython's GIL ({@link GilLock}) run their bursts, and go on after a wait,
 * only while they hold the lock: a burst takes it (or waits for it), drops it at its end, and is
 * made to drop it early when a waiter asks.
 */
final class ServerProcess implements GilLock.Preemptor {

    private final Host host;
    /** CPython's lock over this process's threads; null: no GIL. */
    private final GilLock gil;
    /** The GIL holder whose burst is on the cores. */
    private Request running;
    private final long slots;
    private final int carriers;
    /** Bursts waiting for a carrier: requests' (work 0: a woken request that goes on), or the acceptor. */
    private final ArrayDeque<Host.Burst> cpuQueue = new ArrayDeque<>();
    private int onCarriers;
    /** The woken request the carrier is being handed to, which may start a burst on it at once. */
    private Request granted;
    /** Requests holding a worker slot, and whether the acceptor is busy accepting one. */
    long busy;
    boolean accepting;
    /** The server whose listen socket the process accepts from. */
    Server server;
    /** Its adaptive concurrency limit; null when the servers have none. */
    Gradient2 limiter;
    private final Acceptor acceptor = new Acceptor();
    private Connections connections;
    private long acceptNanos;

    /** Where the process's connections come from and where accepted ones go (the flow). */
    interface Connections {
        /** Takes the next connection off {@code p}'s listen socket: the accept() call. */
        Request take(ServerProcess p);

        /** {@code r}'s accept is done. */
        void accepted(Request r);
    }

    ServerProcess(Host host, long slots, int carriers) {
        this.host = host;
        this.slots = slots;
        this.carriers = carriers;
        this.gil = null;
    }

    /** A process of threads under CPython's GIL. */
    ServerProcess(Simulation sim, Host host, long slots, Gil gil) {
        this.host = host;
        this.slots = slots;
        this.carriers = 1;
        this.gil = new GilLock(sim, host, gil, this);
    }

    /** Whether the process can take one more connection now: a free slot and an idle acceptor. */
    boolean canAccept() {
        return !accepting && busy < slots;
    }

    /** Where connections come from, and the CPU one accept costs the process. */
    void connections(Connections c, long acceptNanos) {
        this.connections = c;
        this.acceptNanos = acceptNanos;
    }

    /**
     * Accepts one connection. The accept costs CPU: on a carrier where carriers are few (gevent's
     * hub accepts between its greenlets' bursts, so a busy hub leaves connections in the kernel's
     * queue), on the host's cores otherwise (a thread accepts without CPython's lock); the
     * connection leaves the accept queue when the accept starts. An accept that costs nothing
     * takes it at once.
     */
    void accept() {
        accepting = true;
        if (acceptNanos > 0 && gil == null && carriers != Integer.MAX_VALUE) {
            acceptor.onCarrier = true;
            if (onCarriers < carriers) {
                onCarriers++;
                beginAccept();
            } else {
                cpuQueue.addLast(acceptor);
            }
            return;
        }
        acceptor.onCarrier = false;
        beginAccept();
    }

    private void beginAccept() {
        acceptor.request = connections.take(this);
        if (acceptNanos > 0) {
            acceptor.workNanos = acceptNanos;
            host.start(acceptor);
        } else {
            acceptor.cpuDone();
        }
    }

    /** Runs {@code work} nanoseconds of CPU for {@code r}, which then gets {@code Flow.cpuDone}. */
    void runCpu(Request r, long work) {
        r.workNanos = work;
        if (gil != null) {
            if (gil.holds(r)) {
                granted = null;
                startHolding(r);
            } else {
                gil.acquire(r, () -> startHolding(r));
            }
            return;
        }
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
        if (gil != null) {
            gil.acquire(r, () -> {
                granted = r;
                r.flow.cpuDone(r);
                if (granted == r) { // it went on to a wait or its end without a burst: it drops the lock
                    granted = null;
                    gil.release(r, NOTHING);
                }
            });
            return;
        }
        if (onCarriers < carriers) {
            r.flow.cpuDone(r);
        } else {
            r.workNanos = 0;
            cpuQueue.addLast(r);
        }
    }

    void cpuDone(Request r) {
        if (gil != null) {
            running = null;
            gil.release(r, () -> r.flow.cpuDone(r));
            return;
        }
        passCarrier();
        r.flow.cpuDone(r);
    }

    private void startHolding(Request r) {
        running = r;
        host.start(r);
    }

    /** A waiter asked the holder to drop the lock: a running burst stops, and waits its turn again. */
    @Override
    public void dropRequested(Request r) {
        if (running != r) {
            return; // it is between bursts, on its way to drop the lock anyway
        }
        running = null;
        r.workNanos = host.stop(r);
        gil.release(r, () -> gil.acquire(r, () -> startHolding(r)));
    }

    private static final Runnable NOTHING = () -> { };

    /** The carrier a burst freed goes to the queue's head: a burst, or a woken request that goes on on it. */
    private void passCarrier() {
        Host.Burst head;
        while ((head = cpuQueue.pollFirst()) != null) {
            if (head == acceptor) {
                beginAccept();
                return;
            }
            Request next = (Request) head;
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

    /** The process's accept in progress: one at a time per process (uWSGI's accept lock, gevent's one watcher). */
    private final class Acceptor extends Host.Burst {
        Request request;
        boolean onCarrier;

        @Override
        void cpuDone() {
            Request r = request;
            request = null;
            accepting = false;
            if (onCarrier) {
                passCarrier();
            }
            connections.accepted(r);
        }
    }
}
