package dev.avalanche.models.resilience;

import dev.avalanche.models.config.Breaker;
import java.util.function.LongSupplier;

/**
 * resilience4j's {@code CircuitBreakerStateMachine}, read from its documentation and source:
 *
 * <ul>
 *   <li>CLOSED: every call is permitted; each result goes into the sliding window and, once the
 *       window holds {@code minimumCalls} (for a count window, at most its size), a failure rate
 *       {@code >=} its threshold or a slow-call rate {@code >=} its threshold opens the breaker;
 *   <li>OPEN: calls are refused until {@code waitInOpen} has passed since it opened; the first
 *       call after that turns it HALF_OPEN (resilience4j's default, without the automatic
 *       transition) and is permitted;
 *   <li>HALF_OPEN: {@code halfOpenCalls} calls are permitted in all, further ones refused; results
 *       go into a fresh count window of that size, judged once it holds {@code min(minimumCalls,
 *       halfOpenCalls)} results: a rate at or above a threshold opens the breaker again, else it
 *       closes (with a fresh window).
 * </ul>
 *
 * A call is slow when it took strictly longer than {@code slowCall}; a failed call can be slow
 * too. Results that arrive while OPEN (calls permitted before it opened) are recorded in the
 * window it will discard. Single-threaded.
 */
public final class CircuitBreaker {

    /** The three states (resilience4j's DISABLED, FORCED_OPEN and METRICS_ONLY are not modelled). */
    public enum State {
        CLOSED, OPEN, HALF_OPEN
    }

    /** Told of every change of state, at the instant it happens. */
    @FunctionalInterface
    public interface Transitions {
        void changed(State from, State to);
    }

    private final Breaker config;
    private final LongSupplier clock;
    private final Transitions transitions;
    private State state = State.CLOSED;
    private Window window;
    private long openedAt;
    private int halfOpenPermits;

    /** A breaker reading the time from {@code clock} (nanoseconds), telling {@code transitions} of each change. */
    public CircuitBreaker(Breaker config, LongSupplier clock, Transitions transitions) {
        this.config = config;
        this.clock = clock;
        this.transitions = transitions;
        this.window = closedWindow();
    }

    public State state() {
        return state;
    }

    /**
     * Whether a call may go ahead now (resilience4j's {@code tryAcquirePermission}); a permitted
     * call must report its result through {@link #onResult}.
     */
    public boolean tryAcquirePermission() {
        switch (state) {
            case CLOSED -> {
                return true;
            }
            case OPEN -> {
                if (clock.getAsLong() - openedAt < config.waitInOpen().nanos()) {
                    return false;
                }
                toHalfOpen();
                return tryAcquirePermission();
            }
            case HALF_OPEN -> {
                if (halfOpenPermits > 0) {
                    halfOpenPermits--;
                    return true;
                }
                return false;
            }
        }
        throw new IllegalStateException(state.name());
    }

    /** Records the result of a permitted call that took {@code durationNanos}. */
    public void onResult(long durationNanos, boolean success) {
        window.record(clock.getAsLong(), !success, durationNanos > config.slowCall().nanos());
        if (state == State.OPEN || !window.judgeable(clock.getAsLong())) {
            return;
        }
        boolean above = window.failureRate(clock.getAsLong()) >= config.failureRate()
                || window.slowRate(clock.getAsLong()) >= config.slowCallRate();
        if (above) {
            toOpen();
        } else if (state == State.HALF_OPEN) {
            move(State.CLOSED);
            window = closedWindow();
        }
    }

    private void toOpen() {
        openedAt = clock.getAsLong();
        move(State.OPEN);
    }

    private void toHalfOpen() {
        halfOpenPermits = config.halfOpenCalls();
        // resilience4j's CircuitBreakerMetrics.forHalfOpen: a count window of the permitted calls,
        // judged from min(minimumCalls, permitted) results on (found by CircuitBreakerAgainstResilience4jTest).
        window = new CountWindow(config.halfOpenCalls(), Math.min(config.minimumCalls(), config.halfOpenCalls()));
        move(State.HALF_OPEN);
    }

    private void move(State to) {
        State from = state;
        state = to;
        transitions.changed(from, to);
    }

    private Window closedWindow() {
        return switch (config.window()) {
            case COUNT -> new CountWindow(config.windowSize(), Math.min(config.minimumCalls(), config.windowSize()));
            case TIME -> new TimeWindow(config.windowSize(), config.minimumCalls());
        };
    }

    /** A sliding window of call results. */
    private abstract static class Window {
        final int minimumCalls;

        Window(int minimumCalls) {
            this.minimumCalls = minimumCalls;
        }

        abstract void record(long now, boolean failed, boolean slow);

        abstract long[] totals(long now);

        boolean judgeable(long now) {
            long calls = totals(now)[0];
            return calls > 0 && calls >= minimumCalls;
        }

        double failureRate(long now) {
            long[] t = totals(now);
            return t[1] * 100.0 / t[0];
        }

        double slowRate(long now) {
            long[] t = totals(now);
            return t[2] * 100.0 / t[0];
        }
    }

    /** The last {@code size} results (resilience4j's {@code FixedSizeSlidingWindowMetrics}). */
    private static final class CountWindow extends Window {
        private final byte[] ring;
        private int next;
        private long calls;
        private long failed;
        private long slow;

        CountWindow(int size, int minimumCalls) {
            super(minimumCalls);
            ring = new byte[size];
        }

        @Override
        void record(long now, boolean isFailed, boolean isSlow) {
            if (calls == ring.length) {
                byte old = ring[next];
                failed -= old & 1;
                slow -= (old >> 1) & 1;
            } else {
                calls++;
            }
            ring[next] = (byte) ((isFailed ? 1 : 0) | (isSlow ? 2 : 0));
            failed += isFailed ? 1 : 0;
            slow += isSlow ? 1 : 0;
            next = (next + 1) % ring.length;
        }

        @Override
        long[] totals(long now) {
            return new long[] {calls, failed, slow};
        }
    }

    /**
     * The results of the last {@code seconds} whole seconds of the clock, the current one included
     * (resilience4j's {@code SlidingTimeWindowMetrics}: one bucket per epoch second).
     */
    private static final class TimeWindow extends Window {
        private static final long SECOND = 1_000_000_000L;
        private final long[] second;
        private final long[] calls;
        private final long[] failed;
        private final long[] slow;

        TimeWindow(int seconds, int minimumCalls) {
            super(minimumCalls);
            second = new long[seconds];
            java.util.Arrays.fill(second, Long.MIN_VALUE);
            calls = new long[seconds];
            failed = new long[seconds];
            slow = new long[seconds];
        }

        @Override
        void record(long now, boolean isFailed, boolean isSlow) {
            long s = Math.floorDiv(now, SECOND);
            int i = (int) Math.floorMod(s, (long) second.length);
            if (second[i] != s) {
                second[i] = s;
                calls[i] = 0;
                failed[i] = 0;
                slow[i] = 0;
            }
            calls[i]++;
            failed[i] += isFailed ? 1 : 0;
            slow[i] += isSlow ? 1 : 0;
        }

        @Override
        long[] totals(long now) {
            long s = Math.floorDiv(now, SECOND);
            long[] t = new long[3];
            for (int i = 0; i < second.length; i++) {
                if (second[i] != Long.MIN_VALUE && second[i] > s - second.length && second[i] <= s) {
                    t[0] += calls[i];
                    t[1] += failed[i];
                    t[2] += slow[i];
                }
            }
            return t;
        }
    }
}
