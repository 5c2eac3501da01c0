package dev.avalanche.engine.stats;

/**
 * Statistics of a sequence of observations, each counting once (a waiting time, a latency): count,
 * mean, sample variance, min and max. Uses Welford's update, so the variance stays accurate over
 * millions of observations. Not thread-safe.
 */
public final class Tally {

    private long count;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** Records one observation. */
    public void add(double x) {
        long n = ++count;
        double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
    }

    public long count() {
        return count;
    }

    /** The mean of the observations, NaN when there is none. */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    public double sum() {
        return mean * count;
    }

    /** The sample variance (divisor n - 1), NaN with fewer than two observations. */
    public double variance() {
        return count < 2 ? Double.NaN : m2 / (count - 1);
    }

    public double stdDev() {
        return Math.sqrt(variance());
    }

    /** The smallest observation, NaN when there is none. */
    public double min() {
        return count == 0 ? Double.NaN : min;
    }

    /** The largest observation, NaN when there is none. */
    public double max() {
        return count == 0 ? Double.NaN : max;
    }

    /** Forgets every observation (warm-up deletion). */
    public void reset() {
        count = 0;
        mean = 0;
        m2 = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }
}
