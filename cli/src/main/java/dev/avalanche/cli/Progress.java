package dev.avalanche.cli;

import dev.avalanche.models.Simulator;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A progress bar on stderr for runs longer than a second: the share of simulated time done over
 * every replication of every variant, and an estimate of the wall time left, rewritten in place.
 * Silent when quiet or when the run is quick. Thread-safe: replications report from worker threads.
 */
final class Progress implements Simulator.Progress {

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean quiet;
    private final int total;
    private final long started = System.nanoTime();
    private final ConcurrentHashMap<String, Double> done = new ConcurrentHashMap<>();
    private volatile boolean shown;

    Progress(PrintWriter err, boolean quiet, int total) {
        this.err = err;
        this.quiet = quiet;
        this.total = total;
    }

    @Override
    public void advanced(String variant, int replication, double fraction) {
        done.put(variant + "#" + replication, fraction);
        show();
    }

    @Override
    public void replicationDone(String variant, int replication) {
        advanced(variant, replication, 1.0);
    }

    private void show() {
        long elapsed = System.nanoTime() - started;
        if (quiet || elapsed < SHOW_AFTER_NANOS) {
            return;
        }
        double fraction = done.values().stream().mapToDouble(Double::doubleValue).sum() / total;
        int filled = (int) Math.round(fraction * WIDTH);
        double left = fraction > 0 ? elapsed / 1e9 * (1 - fraction) / fraction : Double.NaN;
        synchronized (err) {
            shown = true;
            err.printf(Locale.ROOT, "\r[%s%s] %3.0f%% of simulated time, about %.0f s left  ", "#".repeat(filled),
                    ".".repeat(WIDTH - filled), 100 * fraction, left);
            err.flush();
        }
    }

    void done() {
        if (shown) {
            err.println();
        }
    }
}
