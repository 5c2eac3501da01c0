package dev.avalanche.models.sim;

/**
 * What the kernel's counters (/proc/net/netstat) would read after a run, over every request
 * (warm-up included) and every listener (the servers' and their routers'): the figures a
 * measurement on loopback reads with {@code nstat}. Mutable, owned by one run.
 */
final class TcpCounters {
    /** TcpExtListenOverflows: SYNs and handshake-completing segments dropped because an accept queue was full. */
    long listenOverflows;
    /** TcpExtListenDrops: the overflows plus SYNs dropped because a SYN queue was full with syncookies off. */
    long listenDrops;
    /** SYN retransmissions by clients (TcpExtTCPSynRetrans counts these and the servers' SYN-ACK retransmissions). */
    long synRetransmissions;
    /** Retransmissions of a request's first data whose handshake-completing segment was dropped. */
    long dataRetransmissions;
    /** TcpExtSyncookiesSent: SYNs answered with a cookie because a SYN queue was full. */
    long cookies;
}
