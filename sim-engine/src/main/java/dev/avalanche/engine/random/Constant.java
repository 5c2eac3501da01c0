package dev.avalanche.engine.random;

/** Always {@code value}; draws nothing from the stream. */
record Constant(double value) implements InvertibleDistribution {

    Constant {
        Params.nonNegative("constant", "value", value);
    }

    @Override
    public double sample(RandomStream rng) {
        return value;
    }

    @Override
    public double mean() {
        return value;
    }

    @Override
    public double quantile(double p) {
        Params.probability("constant", p);
        return value;
    }

    @Override
    public String describe() {
        return "constant(" + Params.fmt(value) + ")";
    }
}
