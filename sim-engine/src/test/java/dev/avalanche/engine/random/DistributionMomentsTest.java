package dev.avalanche.engine.random;

import static dev.avalanche.engine.random.Distributions.exponential;
import static dev.avalanche.engine.random.Distributions.weighted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each distribution's mean() against a textbook formula, and 200 000 samples against its mean and
 * variance. Tolerances: Z = 4 standard errors, the standard error computed from the known moments
 * (see {@link Moments}), so a failure means a wrong sampler or a wrong mean(), not bad luck.
 */
class DistributionMomentsTest {

    private static final int N = 200_000;
    private static final long SEED = 20_240_611L;

    /** @param lightTailed whether the sample variance is a fair check (moments well beyond the 4th exist) */
    record Case(String label, Distribution distribution, Moments moments, boolean lightTailed) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("exponential(mean 2)", exponential(2), Moments.of(k -> factorial(k) * Math.pow(2, k)), true),
                new Case("uniform(1, 3)", Distributions.uniform(1, 3), uniform(1, 3), true),
                new Case("truncated normal(1, 1)", Distributions.truncatedNormal(1, 1), truncatedNormal(1, 1), true),
                new Case("lognormal(median 1.5, sigma 0.5)", Distributions.lognormalByMedian(1.5, 0.5),
                        Moments.of(k -> Math.exp(k * Math.log(1.5) + k * k * 0.125)), true),
                new Case("gamma(mean 3, shape 2.5)", Distributions.gamma(3, 2.5), gamma(3, 2.5), true),
                new Case("gamma(mean 3, shape 0.5)", Distributions.gamma(3, 0.5), gamma(3, 0.5), true),
                new Case("erlang(mean 1, 4 phases)", Distributions.erlang(1, 4), gamma(1, 4), true),
                // Shape 5: finite variance, so the mean's CLT holds; but the 6th moment is infinite, so
                // the sample variance's own spread is too erratic for a normal-theory tolerance.
                new Case("pareto(scale 1, shape 5)", Distributions.pareto(1, 5), Moments.of(k -> 5.0 / (5 - k)), false),
                new Case("hyperexponential 0.9 x mean 1, 0.1 x mean 10",
                        Distributions.mixture(weighted(9, exponential(1)), weighted(1, exponential(10))),
                        Moments.mixture(new double[] {0.9, 0.1}, exponentialMoments(1), exponentialMoments(10)), true),
                // The piecewise-linear quantile function makes each segment uniform: a mixture of uniforms.
                new Case("empirical(0, p50 1, p90 2, p99 5, max 10)", Distributions.empirical(1, 2, 5, 10),
                        Moments.mixture(new double[] {0.5, 0.4, 0.09, 0.01},
                                uniform(0, 1), uniform(1, 2), uniform(2, 5), uniform(5, 10)), true));
    }

    static Stream<Case> lightTailedCases() {
        return cases().filter(Case::lightTailed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void meanReturnsTheTextbookMean(Case c) {
        assertEquals(c.moments().mean(), c.distribution().mean(), 1e-12 * c.moments().mean());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSampleMeanIsWithinFourStandardErrorsOfTheMean(Case c) {
        double[] xs = Draws.of(c.distribution(), SEED, c.label(), N);
        assertEquals(c.moments().mean(), Draws.mean(xs), Draws.Z * c.moments().meanStandardError(N));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lightTailedCases")
    void theSampleVarianceIsWithinFourStandardErrorsOfTheVariance(Case c) {
        double[] xs = Draws.of(c.distribution(), SEED, c.label(), N);
        assertEquals(c.moments().variance(), Draws.variance(xs), Draws.Z * c.moments().varianceStandardError(N));
    }

    private static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }

    private static Moments exponentialMoments(double mean) {
        return Moments.of(k -> factorial(k) * Math.pow(mean, k));
    }

    /** E[X^k] = (b^(k+1) - a^(k+1)) / ((k + 1)(b - a)). */
    private static Moments uniform(double a, double b) {
        return Moments.of(k -> (Math.pow(b, k + 1) - Math.pow(a, k + 1)) / ((k + 1) * (b - a)));
    }

    /** E[X^k] = theta^k * shape (shape + 1) ... (shape + k - 1), theta = mean / shape. */
    private static Moments gamma(double mean, double shape) {
        return Moments.of(k -> {
            double m = 1;
            for (int j = 0; j < k; j++) {
                m *= (shape + j) * (mean / shape);
            }
            return m;
        });
    }

    /**
     * N(mu, sd) conditioned on X >= 0: m_k = mu m_(k-1) + (k - 1) sd^2 m_(k-2), plus for k = 1 the
     * boundary term sd phi(mu / sd) / Phi(mu / sd) (the term carries 0^(k-1), so vanishes for k >= 2).
     */
    private static Moments truncatedNormal(double mu, double sd) {
        NormalDistribution n01 = new NormalDistribution(null, 0, 1);
        double[] m = new double[5];
        m[0] = 1;
        m[1] = mu + sd * n01.density(mu / sd) / n01.cumulativeProbability(mu / sd);
        for (int k = 2; k <= 4; k++) {
            m[k] = mu * m[k - 1] + (k - 1) * sd * sd * m[k - 2];
        }
        return new Moments(m[1], m[2], m[3], m[4]);
    }
}
