package dev.avalanche.models.config;

import dev.avalanche.engine.SimDuration;

/**
 * Linux's TCP handshake as it decides who gets into a listening socket: the one definition the
 * simulation and live mode's accept queue both use, so that both retransmit on the same schedule
 * and count the same queue capacities. The defaults are a Linux 6.5+ kernel's (6.18 measured,
 * {@code scenarios/seed-demo/handshake.py}).
 *
 * <p>What the kernel does (net/ipv4/tcp_input.c {@code tcp_conn_request}, tcp_minisocks.c
 * {@code tcp_check_req}, tcp_ipv4.c {@code tcp_v4_syn_recv_sock}, syncookies.c):
 * <ul>
 *   <li>the listen backlog is capped at {@code somaxconn}; the accept queue then holds
 *       {@code backlog + 1} established connections ({@code sk_acceptq_is_full}: more than the
 *       backlog), and the SYN queue {@code backlog + 1} half-open ones
 *       ({@code inet_csk_reqsk_queue_is_full}: more than the backlog since 2025's stable kernels;
 *       {@code backlog} before; `ss` shows 101 in SYN-RECV behind a backlog of 100 on 6.18);</li>
 *   <li>a SYN that finds the accept queue full is dropped (ListenOverflows, ListenDrops); the
 *       client retransmits it 1 s later, {@code synLinearTimeouts + 1} times 1 s apart, then
 *       doubling (1, 2, 3, 4, 5, 7, 11, 19, 35, 67 s after the first with the defaults), and gives
 *       up one more doubled timeout after its {@code synRetries + synLinearTimeouts}-th
 *       retransmission (131 s; 127 s on kernels without linear timeouts);</li>
 *   <li>a SYN that finds the SYN queue full gets a syncookie (no state kept) when
 *       {@code syncookies} is on, else it is dropped too;</li>
 *   <li>the segment that completes the handshake (the client's ACK, or with
 *       {@code TCP_DEFER_ACCEPT} its first data; a syncookie's ACK always) is dropped when the accept
 *       queue is full (ListenOverflows), while the client believes it is connected and sends its
 *       request; it retransmits that request on its own timer, {@code rtoMin} after sending it,
 *       then doubling (0.2, 0.4, 0.8, 1.6 ... s after the first send: a tail-loss probe, then
 *       the retransmission timer), and each retransmission tries the accept queue again;</li>
 *   <li>a half-open connection whose ACK was dropped also gets its SYN-ACK retransmitted, 1 s
 *       after the SYN, then doubling, {@code synackRetries} times, each answered by the client's
 *       ACK; with {@code TCP_DEFER_ACCEPT} a bare ACK does not complete the handshake, so only the
 *       client's data does.</li>
 * </ul>
 * The kernel's timers fire up to an eighth of their interval late (its timer wheel's
 * granularity); the model's do not.
 *
 * @param somaxconn {@code net.core.somaxconn}: the cap on every listen backlog
 * @param synRetries {@code net.ipv4.tcp_syn_retries}: SYN retransmissions before connect fails
 * @param synLinearTimeouts {@code net.ipv4.tcp_syn_linear_timeouts}: retransmissions 1 s apart
 *     before the interval doubles (0 on kernels before 6.5: 1, 2, 4, 8 ... s)
 * @param synackRetries {@code net.ipv4.tcp_synack_retries}
 * @param syncookies {@code net.ipv4.tcp_syncookies} != 0: a full SYN queue answers with a cookie
 * @param rtoMin the client's minimum retransmission timeout (TCP_RTO_MIN, 200 ms), which a
 *     loopback connection's RTO sits at
 */
public record LinuxTcp(int somaxconn, int synRetries, int synLinearTimeouts, int synackRetries, boolean syncookies,
        SimDuration rtoMin) {

    /** A Linux 6.5+ kernel's defaults: somaxconn 4096, 6 SYN retries (4 linear), 5 SYN-ACK retries, syncookies on. */
    public static final LinuxTcp DEFAULTS = new LinuxTcp(4096, 6, 4, 5, true, SimDuration.ofMillis(200));

    /** TCP_TIMEOUT_INIT: the first SYN and SYN-ACK retransmission timeout. */
    public static final SimDuration INITIAL_RTO = SimDuration.ofSeconds(1);
    /** TCP_RTO_MAX: no retransmission interval grows beyond it. */
    public static final SimDuration MAX_RTO = SimDuration.ofSeconds(120);

    public LinuxTcp {
        Check.atLeast("somaxconn", somaxconn, 1);
        Check.atLeast("synRetries", synRetries, 1);
        Check.atLeast("synLinearTimeouts", synLinearTimeouts, 0);
        Check.atLeast("synackRetries", synackRetries, 1);
        Check.positive("rtoMin", rtoMin);
    }

    /** The backlog a listen socket gets when {@code listen(backlog)} is called: capped at somaxconn. */
    public int effectiveBacklog(int backlog) {
        return Math.min(backlog, somaxconn);
    }

    /** Established connections the accept queue holds: the effective backlog + 1. */
    public int acceptQueueCapacity(int backlog) {
        return effectiveBacklog(backlog) + 1;
    }

    /** Half-open connections the SYN queue holds before syncookies (or drops) take over: the effective backlog + 1. */
    public int synQueueCapacity(int backlog) {
        return effectiveBacklog(backlog) + 1;
    }

    /** SYN retransmissions a connect makes before it fails (tcp_timer.c {@code tcp_write_timeout}). */
    public int maxSynRetransmissions() {
        return synRetries + synLinearTimeouts;
    }

    /**
     * Nanoseconds from the {@code n}-th transmission of a SYN to the next, or, after the last
     * retransmission, to the connect's failure (n = 1 for the first SYN): 1 s while the
     * retransmissions are linear, then doubling from 1 s.
     */
    public long synRetransmissionDelayNanos(int n) {
        int exponent = Math.max(0, n - 1 - synLinearTimeouts);
        return Math.min(INITIAL_RTO.nanos() << Math.min(exponent, 20), MAX_RTO.nanos());
    }

    /**
     * Nanoseconds from a connect's first SYN to its failure when every SYN is dropped: the
     * retransmission delays and the last one's timeout (131 s with the defaults).
     */
    public long synGiveUpNanos() {
        double total = (synLinearTimeouts + 1.0) * INITIAL_RTO.nanos();
        for (int k = 1; k <= synRetries; k++) { // the doubling ones; from 2^7 s on each is MAX_RTO
            long delay = synRetransmissionDelayNanos(synLinearTimeouts + 1 + k);
            if (delay == MAX_RTO.nanos()) {
                total += (synRetries - k + 1.0) * delay;
                break;
            }
            total += delay;
        }
        return (long) Math.min(total, Long.MAX_VALUE / 2.0);
    }

    /** Nanoseconds from the {@code n}-th transmission of a SYN-ACK to the next: 1 s, then doubling. */
    public long synAckRetransmissionDelayNanos(int n) {
        return Math.min(INITIAL_RTO.nanos() << Math.min(n - 1, 20), MAX_RTO.nanos());
    }

    /**
     * Nanoseconds from the {@code n}-th transmission of a client's first data segment to the next
     * (n = 1 for the first send): rtoMin twice (the tail-loss probe, then the retransmission
     * timer), then doubling: 0.2, 0.4, 0.8, 1.6 ... s after the first send.
     */
    public long dataRetransmissionDelayNanos(int n) {
        int exponent = Math.max(0, n - 2);
        return Math.min(rtoMin.nanos() << Math.min(exponent, 20), MAX_RTO.nanos());
    }
}
