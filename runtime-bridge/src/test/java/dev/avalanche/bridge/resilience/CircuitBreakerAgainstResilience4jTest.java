package dev.avalanche.bridge.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.Breaker;
import dev.avalanche.models.resilience.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The model's breaker against resilience4j's {@code CircuitBreakerStateMachine} on one shared
 * clock: random calls, outcomes, durations and pauses, count and time windows; both permit the
 * same calls and are in the same state after every one.
 */
class CircuitBreakerAgainstResilience4jTest {

    /** A clock the test moves. */
    private static final class ManualClock extends Clock {
        long nanos;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(0, nanos);
        }
    }

    @TestFactory
    Stream<DynamicTest> bothPermitTheSameCallsAndAgreeOnTheState() {
        return IntStream.range(0, 16).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            SplittableRandom rnd = new SplittableRandom(seed);
            boolean time = seed % 2 == 1;
            int size = 2 + rnd.nextInt(20);
            Breaker cfg = new Breaker(time ? Breaker.Window.TIME : Breaker.Window.COUNT, size, 1 + rnd.nextInt(15),
                    10 + rnd.nextInt(90), 10 + rnd.nextInt(91), SimDuration.ofMillis(100 + rnd.nextInt(900)),
                    SimDuration.ofMillis(500 + rnd.nextInt(5000)), 1 + rnd.nextInt(6), Optional.empty());
            ManualClock clock = new ManualClock();
            CircuitBreaker model = new CircuitBreaker(cfg, () -> clock.nanos, (from, to) -> { });
            io.github.resilience4j.circuitbreaker.CircuitBreaker r4j = io.github.resilience4j.circuitbreaker.CircuitBreaker.of(
                    // The live clients' breaker, set up as they set it up (at scale 1), on the test's clock.
                    "api", CircuitBreakerConfig.from(ClientGuard.breakerConfig(cfg, SimDuration::nanos)).clock(clock).build());
            double failing = rnd.nextDouble();
            java.util.ArrayDeque<String> trail = new java.util.ArrayDeque<>();
            for (int i = 0; i < 4000; i++) {
                if (i % 400 == 0) {
                    failing = rnd.nextDouble(); // the third party's health changes
                }
                clock.nanos += (long) (rnd.nextDouble() * 300e6);
                boolean permitted = r4j.tryAcquirePermission();
                assertEquals(permitted, model.tryAcquirePermission(), "call " + i + ": permitted");
                if (permitted) {
                    long duration = (long) (rnd.nextDouble() * 2 * cfg.slowCall().nanos());
                    boolean ok = rnd.nextDouble() >= failing;
                    if (ok) {
                        r4j.onSuccess(duration, TimeUnit.NANOSECONDS);
                    } else {
                        r4j.onError(duration, TimeUnit.NANOSECONDS, new RuntimeException("failed"));
                    }
                    model.onResult(duration, ok);
                    trail.addLast(String.format("t=%.3f %s %s dur=%.3f -> r4j %s model %s", clock.nanos / 1e9, ok ? "ok" : "fail",
                            duration > cfg.slowCall().nanos() ? "slow" : "fast", duration / 1e9, r4j.getState(), model.state()));
                } else {
                    trail.addLast(String.format("t=%.3f refused -> r4j %s", clock.nanos / 1e9, r4j.getState()));
                }
                if (trail.size() > 14) {
                    trail.removeFirst();
                }
                assertEquals(r4j.getState().name(), model.state().name(), "after call " + i + " " + cfg + "\n" + String.join("\n", trail));
            }
        }));
    }
}
