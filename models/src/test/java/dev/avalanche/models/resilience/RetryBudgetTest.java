package dev.avalanche.models.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.Retry;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The retry budget never grants a retry that makes the retries of the window ending then exceed
 * its minimum plus its ratio of the first attempts in it.
 */
class RetryBudgetTest {

    private static final long S = 1_000_000_000L;

    @TestFactory
    Stream<DynamicTest> noGrantedRetryTakesItsWindowBeyondTheBudget() {
        return IntStream.range(0, 20).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            SplittableRandom rnd = new SplittableRandom(seed);
            double ratio = rnd.nextDouble(0, 0.5);
            int min = rnd.nextInt(0, 5);
            long window = (1 + rnd.nextInt(10)) * S;
            RetryBudget budget = new RetryBudget(new Retry.Budget(ratio, SimDuration.ofNanos(window), min));
            List<Long> calls = new ArrayList<>();
            List<Long> retries = new ArrayList<>();
            long now = 0;
            int granted = 0;
            for (int i = 0; i < 5000; i++) {
                now += (long) (rnd.nextDouble() * 0.05 * S);
                if (rnd.nextDouble() < 0.4) {
                    budget.deposit(now);
                    calls.add(now);
                } else if (budget.tryWithdraw(now)) {
                    retries.add(now);
                    granted++;
                    long from = now - window;
                    long c = calls.stream().filter(t -> t > from).count();
                    long r = retries.stream().filter(t -> t > from).count();
                    assertTrue(r <= min + ratio * c, r + " retries against " + c + " calls in the window at " + now);
                }
            }
            assertTrue(granted > 0, "some retries were granted: the budget is not simply closed");
        }));
    }

    @Test
    void aRetryBeyondTheBudgetIsRefusedUntilTheWindowMovesOn() {
        RetryBudget budget = new RetryBudget(new Retry.Budget(0.5, SimDuration.ofSeconds(10), 0));
        budget.deposit(0);
        budget.deposit(0);
        assertTrue(budget.tryWithdraw(S));
        assertFalse(budget.tryWithdraw(S));
        budget.deposit(11 * S); // the first two calls and the retry left the window
        assertFalse(budget.tryWithdraw(11 * S), "one call allows half a retry: none");
        budget.deposit(11 * S);
        assertTrue(budget.tryWithdraw(11 * S));
        assertEquals(1, budget.retriesInWindow(11 * S));
    }
}
