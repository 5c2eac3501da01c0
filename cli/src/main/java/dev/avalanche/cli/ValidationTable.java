package dev.avalanche.cli;

import dev.avalanche.models.validation.Comparison;
import dev.avalanche.models.validation.ConditionLimits;
import dev.avalanche.models.validation.Validation;
import java.io.PrintWriter;
import java.util.Locale;

/** {@code validate}'s terminal output: a table per variant, then the verdict and its reasons. */
final class ValidationTable {

    private ValidationTable() {
    }

    /**
     * The variant's rows: figure, predicted (± its 95% half-width when replicated), measured (the
     * runs' mean, and their min..max when there were several), error, tolerance, ok or FAIL.
     */
    static void print(PrintWriter out, Comparison c) {
        boolean ci = c.rows().stream().anyMatch(r -> !Double.isNaN(r.predictedCi95()));
        boolean spread = c.rows().stream().anyMatch(r -> r.runs() > 1);
        String head = String.format(Locale.ROOT, "%-16s %" + (ci ? 20 : 12) + "s %12s%s %10s %16s", "figure", "predicted",
                "measured", spread ? String.format(Locale.ROOT, " %19s", "runs min..max") : "", "error",
                "tolerance");
        out.printf(Locale.ROOT, "%n%s%n%s%n", c.variant(), head);
        for (Comparison.Row r : c.rows()) {
            String predicted = number(r.predicted()) + (ci && !Double.isNaN(r.predictedCi95()) ? " ± " + number(r.predictedCi95()) : "");
            String range = spread ? String.format(Locale.ROOT, " %19s", number(r.measuredMin()) + ".." + number(r.measuredMax())) : "";
            out.printf(Locale.ROOT, "%-16s %" + (ci ? 20 : 12) + "s %12s%s %9.1f%% %16s %s%n", r.figure(), predicted,
                    number(r.measured()), range, 100 * r.relativeError(), r.tolerance(), r.pass() ? "ok" : "FAIL");
        }
    }

    /** The verdict line, and for an inconclusive one each reason on a line of its own. */
    static void verdict(PrintWriter out, Validation v) {
        switch (v.verdict()) {
            case PASSED -> out.println("validation passed");
            case FAILED -> out.println("validation FAILED: a measured figure is outside its tolerance");
            case INCONCLUSIVE -> {
                out.println("validation INCONCLUSIVE: the live side cannot judge the prediction (--ignore-host judges"
                        + " anyway):");
                v.inconclusive().forEach(r -> out.println("  - " + r.text()));
            }
        }
    }

    /** What the validation chart's subtitle leads with: nothing unless inconclusive, then why, in short. */
    static String chartVerdict(Validation v) {
        if (v.verdict() != Validation.Verdict.INCONCLUSIVE) {
            return "";
        }
        boolean busy = v.inconclusive().stream().anyMatch(r -> r.cause() == ConditionLimits.Cause.BUSY_HOST);
        boolean lag = v.inconclusive().stream().anyMatch(r -> r.cause() != ConditionLimits.Cause.BUSY_HOST);
        return "INCONCLUSIVE: " + (busy && lag ? "the host was busy and the load lagged" : busy ? "the host was busy"
                : "the load generator or the stub lagged") + " (validation.json says why)";
    }

    /** Whole numbers (counts, and rates that happen to be whole) in full; others to four significant digits. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
