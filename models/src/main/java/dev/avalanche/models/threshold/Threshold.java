package dev.avalanche.models.threshold;

import dev.avalanche.models.result.Verdict;
import dev.avalanche.models.result.VariantResult;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition that fails a run when it holds, e.g. {@code p99>2s}: {@code [VARIANT:][KIND/]FIGURE OP VALUE}.
 * Without a variant it applies to every variant. With a kind ({@code checkout/p99>2s}) it judges
 * that kind of request's own figures in a request mix; without one, the variant's overall figures. Operators: {@code < <= > >= = !=}; verdicts are
 * ordered stable &lt; saturated &lt; collapsed, so {@code verdict>=saturated} fails on either. A
 * figure the run could not measure (a percentile with no response, a ratio with no intent)
 * crosses every threshold on it: a run that measured nothing has not passed.
 *
 * @param text the expression as written
 * @param variant the variant it applies to; empty for every variant
 * @param kind the kind of request whose figures it judges; empty for the variant's overall figures
 * @param figure what it compares
 * @param operator one of {@code < <= > >= = !=}
 * @param value the bound, in the figure's unit (seconds, a fraction, a number, a verdict's ordinal)
 */
public record Threshold(String text, Optional<String> variant, Optional<String> kind, Figure figure, String operator,
        double value) {

    private static final Pattern EXPRESSION = Pattern.compile(
            "^(?:(.+):)?(?:([A-Za-z0-9][A-Za-z0-9_.-]*)/)?([A-Za-z][A-Za-z0-9.]*)\\s*(<=|>=|!=|=|<|>)\\s*(.+)$");
    private static final Pattern DURATION = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m)?$");
    private static final Pattern NUMBER = Pattern.compile("^-?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$");

    /** What {@link #parse} accepts, in one line. */
    public static final String ALLOWED = "[VARIANT:][KIND/]FIGURE OP VALUE, e.g. p99>2s, verdict=collapsed, goodputRatio<0.99,"
            + " recoverySeconds>60, threads-640:p99.9>5s, checkout/p99>2s; FIGURE one of " + Figure.NAMES
            + " (after a KIND of request, any but " + Figure.VARIANT_ONLY + "); OP one of < <= > >= = !=;"
            + " VALUE seconds as 2s, 250ms or 1.5m, a ratio as 0.99 or 99%, a verdict as stable, saturated or collapsed";

    /**
     * The threshold written {@code text}.
     *
     * @throws IllegalArgumentException {@code got "TEXT"; allowed ...} when it does not follow the grammar
     */
    public static Threshold parse(String text) {
        Matcher m = EXPRESSION.matcher(text.strip());
        Optional<Figure> figure = m.matches() ? Figure.named(m.group(3)) : Optional.empty();
        if (figure.isEmpty()) {
            throw bad(text);
        }
        Optional<String> variant = Optional.ofNullable(m.group(1)).map(String::strip).filter(v -> !v.isEmpty());
        Optional<String> kind = Optional.ofNullable(m.group(2));
        if (kind.isPresent() && !figure.get().perKind()) {
            throw bad(text);
        }
        String op = m.group(4);
        String raw = m.group(5).strip();
        double value = switch (figure.get().kind()) {
            case VERDICT -> verdict(raw, text);
            case SECONDS -> seconds(raw, text);
            case RATIO -> raw.endsWith("%") ? number(raw.substring(0, raw.length() - 1).strip(), text) / 100 : number(raw, text);
            case NUMBER -> number(raw.endsWith("/s") ? raw.substring(0, raw.length() - 2).strip() : raw, text);
        };
        return new Threshold(text.strip(), variant, kind, figure.get(), op, value);
    }

    /** Whether this threshold concerns the variant named {@code name}. */
    public boolean appliesTo(String name) {
        return variant.isEmpty() || variant.get().equals(name);
    }

    /**
     * This threshold judged on {@code r}: on its kind's figures when it names a kind (a kind the
     * result does not have was not measured, so it crosses).
     */
    public ThresholdCheck check(VariantResult r) {
        double actual = kind.isEmpty() ? figure.of(r) : r.kind(kind.get()).map(k -> figure.of(k)).orElse(Double.NaN);
        return new ThresholdCheck(this, r.name(), Double.isNaN(actual) || holds(actual), figure.format(actual));
    }

    /**
     * @throws IllegalArgumentException naming the variant and the scenario's variants when this
     *     threshold names a variant that is not among {@code names}
     */
    public void requireVariantAmong(Collection<String> names) {
        if (variant.isPresent() && !names.contains(variant.get())) {
            throw new IllegalArgumentException("\"" + text + "\": got variant " + variant.get()
                    + "; allowed one of the scenario's variants: " + String.join(", ", names));
        }
    }

    /**
     * @throws IllegalArgumentException naming the kind and the scenario's kinds when this threshold
     *     names a kind of request that is not among {@code kinds} (those of a request mix; empty
     *     when every request is alike)
     */
    public void requireKindAmong(Collection<String> kinds) {
        if (kind.isPresent() && !kinds.contains(kind.get())) {
            throw new IllegalArgumentException("\"" + text + "\": got kind " + kind.get() + "; allowed "
                    + (kinds.isEmpty() ? "no kind: the scenario's requests are all alike (a mix lists them under requests:)"
                            : "one of the scenario's kinds of request: " + String.join(", ", kinds)));
        }
    }

    private boolean holds(double actual) {
        return switch (operator) {
            case "<" -> actual < value;
            case "<=" -> actual <= value;
            case ">" -> actual > value;
            case ">=" -> actual >= value;
            case "=" -> actual == value;
            case "!=" -> actual != value;
            default -> throw new IllegalStateException("operator " + operator);
        };
    }

    private static double verdict(String raw, String text) {
        for (Verdict v : Verdict.values()) {
            if (v.label().equals(raw.toLowerCase(Locale.ROOT))) {
                return v.ordinal();
            }
        }
        throw bad(text);
    }

    private static double seconds(String raw, String text) {
        Matcher m = DURATION.matcher(raw);
        if (!m.matches()) {
            throw bad(text);
        }
        double v = Double.parseDouble(m.group(1));
        return m.group(2) == null || m.group(2).equals("s") ? v : m.group(2).equals("ms") ? v / 1000 : v * 60;
    }

    private static double number(String raw, String text) {
        if (!NUMBER.matcher(raw).matches()) {
            throw bad(text);
        }
        return Double.parseDouble(raw);
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("got \"" + text + "\"; allowed " + ALLOWED);
    }
}
