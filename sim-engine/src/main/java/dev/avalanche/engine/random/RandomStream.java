package dev.avalanche.engine.random;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * One independent stream of random numbers, made by {@link RandomStreams#stream(String)}.
 *
 * <p>The generator is the JDK's L64X128MixRandom, an LXM generator designed so that instances
 * seeded with distinct values behave as statistically independent streams (period 2^128 * 2^64).
 * Not thread-safe: each simulation owns its streams.
 */
public final class RandomStream {

    private static final RandomGeneratorFactory<RandomGenerator> LXM = RandomGeneratorFactory.of("L64X128MixRandom");

    private final String name;
    private final RandomGenerator generator;

    RandomStream(String name, long seed) {
        this.name = name;
        this.generator = LXM.create(seed);
    }

    public String name() {
        return name;
    }

    /** Uniform on [0, 1). */
    public double nextDouble() {
        return generator.nextDouble();
    }

    /** Uniform on (0, 1]: safe to take the logarithm of. */
    public double nextOpenDouble() {
        return 1.0 - generator.nextDouble();
    }

    /** Standard normal (mean 0, sd 1). */
    public double nextGaussian() {
        return generator.nextGaussian();
    }

    /** Exponential with mean 1. */
    public double nextExponential() {
        return generator.nextExponential();
    }

    /** Uniform on [0, bound). @throws IllegalArgumentException when {@code bound <= 0} */
    public int nextInt(int bound) {
        return generator.nextInt(bound);
    }

    public long nextLong() {
        return generator.nextLong();
    }

    /** True with probability {@code p}. */
    public boolean nextBoolean(double p) {
        return generator.nextDouble() < p;
    }
}
