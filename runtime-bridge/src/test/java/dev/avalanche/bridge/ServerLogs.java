package dev.avalanche.bridge;

import dev.avalanche.bridge.internal.server.ServerLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the tests read in a run's {@link ServerLog}: the order of its events, whatever the machine's
 * speed, rather than how long they took. Instants are wall nanoseconds on the run's clock.
 */
final class ServerLogs {

    /** Room for every request a test run may send. */
    static final int CAPACITY = 5_000;

    private ServerLogs() {
    }

    /** Whether a worker worked on {@code id} to its end (not discarded, not still at it). */
    static boolean served(ServerLog log, int id) {
        ServerLog.Stage s = log.stage(id);
        return s == ServerLog.Stage.SUCCEEDED || s == ServerLog.Stage.FAILED;
    }

    /** The ids of the requests a worker worked on to their end. */
    static IntStream servedIds(ServerLog log) {
        return IntStream.range(0, CAPACITY).filter(id -> served(log, id));
    }

    /** The instants workers started the served requests, earliest first. */
    static long[] startsInOrder(ServerLog log) {
        return servedIds(log).mapToLong(log::startedNanos).sorted().toArray();
    }

    /** The earliest instant a served request reached the server. */
    static long firstReceived(ServerLog log) {
        return servedIds(log).mapToLong(log::receivedNanos).min().orElseThrow();
    }

    /** The latest instant a worker finished a request. */
    static long lastEnded(ServerLog log) {
        return servedIds(log).mapToLong(log::endedNanos).max().orElseThrow();
    }

    /** The most requests workers were working on at once: started, not yet ended. */
    static int mostAtOnce(ServerLog log) {
        List<long[]> edges = new ArrayList<>();
        servedIds(log).forEach(id -> {
            edges.add(new long[] {log.startedNanos(id), 1});
            edges.add(new long[] {log.endedNanos(id), -1});
        });
        // At equal instants an end comes first: a request that ends as another starts did not overlap it.
        long[][] sorted = edges.toArray(long[][]::new);
        Arrays.sort(sorted, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int now = 0;
        int most = 0;
        for (long[] e : sorted) {
            now += (int) e[1];
            most = Math.max(most, now);
        }
        return most;
    }
}
