package dev.avalanche.benchmarks.mmc;

import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;
import java.util.Arrays;

/**
 * The M/M/c model without its calendar: random draws, the waiting line, the idle servers and the
 * tallies. Each implementation adds only the way it schedules and fires events, so the side-by-side
 * comparison measures calendars, not three different models.
 *
 * <p>Draw order is fixed by the model, not by the calendar: the arrival stream is drawn once per
 * arrival and the service stream once per start of service, and with a first-come first-served line
 * services start in arrival order. Implementations that fire events in the same (time, insertion)
 * order therefore see the same sample path.
 *
 * <p>Not thread-safe; one per run.
 */
final class MmcBookkeeping {

    /** Returned by {@link #arrive} when the customer joined the line. */
    static final int QUEUED = -1;

    /** The stream names every implementation uses, so that all draw the same numbers. */
    static final String ARRIVAL_STREAM = "mmc.arrivals";
    static final String SERVICE_STREAM = "mmc.service";

    private final RandomStream arrivals;
    private final RandomStream service;
    private final double meanInterarrivalNanos;
    private final double meanServiceNanos;
    private final long customers;
    private final int[] idleServers;
    private int idleCount;
    /** Arrival instants (ns) of the customers in line, a ring buffer that doubles when full. */
    private long[] line = new long[1024];
    private int head;
    private int lineLength;
    private long arrived;
    private long waited;
    private long totalWaitNanos;

    MmcBookkeeping(MmcConfig config) {
        RandomStreams streams = new RandomStreams(config.seed());
        this.arrivals = streams.stream(ARRIVAL_STREAM);
        this.service = streams.stream(SERVICE_STREAM);
        this.meanInterarrivalNanos = 1e9 / config.arrivalsPerSecond();
        this.meanServiceNanos = config.meanServiceSeconds() * 1e9;
        this.customers = config.customers();
        this.idleServers = new int[config.servers()];
        // Highest index on top of the stack, so server 0 is taken first; a convention all share.
        for (int s = 0; s < idleServers.length; s++) {
            idleServers[s] = idleServers.length - 1 - s;
        }
        this.idleCount = idleServers.length;
    }

    /** Time to the next arrival, in nanoseconds (one draw of the arrival stream). */
    long interarrivalNanos() {
        return Math.round(arrivals.nextExponential() * meanInterarrivalNanos);
    }

    /** A service time, in nanoseconds (one draw of the service stream). */
    long serviceNanos() {
        return Math.round(service.nextExponential() * meanServiceNanos);
    }

    /**
     * Records an arrival at {@code nowNanos}.
     *
     * @return the index of the server that starts serving the customer now (the caller schedules its
     *     departure), or {@link #QUEUED} when every server is busy
     */
    int arrive(long nowNanos) {
        arrived++;
        if (idleCount > 0) {
            return idleServers[--idleCount];
        }
        waited++;
        if (lineLength == line.length) {
            growLine();
        }
        line[(head + lineLength++) & (line.length - 1)] = nowNanos;
        return QUEUED;
    }

    /** Whether the arrival just recorded should schedule another: false once every customer has arrived. */
    boolean moreToArrive() {
        return arrived < customers;
    }

    /**
     * Records the end of a service on {@code server} at {@code nowNanos}.
     *
     * @return true when the server took the next customer from the line (the caller schedules its
     *     departure again), false when it fell idle
     */
    boolean depart(int server, long nowNanos) {
        if (lineLength == 0) {
            idleServers[idleCount++] = server;
            return false;
        }
        totalWaitNanos += nowNanos - line[head];
        head = (head + 1) & (line.length - 1);
        lineLength--;
        return true;
    }

    MmcOutcome outcome(long endNanos) {
        return new MmcOutcome(arrived, waited, totalWaitNanos, endNanos);
    }

    private void growLine() {
        long[] bigger = Arrays.copyOf(line, line.length * 2);
        // The wrapped part [0, head) now belongs after the old end.
        System.arraycopy(line, 0, bigger, line.length, head);
        line = bigger;
    }
}
