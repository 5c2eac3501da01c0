package dev.avalanche.cli;

import dev.avalanche.models.Simulator;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress indication on stderr for runs longer than a second: replications done of
 * the total, rewritten in place. Silent when quiet or when the run is quick.
 */
final class Progress implements Simulator.Progress {

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean quiet;
    private final int total;
    private final long started = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private volatile boolean shown;

    Progress(PrintWriter err, boolean quiet, int total) {
        this.err = err;
        this.quiet = quiet;
        this.total = total;
    }

    @Override
    public void replicationDone(String variant, int replication) {
        int d = done.incrementAndGet();
        long elapsed = System.nanoTime() - started;
        if (quiet || elapsed < SHOW_AFTER_NANOS) {
            return;
        }
        shown = true;
        double perRun = elapsed / 1e9 / d;
        synchronized (err) {
            err.printf("\rsimulated %d/%d (%s, replication %d); about %.0f s left   ", d, total, variant, replication + 1,
                    perRun * (total - d));
            err.flush();
        }
    }

    void done() {
        if (shown) {
            err.println();
        }
    }
}
