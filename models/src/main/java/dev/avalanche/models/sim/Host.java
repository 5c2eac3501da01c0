package dev.avalanche.models.sim;

import dev.avalanche.engine.Event;
import dev.avalanche.engine.Simulation;
import java.util.PriorityQueue;

/**
 * The CPU cores of one server, shared by processor sharing: n runnable bursts each progress at
 * min(1, cores / n) of real time. Implemented with a virtual clock (work done by every active
 * burst so far), so a change costs O(log n) and only the next completion is ever scheduled.
 */
final class Host {

    /** Work below this many nanoseconds is treated as finished, absorbing floating-point residue. */
    private static final double EPSILON_NS = 0.5;

    private final Simulation sim;
    private final int cores;
    private final PriorityQueue<Burst> active = new PriorityQueue<>(Burst::compare);
    private final Event completion = new Event() {
        @Override
        protected void fire() {
            onCompletion();
        }
    };
    private double virtualNanos;
    private long lastUpdate;
    private long seq;

    Host(Simulation sim, int cores) {
        this.sim = sim;
        this.cores = cores;
    }

    /** Starts {@code burst}; its {@link Burst#cpuDone()} runs when its work is done. */
    void start(Burst burst) {
        advance();
        burst.finishVirtual = virtualNanos + burst.workNanos;
        burst.seq = seq++;
        active.add(burst);
        reschedule();
    }

    /**
     * Takes {@code burst} off the cores before its work is done (a thread made to drop CPython's
     * lock): returns the nanoseconds of work it still has.
     */
    long stop(Burst burst) {
        advance();
        active.remove(burst);
        long remaining = (long) Math.ceil(Math.max(0, burst.finishVirtual - virtualNanos));
        reschedule();
        return remaining;
    }

    private double rate() {
        int n = active.size();
        return n <= cores ? 1.0 : (double) cores / n;
    }

    private void advance() {
        long now = sim.nowNanos();
        if (!active.isEmpty()) {
            virtualNanos += (now - lastUpdate) * rate();
        }
        lastUpdate = now;
    }

    private void reschedule() {
        completion.cancel();
        Burst next = active.peek();
        if (next == null) {
            return;
        }
        double remaining = Math.max(0, next.finishVirtual - virtualNanos);
        double delay = Math.ceil(remaining / rate());
        // Shared by many bursts, a long one can end past what the clock holds (2^63 ns): it then ends
        // 2^62 ns from now instead, far beyond any run (its horizon is at most 200,000 hours).
        sim.scheduleNanos(completion, delay < 0x1p62 ? (long) delay : 1L << 62);
    }

    private void onCompletion() {
        advance();
        while (!active.isEmpty() && active.peek().finishVirtual <= virtualNanos + EPSILON_NS) {
            active.poll().cpuDone();
        }
        reschedule();
    }

    /** A CPU burst: who runs it and how much work it is. */
    abstract static class Burst {
        long workNanos;
        double finishVirtual;
        long seq;

        /** Called when the burst's work is done. */
        abstract void cpuDone();

        static int compare(Burst a, Burst b) {
            int c = Double.compare(a.finishVirtual, b.finishVirtual);
            return c != 0 ? c : Long.compare(a.seq, b.seq);
        }
    }
}
