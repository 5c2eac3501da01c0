package dev.avalanche.bridge.internal;

/**
 * How a request ended for its user, by class: a 2xx response ({@code GOODPUT}), a 500 or other
 * error response ({@code FAILED}), the user's patience ran out and the request was cancelled
 * ({@code ABANDONED}), the balancer's timeout ran out (a 504, or the users' own timer against a
 * target: {@code TIMED_OUT}), the server refused the request (502) or its connection was refused,
 * reset or closed before a response ({@code REJECTED});
 * {@code IN_FLIGHT} while waiting and for requests still waiting when the run stopped.
 */
public enum ClientOutcome {
    IN_FLIGHT, GOODPUT, FAILED, ABANDONED, TIMED_OUT, REJECTED
}
