package dev.avalanche.engine;

/**
 * An instant of simulated time: whole nanoseconds since the simulation started.
 *
 * <p>Instants and {@link SimDuration durations} are different types on purpose: an instant plus a
 * duration is an instant, an instant minus an instant is a duration, and nothing else mixes. The
 * range is about 292 years, far beyond any scenario.
 *
 * @param nanos nanoseconds since time zero; never negative
 */
public record SimTime(long nanos) implements Comparable<SimTime> {

    /** The instant every simulation starts at. */
    public static final SimTime ZERO = new SimTime(0);

    /** @throws IllegalArgumentException when {@code nanos < 0} */
    public SimTime {
        if (nanos < 0) {
            throw new IllegalArgumentException("a simulated instant must be >= 0 ns but was " + nanos);
        }
    }

    /** The instant {@code seconds} after time zero, rounded to the nearest nanosecond. */
    public static SimTime ofSeconds(double seconds) {
        return new SimTime(SimDuration.ofSeconds(seconds).nanos());
    }

    /** This instant in seconds since time zero (for reporting; not exact beyond 2^53 ns). */
    public double seconds() {
        return nanos / 1e9;
    }

    /** @throws ArithmeticException on overflow */
    public SimTime plus(SimDuration d) {
        return new SimTime(Math.addExact(nanos, d.nanos()));
    }

    /** The duration from {@code earlier} to this instant (negative when {@code earlier} is later). */
    public SimDuration since(SimTime earlier) {
        return new SimDuration(nanos - earlier.nanos);
    }

    public boolean isBefore(SimTime other) {
        return nanos < other.nanos;
    }

    public boolean isAfter(SimTime other) {
        return nanos > other.nanos;
    }

    @Override
    public int compareTo(SimTime o) {
        return Long.compare(nanos, o.nanos);
    }

    @Override
    public String toString() {
        return SimDuration.format(nanos);
    }
}
