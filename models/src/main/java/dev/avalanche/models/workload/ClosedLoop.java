package dev.avalanche.models.workload;

import dev.avalanche.models.config.Arrivals;

/**
 * How a closed loop's clients start, as {@code ab -c C -n N} does: {@code min(C, N)} clients,
 * started one after another evenly over the ramp-up (the first at its start, the last at its end);
 * with {@code firstAlone}, one client sends the first request alone and the others start, over
 * the ramp-up, from the instant its response arrives. Every client then sends its next request
 * when its previous one is over (after its think time), until N were sent in all.
 */
public final class ClosedLoop {

    private ClosedLoop() {
    }

    /** The clients: one per concurrent request, no more than there are requests. */
    public static long clients(Arrivals.Closed closed) {
        return Math.min(closed.concurrency(), closed.requests());
    }

    /** The clients that start at the loop's start: one with {@code firstAlone}, else all. */
    public static long firstWave(Arrivals.Closed closed) {
        return closed.firstAlone() ? 1 : clients(closed);
    }

    /**
     * Nanoseconds after its wave's start at which client {@code i} (0-based) of {@code clients}
     * starts: evenly over {@code rampNanos}, the first at 0 and the last at the ramp's end.
     */
    public static long startOffsetNanos(long i, long clients, long rampNanos) {
        return clients == 1 ? 0 : rampNanos * i / (clients - 1);
    }
}
