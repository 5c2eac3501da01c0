package dev.avalanche.models.config;

import dev.avalanche.engine.SimDuration;
import java.util.Optional;

/**
 * A circuit breaker with resilience4j's semantics ({@code CircuitBreakerConfig}). CLOSED, it
 * records each call's outcome in a sliding window of the last {@code windowSize} calls
 * ({@code COUNT}) or of the calls of the last {@code windowSize} seconds ({@code TIME}); once the
 * window holds at least {@code minimumCalls}, a failure rate or a slow-call rate at or above its
 * threshold opens it. OPEN, it refuses every call for {@code waitInOpen}; the first call after
 * that turns it HALF_OPEN, which lets {@code halfOpenCalls} calls through and judges them alone:
 * above a threshold it opens again, else it closes. The rules are in
 * {@link dev.avalanche.models.resilience.CircuitBreaker}.
 *
 * @param window how the window counts: the last N calls, or the last N seconds
 * @param windowSize N, >= 1
 * @param minimumCalls calls the window must hold before a rate is judged, >= 1 (capped at N for COUNT)
 * @param failureRate the failure rate in percent (0, 100] at which it opens
 * @param slowCallRate the rate of slow calls in percent (0, 100] at which it opens
 * @param slowCall a call that took longer than this is slow, > 0
 * @param waitInOpen how long it refuses calls once open, > 0
 * @param halfOpenCalls calls let through when half open, >= 1
 * @param fallback what a refused call gets: empty, an error at once; present, a fallback answer
 *     that costs the request this long (a cache read, a default)
 */
public record Breaker(Window window, int windowSize, int minimumCalls, double failureRate, double slowCallRate,
        SimDuration slowCall, SimDuration waitInOpen, int halfOpenCalls, Optional<SimDuration> fallback) {

    /** resilience4j's {@code SlidingWindowType}. */
    public enum Window {
        COUNT, TIME
    }

    /** resilience4j's defaults: 100 calls, 50% failures, slow calls never (100% beyond 60 s), 60 s open, 10 half-open calls. */
    public static final int DEFAULT_WINDOW_SIZE = 100;
    public static final double DEFAULT_FAILURE_RATE = 50;
    public static final double DEFAULT_SLOW_CALL_RATE = 100;
    public static final SimDuration DEFAULT_SLOW_CALL = SimDuration.ofSeconds(60);
    public static final SimDuration DEFAULT_WAIT_IN_OPEN = SimDuration.ofSeconds(60);
    public static final int DEFAULT_HALF_OPEN_CALLS = 10;

    public Breaker {
        Check.present("window", window);
        Check.atLeast("windowSize", windowSize, 1);
        Check.atLeast("minimumCalls", minimumCalls, 1);
        percent("failureRate", failureRate);
        percent("slowCallRate", slowCallRate);
        Check.positive("slowCall", slowCall);
        Check.positive("waitInOpen", waitInOpen);
        Check.atLeast("halfOpenCalls", halfOpenCalls, 1);
        fallback = fallback == null ? Optional.empty() : fallback;
        fallback.ifPresent(f -> Check.nonNegative("fallback", f));
    }

    private static void percent(String field, double value) {
        if (!(value > 0 && value <= 100)) {
            throw Check.invalid(field, value, "a percentage in (0, 100]");
        }
    }
}
