package dev.avalanche.models.config;

import dev.avalanche.engine.SimDuration;

/**
 * A cap on concurrent calls to one third party, as resilience4j's semaphore {@code Bulkhead}: a
 * call beyond {@code maxConcurrent} waits in FIFO order (a fair semaphore) for up to
 * {@code maxWait}, then fails; {@code maxWait} 0 fails it at once.
 *
 * @param maxConcurrent calls in progress at once, >= 1
 * @param maxWait the longest a call waits for a place, >= 0
 */
public record Bulkhead(int maxConcurrent, SimDuration maxWait) {

    public Bulkhead {
        Check.atLeast("maxConcurrent", maxConcurrent, 1);
        Check.nonNegative("maxWait", maxWait);
    }
}
