package dev.avalanche.scenarios.internal;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.scenarios.internal.Node.Kind;
import dev.avalanche.scenarios.internal.Node.ScalarNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scalars of the format: durations, numbers, integers, byte sizes, names and choices. Each reader
 * returns the value, or reports the node and returns null. Range rules (a rate >= 0, a probability
 * <= 1) are the model records' job; these check only the form.
 */
final class Values {

    /** A byte count as text: a number and an optional unit. */
    static final String BYTES_REGEX = "(\\d+(?:\\.\\d+)?)\\s*(B|KiB|MiB|GiB|TiB|KB|MB|GB|TB)?";
    private static final Pattern BYTES = Pattern.compile(BYTES_REGEX);
    private static final List<String> BYTE_UNITS = List.of("B", "KiB", "MiB", "GiB", "TiB", "KB", "MB", "GB", "TB");
    private static final List<Long> BYTE_FACTORS = List.of(1L, 1L << 10, 1L << 20, 1L << 30, 1L << 40, 1_000L, 1_000_000L,
            1_000_000_000L, 1_000_000_000_000L);

    private final Problems problems;

    Values(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    /**
     * A duration string with its unit ({@code 200ms}, {@code 2s}). A bare number is refused, as Go's
     * and k6's durations refuse it, since {@code median: 200} could mean 200 s or 200 ms; only 0,
     * which means the same in every unit, may go without one.
     */
    SimDuration duration(At at) {
        return duration(at, Durations.ALLOWED);
    }

    /** A duration in seconds, for a distribution's parameter. */
    Double seconds(At at) {
        SimDuration d = duration(at);
        return d == null ? null : d.seconds();
    }

    /** As {@link #duration(At)}, with {@code allowed} in the problem when it is not one. */
    SimDuration duration(At at, String allowed) {
        if (at.node() instanceof ScalarNode s && s.number() != null) {
            if (s.number() instanceof BigDecimal d && d.signum() == 0 || s.number() instanceof BigInteger i && i.signum() == 0) {
                return SimDuration.ZERO;
            }
            problems.report(at, s.describe() + " (a number without a unit)", Durations.withUnit(s.text()));
            return null;
        }
        Optional<Long> nanos = at.node() instanceof ScalarNode s && s.kind() == Kind.STRING
                ? Durations.parse(s.text().strip()) : Optional.empty();
        if (nanos.isEmpty()) {
            problems.invalid(at, allowed);
            return null;
        }
        return SimDuration.ofNanos(nanos.get());
    }

    /** A finite or infinite number (the records reject what they do not allow). */
    Double number(At at) {
        if (at.node() instanceof ScalarNode s && s.number() != null) {
            return s.number().doubleValue();
        }
        problems.invalid(at, "a number");
        return null;
    }

    /** An integer in int range; a float with no fraction counts. */
    Integer integer(At at) {
        Long value = integral(at, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return value == null ? null : value.intValue();
    }

    Long longInteger(At at) {
        return integral(at, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private Long integral(At at, long min, long max) {
        if (at.node() instanceof ScalarNode s && s.number() != null) {
            BigDecimal d = s.number() instanceof BigInteger i ? new BigDecimal(i)
                    : s.number() instanceof BigDecimal b ? b : null;
            if (d != null && d.stripTrailingZeros().scale() <= 0) {
                if (d.compareTo(BigDecimal.valueOf(min)) >= 0 && d.compareTo(BigDecimal.valueOf(max)) <= 0) {
                    return d.longValueExact();
                }
                problems.invalid(at, "an integer from " + min + " to " + max);
                return null;
            }
        }
        problems.invalid(at, "an integer");
        return null;
    }

    /** A byte count: an integer, or a number with a unit B, KiB, MiB, GiB, TiB, KB, MB, GB, TB. */
    Long bytes(At at) {
        if (at.node() instanceof ScalarNode s && (s.kind() == Kind.INT || s.kind() == Kind.STRING)) {
            Matcher m = BYTES.matcher(s.text().strip());
            if (s.kind() == Kind.INT && s.number() instanceof BigInteger i && i.bitLength() < 63) {
                return i.longValue();
            }
            if (s.kind() == Kind.STRING && m.matches()) {
                long factor = m.group(2) == null ? 1 : BYTE_FACTORS.get(BYTE_UNITS.indexOf(m.group(2)));
                BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(factor));
                if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                    return bytes.setScale(0, RoundingMode.HALF_UP).longValueExact();
                }
            }
        }
        problems.invalid(at, "a size in bytes, such as 65536, 512KiB, 8MiB, 1GiB or 100MB");
        return null;
    }

    /** {@code true} or {@code false}, unquoted. */
    Boolean flag(At at) {
        if (at.node() instanceof ScalarNode s && s.kind() == Kind.BOOL) {
            return Boolean.parseBoolean(s.text());
        }
        problems.invalid(at, "true or false");
        return null;
    }

    /** Text: any non-null scalar, as written. */
    String text(At at) {
        if (at.node() instanceof ScalarNode s && s.kind() != Kind.NULL) {
            return s.text();
        }
        problems.invalid(at, "text");
        return null;
    }

    /** A name matching {@code pattern}, described as {@code allowed}. */
    String name(At at, Pattern pattern, String allowed) {
        if (at.node() instanceof ScalarNode s && s.kind() != Kind.NULL && pattern.matcher(s.text()).matches()) {
            return s.text();
        }
        problems.invalid(at, allowed);
        return null;
    }

    /** One of an enum's constants, written in lower case with '-' for '_' ({@code round-robin}). */
    <E extends Enum<E>> E choice(At at, Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Values::spelling).toList();
        if (at.node() instanceof ScalarNode s && s.kind() == Kind.STRING) {
            int i = names.indexOf(s.text());
            if (i >= 0) {
                return type.getEnumConstants()[i];
            }
            problems.report(at, s.describe() + Suggestions.hint(s.text(), names), "one of " + String.join(", ", names));
            return null;
        }
        problems.invalid(at, "one of " + String.join(", ", names));
        return null;
    }

    /** How the format spells an enum constant. */
    static String spelling(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
