package dev.avalanche.engine.replication;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A Student-t confidence interval for a mean estimated from independent replications.
 *
 * @param mean the sample mean
 * @param halfWidth half the width of the interval; NaN with fewer than two samples
 * @param level the confidence level, e.g. 0.95
 * @param n the number of samples
 */
public record ConfidenceInterval(double mean, double halfWidth, double level, int n) {

    /** The 95% interval of {@code samples}. */
    public static ConfidenceInterval of95(double[] samples) {
        return of(samples, 0.95);
    }

    /**
     * The {@code level} interval of {@code samples}: mean +- t(level, n-1) * s / sqrt(n).
     *
     * @throws IllegalArgumentException when there is no sample or the level is not in (0, 1)
     */
    public static ConfidenceInterval of(double[] samples, double level) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("a confidence interval needs at least one sample");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("a confidence level must be in (0, 1) but was " + level);
        }
        int n = samples.length;
        double mean = 0;
        for (double s : samples) {
            mean += s;
        }
        mean /= n;
        if (n < 2) {
            return new ConfidenceInterval(mean, Double.NaN, level, n);
        }
        double ss = 0;
        for (double s : samples) {
            ss += (s - mean) * (s - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + level / 2);
        return new ConfidenceInterval(mean, t * sd / Math.sqrt(n), level, n);
    }

    public double lower() {
        return mean - halfWidth;
    }

    public double upper() {
        return mean + halfWidth;
    }

    /** Whether {@code x} lies within the interval (bounds included). */
    public boolean contains(double x) {
        return x >= lower() && x <= upper();
    }
}
