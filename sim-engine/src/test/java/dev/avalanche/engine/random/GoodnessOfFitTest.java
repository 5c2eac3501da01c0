package dev.avalanche.engine.random;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kolmogorov–Smirnov tests of our samplers against commons-math3's distribution functions: the
 * whole shape, not just the moments. With a fixed seed, a correct sampler gives a p-value above
 * 0.001 except with probability 0.001; a wrong shape (a biased Marsaglia–Tsang boost, say) is
 * detected at 20 000 samples by a wide margin. The commons-math distributions get no generator: they
 * are only evaluated, never sampled.
 */
class GoodnessOfFitTest {

    private static final int N = 20_000;
    private static final long SEED = 19L;

    record Case(String label, Distribution ours, RealDistribution reference) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("exponential(mean 2)", Distributions.exponential(2), new ExponentialDistribution(null, 2)),
                new Case("uniform(1, 3)", Distributions.uniform(1, 3), new UniformRealDistribution(null, 1, 3)),
                gamma(3, 0.3), gamma(3, 0.9), gamma(3, 1), gamma(3, 2.5), gamma(3, 9),
                new Case("erlang(mean 1, 3 phases)", Distributions.erlang(1, 3), new GammaDistribution(null, 3, 1.0 / 3)),
                new Case("lognormal(median 2, sigma 0.8)", Distributions.lognormalByMedian(2, 0.8),
                        new LogNormalDistribution(null, Math.log(2), 0.8)),
                new Case("pareto(scale 1, shape 2.5)", Distributions.pareto(1, 2.5), new ParetoDistribution(null, 1, 2.5)));
    }

    private static Case gamma(double mean, double shape) {
        return new Case("gamma(mean " + mean + ", shape " + shape + ")", Distributions.gamma(mean, shape),
                new GammaDistribution(null, shape, mean / shape));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void samplesPassAKolmogorovSmirnovTestAgainstTheReferenceDistribution(Case c) {
        double[] xs = Draws.of(c.ours(), SEED, c.label(), N);
        // No generator: it only serves commons-math's Monte Carlo p-values, which this test does not use.
        double p = new KolmogorovSmirnovTest(null).kolmogorovSmirnovTest(c.reference(), xs);
        assertTrue(p > 0.001, () -> c.label() + ": KS p-value " + p);
    }
}
