package dev.avalanche.models.threshold;

import dev.avalanche.models.result.KindResult;
import dev.avalanche.models.result.Percentiles;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.VariantResult;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * A figure of a variant's result that a threshold can name, and the kind of value it is compared
 * with. Latency percentiles are named {@code pNN} ({@code p50}, {@code p99.9}); the others by their
 * summary.json names.
 *
 * @param name as written in an expression
 * @param kind how its value is written and shown
 * @param percentile for a {@code pNN} figure, NN; NaN otherwise
 */
public record Figure(String name, Kind kind, double percentile) {

    /** How a figure's value is written in an expression and shown in a report. */
    public enum Kind {
        /** Seconds: {@code 2s}, {@code 250ms}, {@code 1.5m}, or a bare number of seconds. */
        SECONDS,
        /** A fraction: {@code 0.99} or {@code 99%}. */
        RATIO,
        /** A plain number: a rate per second, a count, a factor. */
        NUMBER,
        /** {@code stable}, {@code saturated} or {@code collapsed}, ordered so. */
        VERDICT
    }

    /** The figures a threshold can name, as the grammar lists them. */
    public static final String NAMES = "verdict, p50 (any pNN, 0 < NN < 100), mean, min, max, recoverySeconds, elapsed,"
            + " goodputRatio, goodputRate, throughput, amplification, abandoned, rejected, timedOut, failed";

    /** The figures that belong to a variant as a whole, which a kind of request does not have on its own. */
    public static final String VARIANT_ONLY = "verdict, recoverySeconds, elapsed";

    /** Whether a kind of request in a mix has this figure on its own ({@code checkout/p99}). */
    boolean perKind() {
        return !List.of(VARIANT_ONLY.split(", ")).contains(name);
    }

    /** The figure named {@code name}; empty when there is none. */
    static Optional<Figure> named(String name) {
        if (name.matches("p\\d+(\\.\\d+)?")) {
            double p = Double.parseDouble(name.substring(1));
            return p > 0 && p < 100 ? Optional.of(new Figure(Percentiles.label(p), Kind.SECONDS, p)) : Optional.empty();
        }
        Kind kind = switch (name) {
            case "verdict" -> Kind.VERDICT;
            case "mean", "min", "max", "recoverySeconds", "elapsed" -> Kind.SECONDS;
            case "goodputRatio" -> Kind.RATIO;
            case "goodputRate", "throughput", "amplification", "abandoned", "rejected", "timedOut", "failed" -> Kind.NUMBER;
            default -> null;
        };
        return Optional.ofNullable(kind).map(k -> new Figure(name, k, Double.NaN));
    }

    /**
     * This figure's value for {@code r}: a verdict as its ordinal (stable 0, saturated 1, collapsed
     * 2); recovery 0 when there was no slowdown to recover from and infinity when it never
     * recovered; NaN when the run could not measure it (no latency, no intent).
     */
    double of(VariantResult r) {
        if (!Double.isNaN(percentile)) {
            return r.latency().percentile(percentile);
        }
        ToDoubleFunction<VariantResult> f = switch (name) {
            case "verdict" -> v -> v.verdict().ordinal();
            case "mean" -> v -> v.latency().mean();
            case "min" -> v -> v.latency().min();
            case "max" -> v -> v.latency().max();
            case "recoverySeconds" -> v -> v.recoverySeconds().isPresent() ? v.recoverySeconds().getAsDouble()
                    : v.recovered() ? 0 : Double.POSITIVE_INFINITY;
            case "elapsed" -> VariantResult::elapsed;
            case "goodputRatio" -> v -> v.requests().intents() == 0 ? Double.NaN
                    : (double) v.requests().goodput() / v.requests().intents();
            case "goodputRate" -> VariantResult::goodputRate;
            case "throughput" -> VariantResult::throughput;
            case "amplification" -> VariantResult::amplification;
            case "abandoned" -> v -> v.requests().abandoned();
            case "rejected" -> v -> v.requests().rejected();
            case "timedOut" -> v -> v.requests().timedOut();
            case "failed" -> v -> v.requests().failed();
            default -> throw new IllegalStateException("figure " + name + " has no value");
        };
        return f.applyAsDouble(r);
    }

    /**
     * This figure's value for the kind of request {@code k} (a figure that {@link #perKind}); NaN
     * when the run could not measure it.
     */
    double of(KindResult k) {
        if (!Double.isNaN(percentile)) {
            return k.latency().percentile(percentile);
        }
        RequestCounts c = k.requests();
        return switch (name) {
            case "mean" -> k.latency().mean();
            case "min" -> k.latency().min();
            case "max" -> k.latency().max();
            case "goodputRatio" -> k.goodputRatio();
            case "goodputRate" -> k.goodputRate();
            case "throughput" -> k.throughput();
            case "amplification" -> c.intents() == 0 ? Double.NaN : (double) c.sent() / c.intents();
            case "abandoned" -> c.abandoned();
            case "rejected" -> c.rejected();
            case "timedOut" -> c.timedOut();
            case "failed" -> c.failed();
            default -> throw new IllegalStateException("figure " + name + " has no value per kind");
        };
    }

    /** {@code v} as this figure is written: "2.31 s", "98.7%", "collapsed", "never". */
    String format(double v) {
        if (Double.isNaN(v)) {
            return "none (not measured)";
        }
        if (v == Double.POSITIVE_INFINITY) {
            return "never";
        }
        return switch (kind) {
            case VERDICT -> dev.avalanche.models.result.Verdict.values()[(int) v].label();
            case SECONDS -> digits(v) + " s";
            case RATIO -> digits(100 * v) + "%";
            case NUMBER -> digits(v);
        };
    }

    /** Four significant digits at most, no exponent, no trailing zero: 9.395, 304, 0, 0.0125. */
    private static String digits(double v) {
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
