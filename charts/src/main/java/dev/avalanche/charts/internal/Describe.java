package dev.avalanche.charts.internal;

import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantResult;
import java.util.Locale;

/** Short words and numbers for titles, legends and the report: one place, so they agree. */
public final class Describe {

    private Describe() {
    }

    /** "story (simulation, seed 42)", with "incomplete" when the run was interrupted. */
    public static String run(RunResult run) {
        return run.scenario() + " (" + run.mode() + ", seed " + run.seed() + (run.complete() ? "" : ", incomplete") + ")";
    }

    /** "collapsed, recovered 45 s after the slowdown", or "stable" when there was nothing to recover from. */
    public static String outcome(VariantResult v) {
        return v.verdict().label() + recovery(v).map(r -> ", " + r).orElse("");
    }

    /** The recovery in words; empty when there was no third-party slowdown to recover from. */
    public static java.util.Optional<String> recovery(VariantResult v) {
        if (v.recoverySeconds().isPresent()) {
            return java.util.Optional.of("back to normal " + number(v.recoverySeconds().getAsDouble()) + " s after the slowdown");
        }
        return v.recovered() ? java.util.Optional.empty() : java.util.Optional.of("not back to normal by the end");
    }

    /**
     * A figure with about three significant digits, no exponent and no trailing zeros, "-" for
     * NaN or infinity: 0.0123, 1.5, 12.3, 123, 12345.
     */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        double a = Math.abs(v);
        String s;
        if (a == 0 || a >= 100) {
            s = String.format(Locale.ROOT, "%.0f", v);
        } else if (a >= 10) {
            s = String.format(Locale.ROOT, "%.1f", v);
        } else if (a >= 1) {
            s = String.format(Locale.ROOT, "%.2f", v);
        } else {
            s = new java.math.BigDecimal(v).round(new java.math.MathContext(3)).toPlainString();
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
