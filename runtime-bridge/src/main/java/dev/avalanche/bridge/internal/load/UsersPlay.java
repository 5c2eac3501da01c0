package dev.avalanche.bridge.internal.load;

import dev.avalanche.bridge.StopSignal;

/**
 * How the users of one run play, besides the scenario: when they stop, how they connect, and who
 * plays the balancer's timeout.
 *
 * @param deadlineWallNanos the wall instant (on the run's clock) by which everything stops
 * @param stop ends the traffic early
 * @param stopGraceNanos after a stop, how long the requests in flight may still take
 * @param connections keep-alive connections or one per request
 * @param timeout who answers at the scenario's balancer timeout
 * @param share which share of the users this process plays ({@link UsersShare#WHOLE} for all of them)
 */
public record UsersPlay(long deadlineWallNanos, StopSignal stop, long stopGraceNanos, Connections connections,
        BalancerTimeout timeout, UsersShare share) {

    /** All the users, in this process. */
    public UsersPlay(long deadlineWallNanos, StopSignal stop, long stopGraceNanos, Connections connections,
            BalancerTimeout timeout) {
        this(deadlineWallNanos, stop, stopGraceNanos, connections, timeout, UsersShare.WHOLE);
    }

    /** How the users connect. */
    public enum Connections {
        /** Connections kept alive between requests, as {@code wrk}; a closed loop's opened before the clock. */
        KEEP_ALIVE,
        /** A new connection per request, closed after its response, as {@code ab} without {@code -k}. */
        PER_REQUEST;

        /** {@code PER_REQUEST} when {@code newConnections}. */
        public static Connections of(boolean newConnections) {
            return newConnections ? PER_REQUEST : KEEP_ALIVE;
        }
    }

    /** Who answers when a request outlasts the scenario's balancer timeout. */
    public enum BalancerTimeout {
        /** A balancer of ours, in front of the built-in servers, answers 504. */
        BALANCER,
        /** The users give up themselves (a target, with no balancer of ours in front): timed out. */
        USERS;

        /** {@code USERS} when {@code usersTimeOut}. */
        public static BalancerTimeout of(boolean usersTimeOut) {
            return usersTimeOut ? USERS : BALANCER;
        }
    }
}
