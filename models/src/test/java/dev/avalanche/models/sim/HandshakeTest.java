package dev.avalanche.models.sim;

import static dev.avalanche.models.sim.OneServer.ms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.config.LinuxTcp;
import dev.avalanche.models.config.LoadGenerator;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.VariantResult;
import org.junit.jupiter.api.Test;

/**
 * Linux's handshake on hand-sized cases worked out on paper: which SYNs and handshakes a listen
 * socket drops, and when the client tries again.
 */
class HandshakeTest {

    /**
     * Two threads, 3.5 s per request, accept queue of 1 (backlog 0), four clients at once: A and B
     * are served, C waits in the queue, D's SYN is dropped. The queue frees at 3.5 s (C taken); a
     * Linux 6.5+ client retransmits 1 s apart (1, 2, 3, 4 s), so D gets in at 4 s and ends at
     * 7.5 s. An older kernel's client doubles (1, 3, 7 s): D gets in at 7 s and ends at 10.5 s.
     */
    @Test
    void aDroppedSynComesBackOneSecondApartOnALinux65Kernel() {
        OneServer linear = new OneServer().clients(4).workers(Workers.Model.THREADS, 2);
        linear.backlog = 0;
        linear.wait = 3.5;
        VariantResult r = linear.run();
        assertEquals(7.5, r.elapsed(), 1e-6);
        assertEquals(4, r.requests().synRetransmissions());

        OneServer doubling = new OneServer().clients(4).workers(Workers.Model.THREADS, 2);
        doubling.backlog = 0;
        doubling.wait = 3.5;
        doubling.tcp = new LinuxTcp(4096, 6, 0, 5, true, ms(200));
        VariantResult old = doubling.run();
        assertEquals(10.5, old.elapsed(), 1e-6);
        assertEquals(3, old.requests().synRetransmissions());
    }

    /**
     * A connection whose SYNs always find the queue full: ten retransmissions (tcp_syn_retries 6
     * plus 4 linear ones) at 1, 2, 3, 4, 5, 7, 11, 19, 35 and 67 s, then connect fails 64 s later,
     * 131 s after the first SYN.
     */
    @Test
    void aSynThatNeverGetsInFailsAfterTenRetransmissionsAt131Seconds() {
        OneServer full = new OneServer().clients(3);
        full.backlog = 0;
        full.wait = 1000;
        VariantResult r = full.run();
        assertEquals(1, r.requests().rejected());
        assertEquals(10, r.requests().synRetransmissions());
        assertEquals(10, full.kernel().synRetransmissions());
        assertEquals(11, full.kernel().listenOverflows(), "the first SYN and its ten retransmissions");
    }

    /**
     * TCP_DEFER_ACCEPT, backlog 1 (accept queue and SYN queue of 2 each), one thread, 1 s per
     * request, four clients from a load generator that connects in 1 ms and writes in 1 ms. A's and
     * B's SYNs (1, 2 ms) are half-open; C and D find the SYN queue full and get syncookies, whose
     * bare ACKs complete at once: C is accepted, D waits in the queue. A's request (5 ms) joins D;
     * B's (6 ms) finds the queue full and is dropped; B retransmits it 0.2, 0.4, 0.8 and 1.6 s after
     * sending it and gets in at 1.606 s (C, done at 1.007 s, made room). C, D, A, B end at 1.007,
     * 2.007, 3.007 and 4.007 s.
     */
    @Test
    void aDroppedHandshakeIsRetriedByTheClientsRequestOnItsOwnTimer() {
        OneServer deferred = new OneServer().clients(4);
        deferred.backlog = 1;
        deferred.deferAccept = true;
        deferred.generator = new LoadGenerator(ms(1), ms(1), ms(0));
        VariantResult r = deferred.run();
        assertEquals(4.007, r.elapsed(), 1e-6);
        assertEquals((1.007 + 2.007 + 3.007 + 4.007) / 4, r.latency().mean(), 1e-3);
        AvalancheRun.KernelCounters k = deferred.kernel();
        assertEquals(2, k.cookies());
        assertEquals(4, k.dataRetransmissions());
        assertEquals(4, k.listenOverflows(), "the request's first send and three retransmissions found the queue full");
        assertEquals(0, k.synRetransmissions());
    }

