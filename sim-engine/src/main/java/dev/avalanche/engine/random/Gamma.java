package dev.avalanche.engine.random;

/**
 * Gamma with the given mean and shape k (scale = mean / k, variance = mean^2 / k): shape 1 is the
 * exponential, an integer shape the Erlang (the sum of k exponential phases), and a larger shape a
 * less variable quantity (coefficient of variation 1 / sqrt(k)).
 *
 * <p>Sampled with Marsaglia and Tsang's method ("A simple method for generating gamma variables",
 * ACM TOMS 26(3), 2000): per attempt one normal and one uniform draw, accepted with probability
 * above 0.95 for every shape. For shape < 1 it samples shape + 1 and multiplies by U^(1/shape),
 * one more uniform draw.
 */
final class Gamma implements Distribution {

    private final String name;
    private final double mean;
    private final double shape;
    private final double scale;
    /** Marsaglia–Tsang's d = a - 1/3 and c = 1 / sqrt(9 d), where a = shape, or shape + 1 when shape < 1. */
    private final double d;
    private final double c;
    /** Whether shape < 1, which needs the U^(1/shape) boost. */
    private final boolean boosted;

    private Gamma(String name, double mean, double shape) {
        this.name = name;
        this.mean = mean;
        this.shape = shape;
        this.scale = mean / shape;
        this.boosted = shape < 1;
        double a = boosted ? shape + 1 : shape;
        this.d = a - 1.0 / 3.0;
        this.c = 1.0 / Math.sqrt(9 * d);
    }

    /** @throws IllegalArgumentException when {@code mean} or {@code shape} is not finite and > 0 */
    static Gamma of(double mean, double shape) {
        return new Gamma("gamma", Params.positive("gamma", "mean", mean), Params.positive("gamma", "shape", shape));
    }

    /** @throws IllegalArgumentException when {@code mean} is not finite and > 0, or {@code phases < 1} */
    static Gamma erlang(double mean, int phases) {
        Params.positive("erlang", "mean", mean);
        if (phases < 1) {
            throw new IllegalArgumentException("erlang: phases must be >= 1 but was " + phases);
        }
        return new Gamma("erlang", mean, phases);
    }

    @Override
    public double sample(RandomStream rng) {
        double x = standardSample(rng);
        if (boosted) {
            x *= Math.pow(rng.nextOpenDouble(), 1.0 / shape);
        }
        return scale * x;
    }

    /** A gamma(a, 1) draw, a = d + 1/3 >= 1. */
    private double standardSample(RandomStream rng) {
        while (true) {
            double z;
            double v;
            do {
                z = rng.nextGaussian();
                v = 1 + c * z;
            } while (v <= 0);
            v = v * v * v;
            double u = rng.nextOpenDouble();
            double z2 = z * z;
            if (u < 1 - 0.0331 * z2 * z2) {
                return d * v;
            }
            if (Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    @Override
    public double mean() {
        return mean;
    }

    @Override
    public String describe() {
        String k = name.equals("erlang") ? "phases=" + (long) shape : "shape=" + Params.fmt(shape);
        return name + "(mean=" + Params.fmt(mean) + ", " + k + ")";
    }
}
