package dev.avalanche.scenarios.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scenario format's duration strings: one or more {@code <number><unit>} parts with units in
 * decreasing order ({@code 5m30s}, {@code 1h30m}, {@code 600ms}, {@code 250us}, {@code 1.5s}),
 * optionally preceded by a minus sign, computed exactly in decimal and rounded to the nearest
 * nanosecond. Units: {@code h m s ms us µs ns}; a unit is required, as in Go's
 * {@code time.ParseDuration}, except for {@code 0}.
 */
public final class Durations {

    /** What the format allows, for messages. */
    public static final String ALLOWED = "a duration with its unit, such as 600ms, 2s, 10m, 5m30s, 250us";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");
    /** Units, largest first, and their length in nanoseconds. */
    private static final List<String> UNITS = List.of("h", "m", "s", "ms", "us", "ns");
    private static final List<Long> NANOS = List.of(3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L,
            1_000L, 1L);

    private Durations() {
    }

    /** The nanoseconds {@code text} stands for, or empty when it is not a duration string (or overflows). */
    public static Optional<Long> parse(String text) {
        boolean negative = text.startsWith("-");
        String body = negative ? text.substring(1) : text;
        if (body.isEmpty()) {
            return Optional.empty();
        }
        if (body.equals("0")) {
            return Optional.of(0L);
        }
        Matcher m = PART.matcher(body);
        BigDecimal nanos = BigDecimal.ZERO;
        int previousUnit = -1;
        int at = 0;
        while (at < body.length()) {
            m.region(at, body.length());
            if (!m.lookingAt()) {
                return Optional.empty();
            }
            int unit = UNITS.indexOf(m.group(2).equals("µs") ? "us" : m.group(2));
            if (unit <= previousUnit) {
                return Optional.empty();
            }
            previousUnit = unit;
            nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(NANOS.get(unit))));
            at = m.end();
        }
        return ofNanos(negative ? nanos.negate() : nanos);
    }

    /**
     * What to say of the number {@code text} written where a duration belongs: add a unit, shown on
     * the number itself when it is a plain one ({@code 200} gives "add a unit (200s, 200ms)").
     */
    public static String withUnit(String text) {
        String t = text.strip();
        return PLAIN_NUMBER.matcher(t).matches()
                ? "a duration: add a unit (" + t + "s, " + t + "ms)"
                : ALLOWED;
    }

    private static Optional<Long> ofNanos(BigDecimal nanos) {
        BigDecimal rounded = nanos.setScale(0, RoundingMode.HALF_UP);
        if (rounded.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Optional.empty();
        }
        return Optional.of(rounded.longValueExact());
    }
}
