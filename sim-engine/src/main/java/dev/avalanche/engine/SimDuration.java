package dev.avalanche.engine;

/**
 * A span of simulated time in whole nanoseconds. May be negative only as the result of
 * {@link SimTime#since}; everything that schedules requires a non-negative one.
 *
 * @param nanos length in nanoseconds
 */
public record SimDuration(long nanos) implements Comparable<SimDuration> {

    public static final SimDuration ZERO = new SimDuration(0);

    /** Nanoseconds in one second. */
    public static final long NANOS_PER_SECOND = 1_000_000_000L;

    /**
     * The duration of {@code seconds}, rounded to the nearest nanosecond.
     *
     * @throws IllegalArgumentException when {@code seconds} is NaN or infinite or does not fit in a long of nanoseconds
     */
    public static SimDuration ofSeconds(double seconds) {
        double n = seconds * NANOS_PER_SECOND;
        if (Double.isNaN(n) || Math.abs(n) >= 0x1p63) {
            throw new IllegalArgumentException("a duration must be a finite number of seconds below 2^63 ns but was " + seconds);
        }
        return new SimDuration(Math.round(n));
    }

    public static SimDuration ofMillis(long millis) {
        return new SimDuration(Math.multiplyExact(millis, 1_000_000L));
    }

    public static SimDuration ofNanos(long nanos) {
        return new SimDuration(nanos);
    }

    /** This duration in seconds (for reporting and arithmetic in the analytic layer). */
    public double seconds() {
        return nanos / 1e9;
    }

    public boolean isNegative() {
        return nanos < 0;
    }

    /** @throws ArithmeticException on overflow */
    public SimDuration plus(SimDuration other) {
        return new SimDuration(Math.addExact(nanos, other.nanos));
    }

    /** This duration times {@code factor}, rounded to the nearest nanosecond. */
    public SimDuration times(double factor) {
        return ofSeconds(seconds() * factor);
    }

    @Override
    public int compareTo(SimDuration o) {
        return Long.compare(nanos, o.nanos);
    }

    @Override
    public String toString() {
        return format(nanos);
    }

    /** Formats nanoseconds the way the scenario format writes them: {@code 1.5s}, {@code 250ms}, {@code 12us}. */
    static String format(long nanos) {
        long abs = Math.abs(nanos);
        if (abs == 0) {
            return "0s";
        }
        if (abs % NANOS_PER_SECOND == 0 || abs >= NANOS_PER_SECOND) {
            return trim(nanos / 1e9) + "s";
        }
        if (abs >= 1_000_000) {
            return trim(nanos / 1e6) + "ms";
        }
        if (abs >= 1_000) {
            return trim(nanos / 1e3) + "us";
        }
        return nanos + "ns";
    }

    private static String trim(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.6f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
