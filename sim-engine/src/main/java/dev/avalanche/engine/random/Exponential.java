package dev.avalanche.engine.random;

/**
 * Exponential with the given mean (rate 1 / mean): memoryless inter-arrival or service times.
 * One sample is {@code mean} times the stream's standard exponential (the JDK's ziggurat, usually
 * one draw).
 */
record Exponential(double mean) implements InvertibleDistribution {

    Exponential {
        Params.positive("exponential", "mean", mean);
    }

    @Override
    public double sample(RandomStream rng) {
        return mean * rng.nextExponential();
    }

    @Override
    public double quantile(double p) {
        Params.probability("exponential", p);
        return -mean * Math.log1p(-p);
    }

    @Override
    public String describe() {
        return "exponential(mean=" + Params.fmt(mean) + ")";
    }
}
