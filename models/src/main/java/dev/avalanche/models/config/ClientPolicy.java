package dev.avalanche.models.config;

import java.util.Optional;

/**
 * What our client does around each call to one third party, in resilience4j's order:
 * {@code Retry(CircuitBreaker(Bulkhead(call)))}. Each worker process has its own breaker, bulkhead
 * and retry budget, as each process of a real deployment has its own client.
 *
 * <p>A retry follows a failed attempt (an error or our timeout, or a full bulkhead), never a call
 * the open breaker refused (resilience4j's {@code ignoreExceptions(CallNotPermittedException)}).
 * The breaker sees each attempt, a full bulkhead as a failure, and its duration from the
 * attempt's start, the wait for the bulkhead included.
 */
public record ClientPolicy(Optional<Retry> retry, Optional<Breaker> breaker, Optional<Bulkhead> bulkhead) {

    public static final ClientPolicy NONE = new ClientPolicy(Optional.empty(), Optional.empty(), Optional.empty());

    public ClientPolicy {
        retry = retry == null ? Optional.empty() : retry;
        breaker = breaker == null ? Optional.empty() : breaker;
        bulkhead = bulkhead == null ? Optional.empty() : bulkhead;
    }

    /** Whether the client does anything but the plain call. */
    public boolean any() {
        return retry.isPresent() || breaker.isPresent() || bulkhead.isPresent();
    }
}
