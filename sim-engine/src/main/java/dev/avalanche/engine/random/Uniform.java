package dev.avalanche.engine.random;

/** Uniform between {@code min} and {@code max}, {@code 0 <= min < max}; one draw per sample. */
record Uniform(double min, double max) implements InvertibleDistribution {

    Uniform {
        Params.nonNegative("uniform", "min", min);
        Params.greaterThan("uniform", "max", max, "min", min);
    }

    @Override
    public double sample(RandomStream rng) {
        return min + (max - min) * rng.nextDouble();
    }

    @Override
    public double mean() {
        return 0.5 * (min + max);
    }

    @Override
    public double quantile(double p) {
        Params.probability("uniform", p);
        return min + (max - min) * p;
    }

    @Override
    public String describe() {
        return "uniform(min=" + Params.fmt(min) + ", max=" + Params.fmt(max) + ")";
    }
}
