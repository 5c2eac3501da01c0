package dev.avalanche.engine.random;

import static dev.avalanche.engine.random.Distributions.weighted;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * sample() runs in the simulator's hot loop, so it must not allocate. Measured with the JVM's
 * per-thread allocation counter around 100 000 samples: any allocation per sample would show as
 * at least 1.6 MB (16 bytes each); the 64 KB allowance covers the counter's own bookkeeping.
 */
class SamplingAllocatesNothingTest {

    private static final int N = 100_000;

    static Stream<Distribution> distributions() {
        return Stream.of(
                Distributions.constant(1),
                Distributions.exponential(1),
                Distributions.uniform(0, 1),
                Distributions.truncatedNormal(0.5, 1),
                Distributions.lognormalByMedian(1, 1),
                Distributions.lognormalByMeanAndP99(1, 5),
                Distributions.gamma(1, 0.5),
                Distributions.gamma(1, 3),
                Distributions.erlang(1, 2),
                Distributions.pareto(1, 2),
                Distributions.empirical(1, 2, 3, 4),
                Distributions.mixture(weighted(1, Distributions.exponential(1)), weighted(1, Distributions.uniform(0, 1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void samplingAllocatesNoMemory(Distribution d) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        RandomStream rng = new RandomStreams(3).stream("alloc");
        double sink = 0;
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < N; i++) {
            sink += d.sample(rng);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(sink >= 0);
        assertTrue(allocated < 65_536, () -> d.describe() + " allocated " + allocated + " bytes in " + N + " samples");
    }
}
