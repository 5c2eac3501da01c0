package dev.avalanche.cli;

import dev.avalanche.models.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Progress on stderr for runs longer than a second: the share of simulated time done over every
 * replication of every variant, and an estimate of the wall time left. On a terminal, a bar
 * rewritten in place; otherwise (a log file, a CI job) one line per 10%, so that a log gets at
 * most ten lines and no carriage return; nothing when quiet or when the run is quick.
 * Thread-safe: replications report from worker threads.
 */
final class Progress implements Simulator.Progress {

    /** How progress is shown. */
    enum Mode {
        /** A bar rewritten in place with carriage returns: stderr is a terminal. */
        REDRAW,
        /** A line per tenth of the work: stderr is a file or a pipe. */
        LINES,
        /** Nothing. */
        QUIET
    }

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final Mode mode;
    private final int total;
    private final long started;
    /** What the percentage is of, e.g. "of simulated time". */
    private final String of;
    private final ConcurrentHashMap<String, Double> done = new ConcurrentHashMap<>();
    private boolean shown;
    /** The last tenth printed in {@link Mode#LINES}. */
    private int lastTenth;

    /** Progress of {@code total} replications; a bar when stderr is a terminal, lines otherwise. */
    Progress(PrintWriter err, boolean quiet, int total) {
        this(err, quiet ? Mode.QUIET : stderrIsTerminal() ? Mode.REDRAW : Mode.LINES, total);
    }

    Progress(PrintWriter err, Mode mode, int total) {
        this(err, mode, total, System.nanoTime());
    }

    /** @param startedNanos when the run started, on {@link System#nanoTime()}'s clock */
    Progress(PrintWriter err, Mode mode, int total, long startedNanos) {
        this(err, mode, total, startedNanos, "of simulated time");
    }

    /** @param of what the percentage is of, as printed after it ("of the log read") */
    Progress(PrintWriter err, Mode mode, int total, long startedNanos, String of) {
        this.of = of;
        this.err = err;
        this.mode = mode;
        this.total = total;
        this.started = startedNanos;
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
        if (mode == Mode.QUIET || elapsed < SHOW_AFTER_NANOS) {
            return;
        }
        double fraction = Math.min(1, done.values().stream().mapToDouble(Double::doubleValue).sum() / total);
        double left = fraction > 0 ? elapsed / 1e9 * (1 - fraction) / fraction : Double.NaN;
        synchronized (err) {
            if (mode == Mode.REDRAW) {
                int filled = (int) Math.round(fraction * WIDTH);
                shown = true;
                err.printf(Locale.ROOT, "\r[%s%s] %3.0f%% %s, about %.0f s left  ", "#".repeat(filled),
                        ".".repeat(WIDTH - filled), 100 * fraction, of, left);
                err.flush();
                return;
            }
            int tenth = (int) Math.floor(fraction * 10 + 1e-9);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                err.printf(Locale.ROOT, "progress: %d%% %s, about %.0f s left%n", 10 * tenth, of, left);
                err.flush();
            }
        }
    }

    void done() {
        synchronized (err) {
            if (shown) {
                err.println();
                err.flush();
            }
        }
    }

    /**
     * Whether this process's stderr is a terminal: on Linux, what file descriptor 2 points to; elsewhere,
     * whether the JVM has an interactive console (stdin and stdout a terminal).
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Fall back on the console below.
        }
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }
}
