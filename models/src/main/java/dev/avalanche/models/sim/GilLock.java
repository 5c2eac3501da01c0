package dev.avalanche.models.sim;

import dev.avalanche.engine.Event;
import dev.avalanche.engine.Simulation;
import dev.avalanche.models.config.Gil;
import java.util.ArrayDeque;

/**
 * CPython's GIL of one process, made as ceval_gil.c makes it: a flag, the mutex that guards it
 * and the condition its waiters wait on with a timeout of the switch interval (see {@link Gil}).
 * Every pass through the mutex by a woken thread is a CPU burst of {@code mutex} on the host's
 * cores, and the passes queue for the one mutex, in order. The threads are the process's
 * requests (one OS thread each); each has at most one pass pending or one wait on the condition.
 */
final class GilLock {

    /** Told when the holder is asked to drop the lock. */
    @FunctionalInterface
    interface Preemptor {
        /** The holder {@code r} was asked to drop the lock: stop its burst if it is running one. */
        void dropRequested(Request r);
    }

    private final Simulation sim;
    private final Host host;
    private final long intervalNanos;
    private final long mutexNanos;
    private final Preemptor preemptor;
    private Request holder;
    /** switch_number: how many times the lock changed hands. */
    private long switches;
    /** The threads waiting on the condition, longest first (an intrusive list: O(1) removal on timeout). */
    private Thread first;
    private Thread last;
    private final ArrayDeque<Thread> mutexQueue = new ArrayDeque<>();
    private boolean mutexBusy;

    GilLock(Simulation sim, Host host, Gil gil, Preemptor preemptor) {
        this.sim = sim;
        this.host = host;
        this.intervalNanos = gil.switchInterval().nanos();
        this.mutexNanos = gil.mutex().nanos();
        this.preemptor = preemptor;
    }

    boolean holds(Request r) {
        return holder == r;
    }

    /** {@code r} wants the lock, then {@code then} runs holding it. Uncontended, it takes it at once. */
    void acquire(Request r, Runnable then) {
        if (holder == null && !mutexBusy) {
            take(r);
            then.run();
            return;
        }
        pass(thread(r).set(false, then, false));
    }

    /** The holder drops the lock (its burst ended, or it was asked to), then {@code then} runs. */
    void release(Request r, Runnable then) {
        pass(thread(r).set(true, then, false));
    }

    private Thread thread(Request r) {
        if (r.gilThread == null) {
            r.gilThread = new Thread(r);
        }
        return r.gilThread;
    }

    private void take(Request r) {
        holder = r;
        switches++;
    }

    private void pass(Thread t) {
        if (mutexBusy) {
            mutexQueue.addLast(t);
        } else {
            mutexBusy = true;
            serve(t);
        }
    }

    /** Runs passes through the mutex one after another, in a loop while they cost no CPU. */
    private void serve(Thread t) {
        Thread next = t;
        while (next != null) {
            if (mutexNanos > 0) {
                next.workNanos = mutexNanos;
                host.start(next);
                return;
            }
            next = finishPass(next);
        }
    }

    /** {@code t}'s pass through the mutex ended: what it saw, its continuation; returns the next pass to serve. */
    private Thread finishPass(Thread t) {
        Runnable after = t.drop ? dropped(t) : looked(t);
        if (after != null) {
            after.run(); // a pass it starts queues behind those already waiting for the mutex
        }
        Thread next = mutexQueue.pollFirst();
        if (next == null) {
            mutexBusy = false;
        }
        return next;
    }

    private void passed(Thread t) {
        Thread next = finishPass(t);
        if (next != null) {
            serve(next);
        }
    }

    /** The holder dropped the lock: the longest waiter is signalled and queues to take it. */
    private Runnable dropped(Thread t) {
        holder = null;
        Thread w = first;
        if (w != null) {
            unlink(w);
            w.timer.cancel();
            mutexQueue.addLast(w.set(false, w.then, false));
        }
        return t.then;
    }

    /** A thread looked at the flag under the mutex: takes a free lock, else waits on the condition (again). */
    private Runnable looked(Thread t) {
        if (holder == null) {
            take(t.request);
            return t.then;
        }
        if (t.timedOut && t.savedSwitches == switches) {
            preemptor.dropRequested(holder);
        }
        t.savedSwitches = switches;
        link(t);
        sim.scheduleNanos(t.timer, intervalNanos);
        return null;
    }

    private void link(Thread t) {
        t.prev = last;
        t.next = null;
        if (last == null) {
            first = t;
        } else {
            last.next = t;
        }
        last = t;
    }

    private void unlink(Thread t) {
        if (t.prev == null) {
            first = t.next;
        } else {
            t.prev.next = t.next;
        }
        if (t.next == null) {
            last = t.prev;
        } else {
            t.next.prev = t.prev;
        }
        t.prev = null;
        t.next = null;
    }

    /** One OS thread's dealings with the lock: its pass through the mutex (a burst), its wait and timeout. */
    final class Thread extends Host.Burst {
        final Request request;
        boolean drop;
        Runnable then;
        boolean timedOut;
        long savedSwitches;
        Thread prev;
        Thread next;
        final Event timer = new Event() {
            @Override
            protected void fire() {
                unlink(Thread.this);
                pass(set(false, then, true));
            }
        };

        Thread(Request request) {
            this.request = request;
        }

        Thread set(boolean drop, Runnable then, boolean timedOut) {
            this.drop = drop;
            this.then = then;
            this.timedOut = timedOut;
            return this;
        }

        @Override
        void cpuDone() {
            passed(this);
        }
    }
}
