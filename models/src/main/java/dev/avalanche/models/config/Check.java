package dev.avalanche.models.config;

import dev.avalanche.engine.SimDuration;

/**
 * The validation every configuration record uses, so that all messages read the same way:
 * {@code field: got X; allowed Y}. The scenario loader prefixes file, line, column and the full path.
 */
final class Check {

    /**
     * The longest duration a field may hold: 100,000 hours (about 11 years). Longer means "never"
     * in any run the preflight allows, and keeping every duration this short keeps sums of a few
     * of them and the simulation's clock far from the 292 years a long of nanoseconds holds.
     */
    static final SimDuration MAX_DURATION = SimDuration.ofSeconds(100_000 * 3600.0);
    private static final String MAX_TEXT = "100000h";

    private Check() {
    }

    static IllegalArgumentException invalid(String field, Object got, String allowed) {
        return new IllegalArgumentException(field + ": got " + got + "; allowed " + allowed);
    }

    static int atLeast(String field, int value, int min) {
        if (value < min) {
            throw invalid(field, value, "an integer >= " + min);
        }
        return value;
    }

    static long atLeast(String field, long value, long min) {
        if (value < min) {
            throw invalid(field, value, "an integer >= " + min);
        }
        return value;
    }

    static double nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw invalid(field, value, "a finite number >= 0");
        }
        return value;
    }

    static double probability(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw invalid(field, value, "a probability in [0, 1]");
        }
        return value;
    }

    static SimDuration nonNegative(String field, SimDuration d) {
        if (d == null) {
            throw invalid(field, "nothing", "a duration >= 0");
        }
        if (d.isNegative() || d.compareTo(MAX_DURATION) > 0) {
            throw invalid(field, d, "a duration from 0 to " + MAX_TEXT);
        }
        return d;
    }

    static SimDuration positive(String field, SimDuration d) {
        if (d == null || d.nanos() <= 0 || d.compareTo(MAX_DURATION) > 0) {
            throw invalid(field, d == null ? "nothing" : d, "a duration > 0 and at most " + MAX_TEXT);
        }
        return d;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw invalid(field, "nothing", "a value (the field is required)");
        }
        return value;
    }
}
