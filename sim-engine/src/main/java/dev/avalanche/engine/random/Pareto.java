package dev.avalanche.engine.random;

/**
 * Pareto (type I): P(X > x) = (scale / x)^shape for x >= scale. The heavy tail of "most requests are
 * fast, a few are enormous".
 *
 * <p>The mean is {@code shape * scale / (shape - 1)} when {@code shape > 1} and infinite otherwise,
 * in which case {@link #mean()} returns {@link Double#POSITIVE_INFINITY}. The variance is finite only
 * when {@code shape > 2}: below that, sample means converge very slowly and a simulation's averages
 * are dominated by its few largest draws. Sampled by inversion, one draw per sample.
 */
record Pareto(double scale, double shape) implements InvertibleDistribution {

    Pareto {
        Params.positive("pareto", "scale", scale);
        Params.positive("pareto", "shape", shape);
    }

    @Override
    public double sample(RandomStream rng) {
        // u in (0, 1], so the power is finite and the sample is >= scale.
        return scale * Math.pow(rng.nextOpenDouble(), -1.0 / shape);
    }

    @Override
    public double mean() {
        return shape <= 1 ? Double.POSITIVE_INFINITY : shape * scale / (shape - 1);
    }

    @Override
    public double quantile(double p) {
        Params.probability("pareto", p);
        return scale * Math.pow(1 - p, -1.0 / shape);
    }

    @Override
    public String describe() {
        return "pareto(scale=" + Params.fmt(scale) + ", shape=" + Params.fmt(shape) + ")";
    }
}
