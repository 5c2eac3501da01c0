package dev.avalanche.bridge;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a live run is bounded, paced and aimed. Live runs spend real time, so every run stops by
 * itself: after the scenario's {@code duration + drain} (divided by the time scale), after
 * {@code wallTimeCap}, or when {@code maxRequests} requests were sent, whichever comes first; or
 * earlier, when {@code stop} is stopped.
 *
 * @param timeScale K: scenario latencies and durations are divided by K and rates multiplied by K
 *     on the wire, and every figure of the result is converted back to scenario time (wall x K). K = 1
 *     replays the scenario in real time; K = 10 plays a 60 s scenario in 6 s. The fixed real costs
 *     (HTTP on loopback, thread wake-ups, roughly 0.1 to 1 ms) are multiplied by K in the result too.
 * @param wallTimeCap the longest the traffic may run in wall time; a run cut by it is incomplete
 * @param maxRequests the most requests (first sends and refreshes) the load generator sends; the
 *     per-request logs are allocated for this many up front (about 60 bytes each) and the summary
 *     replays about 8 events per request sent (20 bytes each)
 * @param target an external server to load instead of the built-in app server; empty for the built-in one
 * @param users where the users run (this JVM or a child JVM)
 * @param stop ends the run early when stopped from another thread (see {@link StopSignal})
 * @param newConnections users open a connection per request (see {@link #withNewConnections})
 * @param servers where the built-in app servers run (this JVM, or each in a JVM of its own)
 */
public record LiveOptions(double timeScale, Duration wallTimeCap, long maxRequests, Optional<LiveTarget> target,
        UserSide users, StopSignal stop, boolean newConnections, ServerSide servers) {

    /** The most requests one run may send: the per-request logs are preallocated. */
    public static final long MAX_REQUESTS = 1_000_000;
    /** The longest wall-time cap accepted. */
    public static final Duration MAX_WALL_TIME = Duration.ofHours(1);

    /** Users in this JVM, the built-in app server, a stop signal of its own. */
    public LiveOptions(double timeScale, Duration wallTimeCap, long maxRequests) {
        this(timeScale, wallTimeCap, maxRequests, Optional.empty(), new UserSide.ThisJvm(), new StopSignal(), false,
                new ServerSide.ThisJvm());
    }

    /** @throws IllegalArgumentException naming the field, the value and the rule when one is out of range */
    public LiveOptions {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(servers, "servers");
        if (!(timeScale > 0) || Double.isInfinite(timeScale) || timeScale > 1000) {
            throw new IllegalArgumentException("timeScale: got " + timeScale + "; allowed a number in (0, 1000]");
        }
        if (wallTimeCap == null || wallTimeCap.isNegative() || wallTimeCap.isZero()
                || wallTimeCap.compareTo(MAX_WALL_TIME) > 0) {
            throw new IllegalArgumentException("wallTimeCap: got " + wallTimeCap + "; allowed a duration in (0, "
                    + MAX_WALL_TIME + "]");
        }
        if (maxRequests < 1 || maxRequests > MAX_REQUESTS) {
            throw new IllegalArgumentException("maxRequests: got " + maxRequests + "; allowed an integer in [1, "
                    + MAX_REQUESTS + "]");
        }
    }

    /** Real time (K = 1), at most 60 s of wall time and 100 000 requests, users in this JVM, the built-in server. */
    public static LiveOptions defaults() {
        return new LiveOptions(1, Duration.ofSeconds(60), 100_000);
    }

    public LiveOptions withTimeScale(double k) {
        return new LiveOptions(k, wallTimeCap, maxRequests, target, users, stop, newConnections, servers);
    }

    public LiveOptions withWallTimeCap(Duration cap) {
        return new LiveOptions(timeScale, cap, maxRequests, target, users, stop, newConnections, servers);
    }

    public LiveOptions withMaxRequests(long max) {
        return new LiveOptions(timeScale, wallTimeCap, max, target, users, stop, newConnections, servers);
    }

    public LiveOptions withTarget(Optional<LiveTarget> t) {
        return new LiveOptions(timeScale, wallTimeCap, maxRequests, t, users, stop, newConnections, servers);
    }

    public LiveOptions withUsers(UserSide side) {
        return new LiveOptions(timeScale, wallTimeCap, maxRequests, target, side, stop, newConnections, servers);
    }

    /**
     * Users who open a new connection for every request and close it after the response, as {@code ab}
     * does without {@code -k} (the model's view: every request goes through the listen queue), rather
     * than keeping their connections alive as {@code wrk} does.
     */
    public LiveOptions withNewConnections(boolean fresh) {
        return new LiveOptions(timeScale, wallTimeCap, maxRequests, target, users, stop, fresh, servers);
    }

    /** The built-in app servers in this JVM, or each in a JVM of its own. */
    public LiveOptions withServers(ServerSide side) {
        return new LiveOptions(timeScale, wallTimeCap, maxRequests, target, users, stop, newConnections, side);
    }

    public LiveOptions withStop(StopSignal signal) {
        return new LiveOptions(timeScale, wallTimeCap, maxRequests, target, users, signal, newConnections, servers);
    }
}
