package dev.avalanche.engine.random;

/** A {@link Distribution} whose quantile function (inverse distribution function) has a closed form. */
public interface InvertibleDistribution extends Distribution {

    /**
     * The smallest x with P(X <= x) >= p, in the unit of the samples: {@code quantile(0.99)} is the
     * p99. {@code quantile(0)} is the bottom of the support and {@code quantile(1)} its top, which
     * may be {@link Double#POSITIVE_INFINITY}.
     *
     * @throws IllegalArgumentException when {@code p} is not in [0, 1]
     */
    double quantile(double p);
}
