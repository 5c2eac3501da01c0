package dev.avalanche.engine.stats;

/**
 * The time-weighted average of a level that changes at instants (queue length, busy workers):
 * each value counts for as long as it was held, not once per change. Times are simulated
 * nanoseconds and must not go backwards. Not thread-safe.
 */
public final class TimeWeighted {

    private double value;
    private long since;
    private long lastChange;
    private double integral;
    private double max;
    private double min;

    /** Starts observing at {@code startNanos} with the level at {@code initialValue}. */
    public TimeWeighted(long startNanos, double initialValue) {
        this.value = initialValue;
        this.since = startNanos;
        this.lastChange = startNanos;
        this.max = initialValue;
        this.min = initialValue;
    }

    /**
     * The level becomes {@code newValue} at {@code nowNanos}.
     *
     * @throws IllegalArgumentException when {@code nowNanos} is before the previous change
     */
    public void update(long nowNanos, double newValue) {
        if (nowNanos < lastChange) {
            throw new IllegalArgumentException("time went backwards: " + nowNanos + " ns after a change at " + lastChange + " ns");
        }
        integral += value * (nowNanos - lastChange);
        lastChange = nowNanos;
        value = newValue;
        if (newValue > max) {
            max = newValue;
        }
        if (newValue < min) {
            min = newValue;
        }
    }

    /** The level changes by {@code delta} at {@code nowNanos}. */
    public void add(long nowNanos, double delta) {
        update(nowNanos, value + delta);
    }

    /** The current level. */
    public double value() {
        return value;
    }

    /** The integral of the level over time, in level x seconds, from the start (or last reset) to {@code nowNanos}. */
    public double integralSeconds(long nowNanos) {
        return (integral + value * (nowNanos - lastChange)) / 1e9;
    }

    /** The average level from the start (or last reset) to {@code nowNanos}; the current level over an empty span. */
    public double mean(long nowNanos) {
        long span = nowNanos - since;
        if (span <= 0) {
            return value;
        }
        return (integral + value * (nowNanos - lastChange)) / span;
    }

    /** The highest level held since the start (or last reset). */
    public double max() {
        return max;
    }

    /** The lowest level held since the start (or last reset). */
    public double min() {
        return min;
    }

    /** Restarts the average at {@code nowNanos}, keeping the current level (warm-up deletion). */
    public void reset(long nowNanos) {
        since = nowNanos;
        lastChange = nowNanos;
        integral = 0;
        max = value;
        min = value;
    }
}
