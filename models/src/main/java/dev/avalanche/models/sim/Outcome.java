package dev.avalanche.models.sim;

/**
 * What a user got from one request: exactly one of these, once. A request with none yet at the
 * end of the run is in flight.
 */
enum Outcome {
    /** A successful response while the user still waited. */
    GOODPUT,
    /** An error response (a third-party call failed or timed out) while the user still waited. */
    FAILED,
    /** The user lost patience first. */
    ABANDONED,
    /** The balancer gave up first (504). */
    TIMED_OUT,
    /** The connection was refused (502) or its SYN retransmissions ran out. */
    REJECTED,
    /** The server answered 503 at once: shed by queue time, or beyond its concurrency limit. */
    SHED,
    /** An error answer because an open circuit breaker refused a third-party call. */
    SHORT_CIRCUITED;

    /** Whether the user got an error answer its application may retry (not a good response, not its own leaving). */
    boolean retryable() {
        return this != GOODPUT && this != ABANDONED;
    }
}
