package dev.avalanche.bridge.internal.load;

import dev.avalanche.models.result.Failures;

/**
 * Why a request got no good response, as its user saw it: the classes of {@link Failures}, which
 * also says the outcome each counts under.
 */
public enum FailureClass {
    /** The connection was refused (nothing listening, or the kernel answered the SYN with a reset). */
    REFUSED,
    /** The connection was reset or closed before any byte of a reply came. */
    RESET,
    /** The connection could not be opened in time (the kernel's SYN retransmissions ran out). */
    CONNECT_TIMEOUT,
    /** The users' own timer ran out before a whole reply came (the balancer's timeout, played against a target). */
    READ_TIMEOUT,
    /** A reply that is not HTTP/1.x, or a response cut before its end. */
    PROTOCOL,
    /** An HTTP response whose status is not 2xx; the status says which. */
    HTTP
}
