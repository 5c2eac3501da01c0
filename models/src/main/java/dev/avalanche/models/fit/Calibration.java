package dev.avalanche.models.fit;

import java.util.List;
import java.util.Optional;

/**
 * What a calibration of a running service found, with how each figure was measured.
 *
 * @param target the service probed (a URL, for the comments)
 * @param limit the concurrency limit and how it was found
 * @param steps the closed loop's steps, in order
 * @param serviceTime the service time at low load, fitted
 * @param cpu the CPU per request of the service's processes, when their ids were given
 * @param listenQueue what a full listen queue did
 * @param elapsedSeconds how long the probe took (wall)
 * @param requestTimeoutSeconds the probe's bound on one request (seconds)
 * @param notes anything the probe noticed that a reader should know (failed requests, caps reached)
 */
public record Calibration(String target, ConcurrencyLimit limit, List<ConcurrencyLimit.Step> steps, ServiceTimeFit serviceTime,
        Optional<Cpu> cpu, ListenQueue listenQueue, double elapsedSeconds, double requestTimeoutSeconds, List<String> notes) {

    public Calibration {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    /**
     * CPU per request, from the processes' user + system time over the closed loop's requests.
     *
     * @param perRequestSeconds CPU seconds per successful request
     * @param halfWidthSeconds the reading's resolution spread over the requests: one clock tick per
     *     process read, twice (before and after), divided by the requests
     * @param requests the requests it is divided by
     * @param processes how many processes (the given ids and their descendants) were read
     * @param pids the ids given
     */
    public record Cpu(double perRequestSeconds, double halfWidthSeconds, long requests, int processes, List<Long> pids) {

        public Cpu {
            pids = List.copyOf(pids);
        }
    }

    /**
     * Idle connections opened one after another beyond the concurrency limit.
     *
     * @param attempted connections tried
     * @param beforeOverflow connections whose handshake completed before the first that did not
     * @param connected connections whose handshake completed in time
     * @param refused connections refused or reset
     * @param dropped connections with no answer to the SYN within the connect timeout
     * @param closedByServer of the connected, those the server closed meanwhile (an idle timeout: its worker is free again)
     * @param connectTimeoutSeconds the connect timeout
     * @param hostAbortOnOverflow this host's {@code tcp_abort_on_overflow} when the target is on it (1: refuse, 0: drop)
     * @param kernelBacklog the listening socket's backlog as this host's kernel holds it, when the target is on it
     */
    public record ListenQueue(int attempted, int beforeOverflow, int connected, int refused, int dropped, int closedByServer,
            double connectTimeoutSeconds,
            Optional<Integer> hostAbortOnOverflow, Optional<Integer> kernelBacklog) {

        /** Whether any connection met a full queue. */
        public boolean overflowed() {
            return refused + dropped > 0;
        }

        /** {@code "reset"} when the queue refused more than it dropped, else {@code "drop"} (Linux's default). */
        public String overflow() {
            if (overflowed()) {
                return refused > dropped ? "reset" : "drop";
            }
            return hostAbortOnOverflow.map(a -> a == 1 ? "reset" : "drop").orElse("drop");
        }

        /**
         * The listen backlog: the kernel's when known; else the connections that completed their handshake before the first
         * overflow, beyond one held by each of the {@code limit} workers, less Linux's one extra (an
         * accept queue holds backlog + 1); when nothing overflowed, the connections held (a lower bound).
         */
        public int backlog(int limit) {
            if (kernelBacklog.isPresent()) {
                return Math.max(1, kernelBacklog.get());
            }
            if (!overflowed()) {
                return Math.max(1, connected);
            }
            return Math.max(1, beforeOverflow - limit - 1);
        }
    }
}
