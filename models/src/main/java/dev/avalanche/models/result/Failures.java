package dev.avalanche.models.result;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Why requests failed, by class: the breakdown of {@link RequestCounts#failed()},
 * {@link RequestCounts#rejected()} and {@link RequestCounts#timedOut()}, each such request in
 * exactly one class. Which outcome a class counts under is this record's rule, for simulation and
 * live mode alike:
 * <ul>
 *   <li>rejected: {@code refused} (the connection was refused), {@code reset} (reset or closed before
 *       any byte of a reply), {@code connectTimeout} (the SYN retransmissions ran out), and HTTP
 *       {@value #REFUSED_STATUS} (a refusal answered by a balancer, or by the live server playing one);</li>
 *   <li>timed out: {@code readTimeout} (the users' own timer ran out before a whole reply, played
 *       against a target) and HTTP {@value #TIMED_OUT_STATUS} (the balancer's timeout);</li>
 *   <li>failed: {@code protocol} (a reply that is not HTTP/1.x, or a response cut before its end)
 *       and every other HTTP status that is not 2xx.</li>
 * </ul>
 *
 * @param http requests per HTTP status code (never 2xx), in code order
 */
public record Failures(long refused, long reset, long connectTimeout, long readTimeout, long protocol,
        SortedMap<Integer, Long> http) {

    /** The status of a refused request: a balancer's "bad gateway" for a connection its server refused. */
    public static final int REFUSED_STATUS = 502;
    /** The status of a request the balancer gave up on: "gateway timeout". */
    public static final int TIMED_OUT_STATUS = 504;
    /** The status the app answers when a third-party call failed or timed out. */
    public static final int FAILED_STATUS = 500;

    /** No failures. */
    public static final Failures NONE = new Failures(0, 0, 0, 0, 0, new TreeMap<>());

    /** @throws IllegalArgumentException when a count is negative or a status is not a 1xx-5xx non-2xx code */
    public Failures {
        http = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(http));
        for (long n : new long[] {refused, reset, connectTimeout, readTimeout, protocol}) {
            if (n < 0) {
                throw new IllegalArgumentException("a failure count: got " + n + "; allowed >= 0");
            }
        }
        for (Map.Entry<Integer, Long> e : http.entrySet()) {
            int s = e.getKey();
            if (s < 100 || s > 599 || s / 100 == 2 || e.getValue() < 0) {
                throw new IllegalArgumentException("http." + s + ": got " + e.getValue()
                        + "; allowed a count >= 0 of a status 100-599 that is not 2xx");
            }
        }
    }

    /**
     * What the simulator reports for its outcomes: a refused connection as {@code reset} when the
     * servers reset on a full accept queue ({@code refusedByReset}), else as {@code connectTimeout}
     * (the SYN retransmissions ran out); a balancer's timeout as HTTP 504; a failed or timed-out
     * third-party call as the app's HTTP 500. (The built-in live server plays a refusal of either
     * kind as an immediate 502 answer, so live runs show them under HTTP 502.)
     */
    public static Failures simulated(long failed, long rejected, long timedOut, boolean refusedByReset) {
        return new Failures(0, refusedByReset ? rejected : 0, refusedByReset ? 0 : rejected, 0, 0,
                statuses(failed, 0, timedOut));
    }

    /**
     * The breakdown as the built-in live deployment answers the outcomes: a failed call HTTP 500, a
     * refusal 502, the balancer's timeout 504.
     */
    public static Failures answered(long failed, long rejected, long timedOut) {
        return new Failures(0, 0, 0, 0, 0, statuses(failed, rejected, timedOut));
    }

    private static SortedMap<Integer, Long> statuses(long failed, long rejected, long timedOut) {
        SortedMap<Integer, Long> m = new TreeMap<>();
        putIfAny(m, FAILED_STATUS, failed);
        putIfAny(m, REFUSED_STATUS, rejected);
        putIfAny(m, TIMED_OUT_STATUS, timedOut);
        return m;
    }

    private static void putIfAny(SortedMap<Integer, Long> m, int status, long n) {
        if (n != 0) {
            m.put(status, n);
        }
    }

    /** Requests in a class that counts as rejected. */
    public long rejected() {
        return refused + reset + connectTimeout + http.getOrDefault(REFUSED_STATUS, 0L);
    }

    /** Requests in a class that counts as timed out. */
    public long timedOut() {
        return readTimeout + http.getOrDefault(TIMED_OUT_STATUS, 0L);
    }

    /** Requests in a class that counts as failed. */
    public long failed() {
        return protocol + http.values().stream().mapToLong(Long::longValue).sum() - http.getOrDefault(REFUSED_STATUS, 0L)
                - http.getOrDefault(TIMED_OUT_STATUS, 0L);
    }

    /** Every request in the breakdown. */
    public long total() {
        return rejected() + timedOut() + failed();
    }

    /** The class-by-class sum of this and {@code o} (for totals over replications). */
    public Failures plus(Failures o) {
        SortedMap<Integer, Long> m = new TreeMap<>(http);
        o.http.forEach((k, v) -> m.merge(k, v, Long::sum));
        return new Failures(refused + o.refused, reset + o.reset, connectTimeout + o.connectTimeout,
                readTimeout + o.readTimeout, protocol + o.protocol, m);
    }
}
