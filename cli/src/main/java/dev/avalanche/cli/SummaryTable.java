package dev.avalanche.cli;

import dev.avalanche.models.result.KindResult;
import dev.avalanche.models.result.Percentiles;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The per-variant table {@code run} and {@code live} print: what the run showed (verdict, elapsed,
 * throughput, goodput, the chosen latency percentiles, recovery), then the request counts and the
 * workers; and when the traffic is a mix, each kind of request's own figures. Replicated figures
 * carry their 95% half-width ({@code 17.7 ± 0.3}). Wrapped into blocks
 * that fit {@link #WIDTH} columns unless {@code wide}.
 */
final class SummaryTable {

    /** A terminal's usual width. */
    static final int WIDTH = 100;

    private SummaryTable() {
    }

    static void print(PrintWriter out, String description, RunResult run) {
        print(out, description, run, Percentiles.DEFAULT, false);
    }

    static void print(PrintWriter out, String description, RunResult run, Percentiles percentiles, boolean wide) {
        int replications = run.variants().stream().mapToInt(VariantOutcome::replications).max().orElse(1);
        out.println(run.scenario() + " (seed " + run.seed() + ", " + run.mode() + (run.complete() ? "" : ", incomplete") + ")");
        if (replications > 1) {
            out.println("  Replicated: means of " + replications + " replications, ± the 95% confidence half-width.");
        }
        wrap(out, description.strip(), WIDTH);
        List<VariantOutcome> vs = run.variants();
        TextTable t = new TextTable()
                .column("variant", true, cells(vs, o -> o.result().name()))
                .column("verdict", true, cells(vs, o -> o.result().verdict().label()))
                .column("elapsed s", false, cells(vs, o -> withHalfWidth(o.result().elapsed(), o, "elapsed")))
                .column("throughput/s", false, cells(vs, o -> withHalfWidth(o.result().throughput(), o, "throughput")))
                .column("goodput/s", false, cells(vs, o -> withHalfWidth(o.result().goodputRate(), o, "goodputRate")))
                .column("of intents", false, cells(vs, o -> ratio(o.result().requests())));
        for (double p : percentiles.values()) {
            t.column(Percentiles.label(p) + " s", false, cells(vs, o -> withHalfWidth(o.result().latency().percentile(p),
                    o.percentileHalfWidth95(p))));
        }
        t.column("recovery", false, cells(vs, SummaryTable::recovery))
                .column("intents", false, cells(vs, o -> Long.toString(o.result().requests().intents())))
                .column("sent", false, cells(vs, o -> Long.toString(o.result().requests().sent())))
                .column("abandoned", false, cells(vs, o -> Long.toString(o.result().requests().abandoned())))
                .column("rejected", false, cells(vs, o -> Long.toString(o.result().requests().rejected())))
                .column("timedOut", false, cells(vs, o -> Long.toString(o.result().requests().timedOut())))
                .column("failed", false, cells(vs, o -> Long.toString(o.result().requests().failed())));
        if (vs.stream().anyMatch(o -> o.result().requests().mitigated().isPresent())) {
            // A mitigation's own outcomes; "-" for a variant that has none.
            t.column("shed", false, cells(vs, o -> o.result().requests().mitigated()
                    .map(m -> Long.toString(m.shed())).orElse("-")))
                    .column("shortCircuited", false, cells(vs, o -> o.result().requests().mitigated()
                            .map(m -> Long.toString(m.shortCircuited())).orElse("-")));
        }
        t.column("busy/cap", false, cells(vs, o -> busy(o.result())))
                .column("ampl", false, cells(vs, o -> String.format(Locale.ROOT, "%.2f", o.result().amplification())))
                .column("memory", false, cells(vs, o -> bytes(o.result().memoryBytes())));
        t.print(out, wide ? Integer.MAX_VALUE : WIDTH);
        printKinds(out, vs, percentiles, wide);
        if (replications > 1) {
            out.println("Counts are totals over the " + replications + " replications.");
        }
    }

    /** A variant's kind of request, for the per-kind rows. */
    private record Row(String variant, KindResult kind) {
    }

    /** When the traffic is a mix: a row per variant and kind of request, with that kind's own figures. */
    private static void printKinds(PrintWriter out, List<VariantOutcome> vs, Percentiles percentiles, boolean wide) {
        List<Row> rows = vs.stream().flatMap(o -> o.result().kinds().stream().map(k -> new Row(o.result().name(), k))).toList();
        if (rows.isEmpty()) {
            return;
        }
        out.println();
        out.println("Per kind of request:");
        TextTable t = new TextTable()
                // One first column, which a wrapped table repeats in every block: VARIANT:KIND, as thresholds name it.
                .column("variant:kind", true, rows(rows, r -> r.variant() + ":" + r.kind().name()))
                .column("share", false, rows(rows, r -> String.format(Locale.ROOT, "%.0f%%", 100 * r.kind().share())))
                .column("goodput/s", false, rows(rows, r -> number(r.kind().goodputRate())))
                .column("of intents", false, rows(rows, r -> ratio(r.kind().requests())));
        for (double p : percentiles.values()) {
            t.column(Percentiles.label(p) + " s", false, rows(rows, r -> number(r.kind().latency().percentile(p))));
        }
        t.column("intents", false, rows(rows, r -> Long.toString(r.kind().requests().intents())))
                .column("abandoned", false, rows(rows, r -> Long.toString(r.kind().requests().abandoned())))
                .column("rejected", false, rows(rows, r -> Long.toString(r.kind().requests().rejected())))
                .column("timedOut", false, rows(rows, r -> Long.toString(r.kind().requests().timedOut())))
                .column("failed", false, rows(rows, r -> Long.toString(r.kind().requests().failed())));
        t.print(out, wide ? Integer.MAX_VALUE : WIDTH);
    }

    private static List<String> rows(List<Row> rows, Function<Row, String> f) {
        return rows.stream().map(f).toList();
    }

    private static List<String> cells(List<VariantOutcome> vs, Function<VariantOutcome, String> f) {
        return vs.stream().map(f).toList();
    }

    private static String withHalfWidth(double v, VariantOutcome o, String path) {
        Double hw = o.halfWidths95().get(path);
        return withHalfWidth(v, hw == null ? Double.NaN : hw);
    }

    /** "17.7", or "17.7 ± 0.31" with a finite half-width (given to two significant digits). */
    static String withHalfWidth(double v, double halfWidth) {
        return number(v) + (Double.isFinite(halfWidth) ? " ± " + new java.math.BigDecimal(halfWidth)
                .round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString() : "");
    }

    /** About three significant digits, no exponent: 0.0123, 2.23, 17.7, 304; "-" for NaN. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "-" : "inf";
        }
        double a = Math.abs(v);
        String f = a == 0 || a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3g";
        return String.format(Locale.ROOT, f, v);
    }

    private static String ratio(RequestCounts c) {
        return c.intents() == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * c.goodput() / c.intents());
    }

    private static String recovery(VariantOutcome o) {
        VariantResult r = o.result();
        if (r.recoverySeconds().isPresent()) {
            return withHalfWidth(r.recoverySeconds().getAsDouble(), o, "recoverySeconds") + " s";
        }
        return r.recovered() ? "-" : "never";
    }

    private static String busy(VariantResult r) {
        String cap = r.capacity().isPresent() ? Long.toString(r.capacity().getAsLong()) : "inf";
        return String.format(Locale.ROOT, "%.0f/%s", r.busyMean(), cap);
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
            if (!line.isEmpty() && line.length() + 1 + word.length() > width - 2) {
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
