package dev.avalanche.bridge.internal.load;

/**
 * How a request ended for its user: a 2xx response ({@code GOODPUT}); an error response, or a reply
 * that is not HTTP or was cut before its end ({@code FAILED}); the user's patience ran out and the
 * request was cancelled ({@code ABANDONED}); the balancer's timeout ran out (a 504, or the users'
 * own timer against a target: {@code TIMED_OUT}); the server refused the request (502) or its
 * connection was refused, reset or closed before any reply, or could not be opened
 * ({@code REJECTED}); {@code IN_FLIGHT} while waiting and for requests still waiting when the run
 * stopped. A failure's class ({@link FailureClass}) says which of these it was; the classes and the
 * outcome each counts under are {@link dev.avalanche.models.result.Failures}'.
 */
public enum ClientOutcome {
    IN_FLIGHT, GOODPUT, FAILED, ABANDONED, TIMED_OUT, REJECTED
}
