package dev.avalanche.cli;

import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import java.io.PrintWriter;
import java.util.Locale;

/** The short per-variant table {@code run} prints. */
final class SummaryTable {

    private SummaryTable() {
    }

    static void print(PrintWriter out, String description, RunResult run) {
        out.println(run.scenario() + " (seed " + run.seed() + ", " + run.mode() + ")");
        wrap(out, description.strip(), 100);
        int width = Math.max(7, run.variants().stream().mapToInt(o -> o.result().name().length()).max().orElse(7));
        String nameColumn = "%-" + width + "s";
        out.printf(Locale.ROOT, nameColumn + " %-10s %9s %9s %9s %9s %9s %9s %7s %7s %11s %6s %9s %9s%n", "variant", "verdict",
                "intents", "sent", "goodput", "abandoned", "rejected", "timedOut", "p50 s", "p99 s", "busy/cap", "ampl",
                "recovery", "memory");
        for (VariantOutcome o : run.variants()) {
            VariantResult r = o.result();
            RequestCounts c = r.requests();
            String cap = r.capacity().isPresent() ? Long.toString(r.capacity().getAsLong()) : "inf";
            String recovery = r.recoverySeconds().isPresent()
                    ? String.format(Locale.ROOT, "%.0f s", r.recoverySeconds().getAsDouble())
                    : r.recovered() ? "-" : "never";
            out.printf(Locale.ROOT, nameColumn + " %-10s %9d %9d %9d %9d %9d %9d %7.2f %7.2f %11s %6.2f %9s %9s%n", r.name(),
                    r.verdict().label(), c.intents(), c.sent(), c.goodput(), c.abandoned(), c.rejected(), c.timedOut(),
                    r.latency().p50(), r.latency().p99(), String.format(Locale.ROOT, "%.0f/%s", r.busyMean(), cap),
                    r.amplification(), recovery, bytes(r.memoryBytes()));
        }
    }

    /** Bytes in binary units: {@code 5.0 GiB}; {@code -} when no memory per worker was given. */
    static String bytes(double b) {
        if (b <= 0) {
            return "-";
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int u = 0;
        while (b >= 1024 && u < units.length - 1) {
            b /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, b < 10 ? "%.1f %s" : "%.0f %s", b, units[u]);
    }

    /** Prints {@code text} in lines of at most {@code width} characters, indented by two. */
    private static void wrap(PrintWriter out, String text, int width) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                out.println("  " + line);
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            out.println("  " + line);
        }
        out.println();
    }
}
