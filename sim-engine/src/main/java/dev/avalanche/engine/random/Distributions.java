package dev.avalanche.engine.random;

import java.util.Arrays;
import java.util.List;

/**
 * The distributions, parameterised the way capacity planners talk: an exponential by its mean, a
 * lognormal by its median or by its mean and p99, an empirical distribution from percentiles, a
 * mixture of "95% fast, 5% slow". All quantities are non-negative, in the unit of the samples
 * (seconds, for durations).
 *
 * <p>Every factory validates its parameters: NaN, infinite or out-of-range values give an
 * {@link IllegalArgumentException} naming the distribution, the parameter, the value and the rule,
 * e.g. {@code exponential: mean must be > 0 but was -2.0}. The distributions are immutable and
 * thread-safe; {@code sample} allocates nothing and draws only from the stream it is given.
 */
public final class Distributions {

    private Distributions() {
    }

    /** Always {@code value} (>= 0); draws nothing. */
    public static InvertibleDistribution constant(double value) {
        return new Constant(value);
    }

    /** Exponential with the given {@code mean} (> 0), i.e. rate 1 / mean. */
    public static InvertibleDistribution exponential(double mean) {
        return new Exponential(mean);
    }

    /** Uniform between {@code min} (>= 0) and {@code max} (> min). */
    public static InvertibleDistribution uniform(double min, double max) {
        return new Uniform(min, max);
    }

    /**
     * Normal with parameters {@code mean} (>= 0) and {@code sd} (> 0), truncated at zero by
     * resampling negative draws. Its {@link Distribution#mean()} is the truncated mean, larger than
     * the {@code mean} parameter; see {@link TruncatedNormal}.
     */
    public static InvertibleDistribution truncatedNormal(double mean, double sd) {
        return new TruncatedNormal(mean, sd);
    }

    /** Lognormal with the given {@code median} (> 0) and {@code sigma} (> 0), the sd of ln X. */
    public static InvertibleDistribution lognormalByMedian(double median, double sigma) {
        return Lognormal.byMedian(median, sigma);
    }

    /**
     * The lognormal with the given {@code mean} and 99th percentile, solved in closed form (the
     * lighter-tailed of the two solutions).
     *
     * @throws IllegalArgumentException unless {@code 0 < mean < p99 <= 14.97 * mean}, the range in
     *     which such a lognormal exists; see {@link Lognormal}
     */
    public static InvertibleDistribution lognormalByMeanAndP99(double mean, double p99) {
        return Lognormal.byMeanAndP99(mean, p99);
    }

    /** Gamma with the given {@code mean} (> 0) and {@code shape} (> 0); variance mean^2 / shape. */
    public static Distribution gamma(double mean, double shape) {
        return Gamma.of(mean, shape);
    }

    /** Erlang: the sum of {@code phases} (>= 1) exponential phases, with total {@code mean} (> 0). */
    public static Distribution erlang(double mean, int phases) {
        return Gamma.erlang(mean, phases);
    }

    /**
     * Pareto with P(X > x) = (scale / x)^shape for x >= {@code scale} (> 0), {@code shape} > 0. Its
     * mean is {@link Double#POSITIVE_INFINITY} when {@code shape <= 1}.
     */
    public static InvertibleDistribution pareto(double scale, double shape) {
        return new Pareto(scale, shape);
    }

    /**
     * Empirical from its p50, p90, p99 and max (strictly increasing), with min 0: see
     * {@link #empiricalWithMin}.
     */
    public static InvertibleDistribution empirical(double p50, double p90, double p99, double max) {
        return new Percentiles(0, p50, p90, p99, max);
    }

    /**
     * Empirical from percentiles: the quantile function is piecewise linear through (0, min),
     * (0.5, p50), (0.9, p90), (0.99, p99) and (1, max); the values must be finite, {@code min >= 0},
     * and strictly increasing in that order. The mean is exact for that function.
     */
    public static InvertibleDistribution empiricalWithMin(double min, double p50, double p90, double p99,
            double max) {
        return new Percentiles(min, p50, p90, p99, max);
    }

    /**
     * A mixture: component i with probability weight_i / (sum of weights). A mixture of exponentials
     * is a hyperexponential: {@code mixture(weighted(0.9, exponential(0.1)), weighted(0.1,
     * exponential(2)))}.
     *
     * @throws IllegalArgumentException when there is no component or one is null
     */
    public static Distribution mixture(Weighted... components) {
        if (components == null) {
            throw new IllegalArgumentException("mixture: components must not be null");
        }
        return mixture(Arrays.asList(components));
    }

    /** As {@link #mixture(Weighted...)}. */
    public static Distribution mixture(List<Weighted> components) {
        if (components != null) {
            for (int i = 0; i < components.size(); i++) {
                if (components.get(i) == null) {
                    throw new IllegalArgumentException("mixture: component " + i + " must not be null");
                }
            }
        }
        return new Mixture(components);
    }

    /** A component of a {@link #mixture}. */
    public static Weighted weighted(double weight, Distribution distribution) {
        return new Weighted(weight, distribution);
    }

    /**
     * A mixture component: its relative {@code weight} (finite, > 0; normalised by the mixture) and
     * its {@code distribution}.
     */
    public record Weighted(double weight, Distribution distribution) {

        /** @throws IllegalArgumentException when the weight is not finite and > 0 or the distribution is null */
        public Weighted {
            Params.positive("mixture", "weight", weight);
            if (distribution == null) {
                throw new IllegalArgumentException(
                        "mixture: distribution must not be null but was null (the component of weight " + weight + ")");
            }
        }
    }
}
