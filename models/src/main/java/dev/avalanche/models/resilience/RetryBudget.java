package dev.avalanche.models.resilience;

import dev.avalanche.models.config.Retry;
import java.util.ArrayDeque;

/**
 * A retry budget as Finagle's {@code RetryBudget}: within the last {@code window} (a sliding span
 * ending now), retries may number at most {@code minRetries + ratio ×} the first attempts. A
 * retry the budget refuses is not made: the attempt's failure stands. Single-threaded.
 */
public final class RetryBudget {

    private final Retry.Budget config;
    private final ArrayDeque<Long> calls = new ArrayDeque<>();
    private final ArrayDeque<Long> retries = new ArrayDeque<>();

    public RetryBudget(Retry.Budget config) {
        this.config = config;
    }

    /** A first attempt was made at {@code now} (nanoseconds). */
    public void deposit(long now) {
        calls.addLast(now);
        evict(now);
    }

    /** Whether a retry may be made at {@code now}; if so, it is counted. */
    public boolean tryWithdraw(long now) {
        evict(now);
        if (retries.size() + 1 > config.minRetries() + config.ratio() * calls.size()) {
            return false;
        }
        retries.addLast(now);
        return true;
    }

    /** Retries counted in the window ending at {@code now}. */
    public int retriesInWindow(long now) {
        evict(now);
        return retries.size();
    }

    /** First attempts counted in the window ending at {@code now}. */
    public int callsInWindow(long now) {
        evict(now);
        return calls.size();
    }

    private void evict(long now) {
        long from = now - config.window().nanos();
        while (!calls.isEmpty() && calls.peekFirst() <= from) {
            calls.pollFirst();
        }
        while (!retries.isEmpty() && retries.peekFirst() <= from) {
            retries.pollFirst();
        }
    }
}
