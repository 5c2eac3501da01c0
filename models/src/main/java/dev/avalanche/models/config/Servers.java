package dev.avalanche.models.config;

import dev.avalanche.engine.SimDuration;
import java.util.Optional;

/**
 * The application hosts: {@code count} identical servers, each with {@code cores} CPU cores and
 * {@code processes} worker processes sharing one listen socket.
 *
 * @param backlog the listen socket's accept queue: connections waiting for a worker
 * @param overflow what happens to a connection when that queue is full
 * @param accept time a process spends accepting one connection, one at a time per process (this
 *     is what lets a burst of connections overflow the backlog)
 * @param overhead CPU time each request costs its worker besides the request's own CPU burst (parsing)
 * @param discard time a worker takes to throw away a request whose user left while it waited in the backlog
 * @param abandoned what a worker does with such a request: discard it (as a server that notices
 *     the closed connection does) or serve it in full (as one that reads the request anyway and
 *     only fails when it writes the response: the JDK's HttpServer, uWSGI behind a closed socket)
 * @param front a router or proxy on each server's host in front of its workers; empty: clients
 *     connect to the workers' socket
 * @param tcp the kernel's handshake rules for every listen socket on the hosts
 * @param deferAccept whether the listen sockets set TCP_DEFER_ACCEPT (uWSGI does, by default): a
 *     connection completes with the client's first data, not its bare ACK
 * @param protection load shedding by queue time and an adaptive concurrency limit ({@link ServerPolicy#NONE}: neither)
 */
public record Servers(int count, int cores, int processes, Workers workers, int backlog, Overflow overflow,
        SimDuration accept, SimDuration overhead, SimDuration discard, Abandoned abandoned, Optional<Front> front,
        LinuxTcp tcp, boolean deferAccept, ServerPolicy protection) {

    /** Servers that neither shed load nor limit their concurrency. */
    public Servers(int count, int cores, int processes, Workers workers, int backlog, Overflow overflow,
            SimDuration accept, SimDuration overhead, SimDuration discard, Abandoned abandoned, Optional<Front> front,
            LinuxTcp tcp, boolean deferAccept) {
        this(count, cores, processes, workers, backlog, overflow, accept, overhead, discard, abandoned, front, tcp,
                deferAccept, ServerPolicy.NONE);
    }

    /** What happens to a request whose user left while it waited in the backlog. */
    public enum Abandoned {
        DISCARD, SERVE
    }

    /** Servers that discard abandoned requests (the default). */
    public Servers(int count, int cores, int processes, Workers workers, int backlog, Overflow overflow,
            SimDuration accept, SimDuration overhead, SimDuration discard) {
        this(count, cores, processes, workers, backlog, overflow, accept, overhead, discard, Abandoned.DISCARD);
    }

    /** Servers without a front router, on a default Linux, without TCP_DEFER_ACCEPT. */
    public Servers(int count, int cores, int processes, Workers workers, int backlog, Overflow overflow,
            SimDuration accept, SimDuration overhead, SimDuration discard, Abandoned abandoned) {
        this(count, cores, processes, workers, backlog, overflow, accept, overhead, discard, abandoned, Optional.empty(),
                LinuxTcp.DEFAULTS, false);
    }

    /**
     * {@code DROP}: Linux's way: a SYN or handshake that finds the accept queue full is dropped and
     * the client retransmits it later ({@link LinuxTcp}). {@code RESET}: the connection is
     * refused at once (the balancer answers 502).
     */
    public enum Overflow {
        DROP, RESET
    }

    public Servers {
        Check.atLeast("count", count, 1);
        Check.atLeast("cores", cores, 1);
        Check.atLeast("processes", processes, 1);
        Check.present("workers", workers);
        Check.atLeast("backlog", backlog, 0);
        Check.present("overflow", overflow);
        Check.nonNegative("accept", accept);
        Check.nonNegative("overhead", overhead);
        Check.nonNegative("discard", discard);
        Check.present("abandoned", abandoned);
        front = front == null ? Optional.empty() : front;
        tcp = tcp == null ? LinuxTcp.DEFAULTS : tcp;
        protection = protection == null ? ServerPolicy.NONE : protection;
    }

    /** Requests the whole deployment serves at once; {@code Integer.MAX_VALUE} when unbounded. */
    public long capacity() {
        return workers.unbounded() ? Long.MAX_VALUE : (long) count * processes * workers.size();
    }
}
