package dev.avalanche.engine.random;

/**
 * An empirical distribution from the percentiles people read off a dashboard: its quantile function
 * is the straight-line interpolation through (0, min), (0.5, p50), (0.9, p90), (0.99, p99), (1, max).
 * So 50% of samples are uniform on [min, p50], 40% on [p50, p90], 9% on [p90, p99] and 1% on
 * [p99, max]. Sampled by inversion, one draw per sample.
 *
 * <p>The mean is exact for that quantile function: the integral of a piecewise-linear function,
 * the sum over segments of (width in p) * (average of the two end values).
 */
final class Percentiles implements InvertibleDistribution {

    private static final String NAME = "empirical";

    /** The knots' probabilities and values; instance arrays, never exposed or changed. */
    private final double[] probabilities = {0, 0.5, 0.9, 0.99, 1};
    private final double[] values;
    /** slopes[i] = (values[i + 1] - values[i]) / (probabilities[i + 1] - probabilities[i]). */
    private final double[] slopes;
    private final double mean;

    /**
     * @throws IllegalArgumentException when a value is not finite, {@code min < 0}, or the values are
     *     not strictly increasing in the order min, p50, p90, p99, max
     */
    Percentiles(double min, double p50, double p90, double p99, double max) {
        Params.nonNegative(NAME, "min", min);
        Params.greaterThan(NAME, "p50", p50, "min", min);
        Params.greaterThan(NAME, "p90", p90, "p50", p50);
        Params.greaterThan(NAME, "p99", p99, "p90", p90);
        Params.greaterThan(NAME, "max", max, "p99", p99);
        values = new double[] {min, p50, p90, p99, max};
        slopes = new double[values.length - 1];
        double m = 0;
        for (int i = 0; i < slopes.length; i++) {
            double width = probabilities[i + 1] - probabilities[i];
            slopes[i] = (values[i + 1] - values[i]) / width;
            m += width * 0.5 * (values[i] + values[i + 1]);
        }
        mean = m;
    }

    @Override
    public double sample(RandomStream rng) {
        return interpolate(rng.nextDouble());
    }

    private double interpolate(double p) {
        int i = 0;
        int last = slopes.length - 1;
        while (i < last && p > probabilities[i + 1]) {
            i++;
        }
        // The min guards against rounding a hair past the segment's end (and so past max).
        return Math.min(values[i + 1], values[i] + slopes[i] * (p - probabilities[i]));
    }

    @Override
    public double mean() {
        return mean;
    }

    @Override
    public double quantile(double p) {
        Params.probability(NAME, p);
        return p == 1 ? values[values.length - 1] : interpolate(p);
    }

    @Override
    public String describe() {
        return NAME + "(min=" + Params.fmt(values[0]) + ", p50=" + Params.fmt(values[1]) + ", p90="
                + Params.fmt(values[2]) + ", p99=" + Params.fmt(values[3]) + ", max=" + Params.fmt(values[4]) + ")";
    }
}
