package dev.avalanche.bridge.probe;

import dev.avalanche.bridge.LiveTarget;
import java.time.Duration;
import java.util.List;

/**
 * How far a calibration may go.
 *
 * @param target the service, already checked (loopback unless allowed)
 * @param pids the ids of the service's processes whose CPU (with their descendants') is read; empty: CPU not measured
 * @param maxTime the whole probe's wall-time bound (1 s to 1 h)
 * @param maxConcurrency the closed loop's highest concurrency and the burst's size cap (1 to 10,000)
 * @param maxConnections the idle connections the listen-queue probe may open (0 to skip it, at most 100,000)
 * @param requestTimeout one request's bound (a request past it counts as failed)
 */
public record ProbeOptions(LiveTarget target, List<Long> pids, Duration maxTime, int maxConcurrency, int maxConnections,
        Duration requestTimeout) {

    /** The default bound of the whole probe: under five minutes. */
    public static final Duration DEFAULT_MAX_TIME = Duration.ofSeconds(270);

    /**
     * @throws IllegalArgumentException naming the field, the value and the range when one is out of range
     */
    public ProbeOptions {
        pids = List.copyOf(pids);
        if (maxTime.compareTo(Duration.ofSeconds(1)) < 0 || maxTime.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("maxTime: got " + maxTime.toMillis() / 1e3 + " s; allowed 1 s to 1 h");
        }
        if (maxConcurrency < 1 || maxConcurrency > 10_000) {
            throw new IllegalArgumentException("maxConcurrency: got " + maxConcurrency + "; allowed 1 to 10000");
        }
        if (maxConnections < 0 || maxConnections > 100_000) {
            throw new IllegalArgumentException("maxConnections: got " + maxConnections + "; allowed 0 to 100000");
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout: got " + requestTimeout + "; allowed > 0");
        }
        for (long pid : pids) {
            if (pid < 1) {
                throw new IllegalArgumentException("pid: got " + pid + "; allowed a process id >= 1");
            }
        }
    }

    /** Defaults for {@code target}: under five minutes, concurrency up to 1024, 1100 idle connections, 30 s per request. */
    public static ProbeOptions defaults(LiveTarget target) {
        return new ProbeOptions(target, List.of(), DEFAULT_MAX_TIME, 1024, 1100, Duration.ofSeconds(30));
    }

    public ProbeOptions withPids(List<Long> ids) {
        return new ProbeOptions(target, ids, maxTime, maxConcurrency, maxConnections, requestTimeout);
    }

    public ProbeOptions withMaxTime(Duration d) {
        return new ProbeOptions(target, pids, d, maxConcurrency, maxConnections, requestTimeout);
    }

    public ProbeOptions withMaxConcurrency(int n) {
        return new ProbeOptions(target, pids, maxTime, n, maxConnections, requestTimeout);
    }

    public ProbeOptions withMaxConnections(int n) {
        return new ProbeOptions(target, pids, maxTime, maxConcurrency, n, requestTimeout);
    }
}
