package dev.avalanche.bridge.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.netflix.concurrency.limits.limit.Gradient2Limit;
import dev.avalanche.models.config.AdaptiveLimit;
import dev.avalanche.models.resilience.Gradient2;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The model's Gradient2 against Netflix's {@code Gradient2Limit} itself: the same samples (RTTs
 * that drift, jump and recover, in-flight counts above and below half the limit) give the same
 * limit after every sample.
 */
class Gradient2AgainstNetflixTest {

    @TestFactory
    Stream<DynamicTest> theModelsLimitIsTheLibrarysAfterEverySample() {
        return IntStream.range(0, 10).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            SplittableRandom rnd = new SplittableRandom(seed);
            AdaptiveLimit cfg = new AdaptiveLimit(10 + rnd.nextInt(10), 2 + rnd.nextInt(5), 40 + rnd.nextInt(100),
                    0.1 + rnd.nextDouble() * 0.5, 1 + rnd.nextDouble(), 50 + rnd.nextInt(600), rnd.nextInt(6));
            Gradient2 model = new Gradient2(cfg);
            Gradient2Limit netflix = ServerGuard.gradient2(cfg); // the live servers' limit, set up as they set it up
            double base = 1e8;
            for (int i = 0; i < 3000; i++) {
                if (i % 500 == 0) {
                    base = 1e7 + rnd.nextDouble() * 1e9; // a slowdown or a recovery
                }
                long rtt = (long) (base * (0.5 + rnd.nextDouble()));
                int inflight = 1 + rnd.nextInt(Math.max(2, 2 * model.limit()));
                model.tryAcquire();
                model.onSample(rtt, inflight);
                netflix.onSample(0, rtt, inflight, false);
                assertEquals(netflix.getLimit(), model.limit(), "after sample " + i + " (rtt " + rtt + ", inflight " + inflight + ")");
            }
        }));
    }
}
