package dev.avalanche.models.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.Breaker;
import dev.avalanche.models.resilience.CircuitBreaker.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The breaker's state machine against resilience4j's documented transitions (its
 * CircuitBreaker documentation and {@code CircuitBreakerStateMachineTest}), on an injected clock.
 */
class CircuitBreakerTest {

    private static final long MS = 1_000_000L;
    private long now;
    private final List<String> transitions = new ArrayList<>();

    private CircuitBreaker breaker(Breaker.Window window, int size, int minimum, double failureRate, double slowRate,
            long slowMs, long waitMs, int halfOpen) {
        Breaker c = new Breaker(window, size, minimum, failureRate, slowRate, SimDuration.ofNanos(slowMs * MS),
                SimDuration.ofNanos(waitMs * MS), halfOpen, Optional.empty());
        return new CircuitBreaker(c, () -> now, (from, to) -> transitions.add(from + ">" + to));
    }

    private CircuitBreaker countBreaker() {
        // window 5, minimum 5, 50% failures, slow calls beyond 1 s at 100%, 10 s open, 3 half-open calls
        return breaker(Breaker.Window.COUNT, 5, 5, 50, 100, 1000, 10_000, 3);
    }

    private static void call(CircuitBreaker b, boolean ok) {
        assertTrue(b.tryAcquirePermission(), "a call is permitted in " + b.state());
        b.onResult(10 * MS, ok);
    }

    @Test
    void staysClosedUntilTheMinimumNumberOfCallsEvenWhenEveryCallFails() {
        CircuitBreaker b = countBreaker();
        for (int i = 0; i < 4; i++) {
            call(b, false);
        }
        assertEquals(State.CLOSED, b.state());
        call(b, false);
        assertEquals(State.OPEN, b.state());
        assertEquals(List.of("CLOSED>OPEN"), transitions);
    }

    @Test
    void opensWhenTheFailureRateEqualsTheThresholdNotBelow() {
        CircuitBreaker below = breaker(Breaker.Window.COUNT, 10, 10, 50, 100, 1000, 10_000, 3);
        for (int i = 0; i < 10; i++) {
            call(below, i >= 4 && i < 8 ? false : true); // 4 failures in 10: 40%
        }
        assertEquals(State.CLOSED, below.state());
        call(below, false); // window slides: drops a success, 5 failures in 10: 50%
        assertEquals(State.OPEN, below.state());
    }

    @Test
    void theCountWindowForgetsCallsOlderThanItsSize() {
        CircuitBreaker b = breaker(Breaker.Window.COUNT, 4, 4, 75, 100, 1000, 10_000, 3);
        call(b, false);
        call(b, false);
        call(b, true);
        call(b, true); // 50%
        call(b, true); // the first failure leaves: 25%
        call(b, false); // the second leaves, one comes: 25%
        assertEquals(State.CLOSED, b.state());
        call(b, false); // 50%
        call(b, false); // 75%, though 5 failures in all 8 calls would be 62.5%
        assertEquals(State.OPEN, b.state(), "only the last 4 calls count");
    }

    @Test
    void refusesCallsWhileOpenAndTurnsHalfOpenOnTheFirstCallAfterTheWait() {
        CircuitBreaker b = countBreaker();
        for (int i = 0; i < 5; i++) {
            call(b, false);
        }
        now += 9_999 * MS;
        assertFalse(b.tryAcquirePermission());
        assertEquals(State.OPEN, b.state());
        now += MS;
        assertTrue(b.tryAcquirePermission());
        assertEquals(State.HALF_OPEN, b.state());
    }

    @Test
    void halfOpenPermitsExactlyItsCallsThenRefuses() {
        CircuitBreaker b = openedThenWaited();
        int permitted = 0;
        for (int i = 0; i < 10; i++) {
            if (b.tryAcquirePermission()) {
                permitted++;
            }
        }
        assertEquals(3, permitted);
        assertEquals(State.HALF_OPEN, b.state());
    }

