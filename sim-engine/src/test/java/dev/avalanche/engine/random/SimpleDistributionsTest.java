package dev.avalanche.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Behaviours of single distributions that need no statistics. */
class SimpleDistributionsTest {

    @Test
    void aConstantAlwaysReturnsItsValueAndDrawsNothing() {
        RandomStream used = new RandomStreams(1).stream("s");
        RandomStream untouched = new RandomStreams(1).stream("s");
        Distribution d = Distributions.constant(0.25);
        for (int i = 0; i < 10; i++) {
            assertEquals(0.25, d.sample(used), 0);
        }
        assertEquals(untouched.nextLong(), used.nextLong());
    }

    @Test
    void aParetoWithShapeAtMostOneHasAnInfiniteMean() {
        assertEquals(Double.POSITIVE_INFINITY, Distributions.pareto(2, 1).mean());
        assertEquals(Double.POSITIVE_INFINITY, Distributions.pareto(2, 0.5).mean());
    }

    @Test
    void aParetoWithShapeAboveOneHasMeanShapeTimesScaleOverShapeMinusOne() {
        assertEquals(3 * 2 / 2.0, Distributions.pareto(2, 3).mean(), 1e-15);
    }

    @Test
    void unboundedDistributionsHaveAnInfiniteQuantileAtOne() {
        assertEquals(Double.POSITIVE_INFINITY, Distributions.exponential(1).quantile(1));
        assertEquals(Double.POSITIVE_INFINITY, Distributions.pareto(1, 2).quantile(1));
        assertEquals(Double.POSITIVE_INFINITY, Distributions.lognormalByMedian(1, 1).quantile(1));
    }

    @Test
    void theMedianOfAnExponentialIsMeanTimesLnTwo() {
        assertEquals(3 * Math.log(2), Distributions.exponential(3).quantile(0.5), 1e-15);
    }

    @Test
    void describeStatesTheParametersAsGiven() {
        assertEquals("exponential(mean=2)", Distributions.exponential(2).describe());
        assertEquals("uniform(min=0.5, max=1.5)", Distributions.uniform(0.5, 1.5).describe());
        assertEquals("normal(mean=1, sd=0.5) truncated at 0", Distributions.truncatedNormal(1, 0.5).describe());
        assertEquals("lognormal(median=0.1, sigma=1)", Distributions.lognormalByMedian(0.1, 1).describe());
        assertEquals("gamma(mean=3, shape=2.5)", Distributions.gamma(3, 2.5).describe());
        assertEquals("erlang(mean=3, phases=4)", Distributions.erlang(3, 4).describe());
        assertEquals("pareto(scale=0.01, shape=1.5)", Distributions.pareto(0.01, 1.5).describe());
    }

    @Test
    void sameDistributionAndSameNamedStreamGiveTheSameSamples() {
        Distribution d = Distributions.gamma(1, 0.7);
        RandomStream a = new RandomStreams(5).stream("service");
        RandomStream b = new RandomStreams(5).stream("service");
        for (int i = 0; i < 1000; i++) {
            assertEquals(d.sample(a), d.sample(b), 0);
        }
    }
}
