package dev.avalanche.engine.random;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The standard normal's density, distribution function and its inverse, from commons-math3 (whose
 * inverse is the closed-form {@code sqrt(2) * erfInv(2p - 1)}). The shared instance has no random
 * generator (it is never sampled), so it holds no mutable state and is safe to use from any thread.
 */
final class StandardNormal {

    private static final NormalDistribution N01 = new NormalDistribution(null, 0, 1);

    private StandardNormal() {
    }

    /** phi(x). */
    static double density(double x) {
        return N01.density(x);
    }

    /** Phi(x) = P(Z <= x); accurate in both tails (commons-math uses erfc). */
    static double cdf(double x) {
        return N01.cumulativeProbability(x);
    }

    /** Phi^-1(p) for p in [0, 1]; infinite at 0 and 1. */
    static double quantile(double p) {
        return N01.inverseCumulativeProbability(p);
    }
}