    @Test
    void halfOpenClosesWhenItsCallsAreBelowTheThresholds() {
        CircuitBreaker b = openedThenWaited();
        call(b, true);
        call(b, false);
        assertEquals(State.HALF_OPEN, b.state(), "judged only once all 3 half-open calls are in");
        call(b, true); // 33% < 50%
        assertEquals(State.CLOSED, b.state());
        for (int i = 0; i < 4; i++) {
            call(b, false);
        }
        assertEquals(State.CLOSED, b.state(), "a fresh window: the minimum of 5 calls again");
        assertEquals(List.of("CLOSED>OPEN", "OPEN>HALF_OPEN", "HALF_OPEN>CLOSED"), transitions);
    }

    @Test
    void halfOpenOpensAgainWhenItsCallsFailAndWaitsAFullIntervalAgain() {
        CircuitBreaker b = openedThenWaited();
        call(b, false);
        call(b, true);
        call(b, false); // 67% >= 50%
        assertEquals(State.OPEN, b.state());
        now += 9_999 * MS;
        assertFalse(b.tryAcquirePermission());
        now += MS;
        assertTrue(b.tryAcquirePermission());
        assertEquals(List.of("CLOSED>OPEN", "OPEN>HALF_OPEN", "HALF_OPEN>OPEN", "OPEN>HALF_OPEN"), transitions);
    }

    @Test
    void slowCallsAreThoseLongerThanTheDurationAndOpenAtTheirRate() {
        CircuitBreaker b = breaker(Breaker.Window.COUNT, 4, 4, 100, 50, 1000, 10_000, 3);
        for (int i = 0; i < 4; i++) {
            assertTrue(b.tryAcquirePermission());
            b.onResult(1000 * MS, true); // exactly the threshold: not slow
        }
        assertEquals(State.CLOSED, b.state());
        assertTrue(b.tryAcquirePermission());
        b.onResult(1000 * MS + 1, true); // 1 slow in 4
        assertEquals(State.CLOSED, b.state());
        assertTrue(b.tryAcquirePermission());
        b.onResult(5000 * MS, true); // 2 slow in 4: 50%
        assertEquals(State.OPEN, b.state());
    }

    @Test
    void theTimeWindowCountsOnlyTheLastSeconds() {
        CircuitBreaker b = breaker(Breaker.Window.TIME, 2, 4, 50, 100, 1000, 10_000, 3);
        call(b, false);
        call(b, false);
        call(b, false);
        now += 2_000 * MS; // those three are two seconds old: out of a 2 s window
        call(b, true);
        call(b, true);
        call(b, true);
        call(b, false); // 1 failure in 4
        assertEquals(State.CLOSED, b.state());
        now += 1_000 * MS;
        call(b, false); // 2 in 5: still below
        call(b, false); // 3 in 6: 50%
        assertEquals(State.OPEN, b.state());
    }

    @Test
    void resultsOfCallsPermittedBeforeItOpenedDoNotChangeTheOpenState() {
        CircuitBreaker b = countBreaker();
        for (int i = 0; i < 5; i++) {
            call(b, false);
        }
        b.onResult(10 * MS, true);
        b.onResult(10 * MS, false);
        assertEquals(State.OPEN, b.state());
        assertEquals(List.of("CLOSED>OPEN"), transitions);
    }

    @Test
    void halfOpenIsJudgedFromTheSmallerOfTheMinimumAndItsPermittedCalls() {
        // minimum 2 calls, 4 half-open calls: resilience4j judges the half-open window from 2 results on
        CircuitBreaker b = breaker(Breaker.Window.COUNT, 4, 2, 50, 100, 1000, 10_000, 4);
        call(b, false);
        call(b, false);
        assertEquals(State.OPEN, b.state());
        now += 10_000 * MS;
        call(b, true);
        assertEquals(State.HALF_OPEN, b.state());
        call(b, false); // 1 in 2: 50%
        assertEquals(State.OPEN, b.state(), "judged after 2 of its 4 calls");
    }

    private CircuitBreaker openedThenWaited() {
        CircuitBreaker b = countBreaker();
        for (int i = 0; i < 5; i++) {
            call(b, false);
        }
        now += 10_000 * MS;
        return b;
    }
}
