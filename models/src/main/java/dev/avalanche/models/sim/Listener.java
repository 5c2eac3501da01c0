package dev.avalanche.models.sim;

import dev.avalanche.models.config.LinuxTcp;
import java.util.ArrayDeque;

/**
 * One listening socket as Linux keeps it: a SYN queue of half-open connections and an accept
 * queue of established ones waiting for {@code accept()} (see {@link LinuxTcp} for the rules).
 * It decides what becomes of each SYN and of each segment that would complete a handshake; the
 * client's timers are {@link Handshake}'s, taking connections out is the owner's (a server's
 * processes or a router).
 */
final class Listener {

    /** What a SYN met. */
    enum Syn {
        /** Dropped: the accept queue was full (or the SYN queue, with syncookies off). */
        DROPPED,
        /** A half-open connection in the SYN queue. */
        HALF_OPEN,
        /** The SYN queue was full: answered with a syncookie, nothing kept. */
        COOKIE
    }

    /** Who takes connections out of the accept queue: told when one enters it, and when an accepted one's data arrives. */
    interface Owner {
        /** {@code r} entered the accept queue. */
        void ready(Request r);

        /** The request data of {@code r}, whose connection was completed by a bare ACK, arrived. */
        void dataArrived(Request r);
    }

    final ArrayDeque<Request> acceptQueue = new ArrayDeque<>();
    /** With TCP_DEFER_ACCEPT a half-open connection completes with the client's first data, not its bare ACK. */
    final boolean deferAccept;
    private final int acceptCapacity;
    private final int synCapacity;
    private final boolean syncookies;
    private final TcpCounters counters;
    private Owner owner;
    private int halfOpen;

    Listener(LinuxTcp tcp, int backlog, boolean deferAccept, TcpCounters counters) {
        this.acceptCapacity = tcp.acceptQueueCapacity(backlog);
        this.synCapacity = tcp.synQueueCapacity(backlog);
        this.syncookies = tcp.syncookies();
        this.deferAccept = deferAccept;
        this.counters = counters;
    }

    void owner(Owner owner) {
        this.owner = owner;
    }

    boolean acceptQueueFull() {
        return acceptQueue.size() >= acceptCapacity;
    }

    /** A SYN arrives (tcp_conn_request: the SYN queue's test first, then the accept queue's). */
    Syn syn() {
        boolean cookie = halfOpen >= synCapacity;
        if (cookie && !syncookies) {
            counters.listenDrops++;
            return Syn.DROPPED;
        }
        if (acceptQueueFull()) {
            counters.listenOverflows++;
            counters.listenDrops++;
            return Syn.DROPPED;
        }
        if (cookie) {
            counters.cookies++;
            return Syn.COOKIE;
        }
        halfOpen++;
        return Syn.HALF_OPEN;
    }

    /**
     * The segment that completes {@code r}'s handshake arrives: true when the connection entered
     * the accept queue, false when the queue was full and the segment was dropped.
     */
    boolean complete(Request r) {
        if (acceptQueueFull()) {
            counters.listenOverflows++;
            counters.listenDrops++;
            return false;
        }
        if (r.halfOpen) {
            r.halfOpen = false;
            halfOpen--;
        }
        acceptQueue.addLast(r);
        owner.ready(r);
        return true;
    }

    /** The request data of {@code r}, already past the handshake, arrived. */
    void dataArrived(Request r) {
        owner.dataArrived(r);
    }

    /** {@code r}'s client closed before its handshake completed: its half-open entry goes. */
    void forget(Request r) {
        if (r.halfOpen) {
            r.halfOpen = false;
            halfOpen--;
        }
    }
}