    /**
     * The same without TCP_DEFER_ACCEPT: each bare ACK completes its handshake at once, so A, B, C
     * get in (A accepted, B and C queued) and D's SYN finds the queue full: it comes back at
     * 1.004 s (still full) and 2.004 s, gets in, writes at 2.005 s. A, B, C, D end at 1.005,
     * 2.005, 3.005, 4.005 s.
     */
    @Test
    void withoutDeferAcceptTheBareAckCompletesTheHandshakeAndTheLateSynWaits() {
        OneServer plain = new OneServer().clients(4);
        plain.backlog = 1;
        plain.generator = new LoadGenerator(ms(1), ms(1), ms(0));
        VariantResult r = plain.run();
        assertEquals(4.005, r.elapsed(), 1e-6);
        assertEquals(2, r.requests().synRetransmissions());
        assertEquals(0, plain.kernel().dataRetransmissions());
        assertEquals(0, plain.kernel().cookies());
    }

    /** With syncookies off, a SYN that finds the SYN queue full is dropped: ListenDrops, not ListenOverflows. */
    @Test
    void withoutSyncookiesAFullSynQueueDropsTheSyn() {
        OneServer noCookies = new OneServer().clients(4);
        noCookies.backlog = 1;
        noCookies.deferAccept = true;
        noCookies.generator = new LoadGenerator(ms(1), ms(1), ms(0));
        noCookies.tcp = new LinuxTcp(4096, 6, 4, 5, false, ms(200));
        VariantResult r = noCookies.run();
        AvalancheRun.KernelCounters k = noCookies.kernel();
        assertEquals(0, k.cookies());
        assertTrue(k.listenDrops() > k.listenOverflows(), k.toString());
        assertTrue(k.synRetransmissions() >= 2, "C and D, whose SYNs met the full SYN queue, came back: " + k);
        assertEquals(4, r.requests().goodput());
    }

    /**
     * somaxconn caps the backlog: listen(1000) with somaxconn 1 keeps 2 connections waiting. One
     * thread, 1 s per request, four clients: the fourth SYN is dropped once and gets in at 1 s.
     */
    @Test
    void somaxconnCapsTheBacklog() {
        OneServer capped = new OneServer().clients(4);
        capped.backlog = 1000;
        capped.tcp = new LinuxTcp(1, 6, 4, 5, true, ms(200));
        VariantResult r = capped.run();
        assertEquals(2, capped.tcp.acceptQueueCapacity(1000));
        assertEquals(1, capped.kernel().listenOverflows());
        assertEquals(1, r.requests().synRetransmissions());
        assertEquals(4.0, r.elapsed(), 1e-6);
    }

    /** The schedules themselves, as documented: SYN 1 s apart five times then doubling; data 0.2, 0.2, 0.4, 0.8 s. */
    @Test
    void theRetransmissionSchedulesAreLinuxs() {
        LinuxTcp tcp = LinuxTcp.DEFAULTS;
        long[] syn = new long[tcp.maxSynRetransmissions() + 1];
        long at = 0;
        for (int n = 1; n <= syn.length; n++) {
            at += tcp.synRetransmissionDelayNanos(n);
            syn[n - 1] = at / 1_000_000_000L;
        }
        assertEquals("[1, 2, 3, 4, 5, 7, 11, 19, 35, 67, 131]", java.util.Arrays.toString(syn));
        long data = 0;
        StringBuilder sent = new StringBuilder();
        for (int n = 1; n <= 5; n++) {
            data += tcp.dataRetransmissionDelayNanos(n);
            sent.append(data / 1_000_000).append(' ');
        }
        assertEquals("200 400 800 1600 3200 ", sent.toString());
    }
}
