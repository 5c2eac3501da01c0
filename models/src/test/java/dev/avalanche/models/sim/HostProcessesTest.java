package dev.avalanche.models.sim;

import static dev.avalanche.models.sim.OneServer.ms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.avalanche.models.config.Front;
import dev.avalanche.models.config.LoadGenerator;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.VariantResult;
import org.junit.jupiter.api.Test;

/** The other processes on a server's host, worked out on paper: a load generator, a front router, an accept that costs CPU. */
class HostProcessesTest {

    /**
     * A load generator that connects, writes and reads in 1 ms each, four clients at once, four
     * threads, a 1 s wait: connects end at 1-4 ms, writes at 5-8 ms (after the connects queued
     * before them), responses at 1.005-1.008 s, each read after the one before: 1.006 ... 1.009 s.
     */
    @Test
    void theLoadGeneratorsOneLoopConnectsThenWritesThenReadsInOrder() {
        OneServer ab = new OneServer().clients(4).workers(Workers.Model.THREADS, 4);
        ab.generator = new LoadGenerator(ms(1), ms(1), ms(1));
        VariantResult r = ab.run();
        assertEquals(1.009, r.elapsed(), 1e-6);
        assertEquals((1.006 + 1.007 + 1.008 + 1.009) / 4, r.latency().mean(), 1e-4);
    }

    /**
     * A front router that accepts, writes and relays in 1 ms each, three clients at once: it
     * accepts A, B, C (0-3 ms), then writes A, B, C to the workers (3-6 ms); the workers answer
     * 1 s after each write and the router relays each in 1 ms: 1.005, 1.006, 1.007 s.
     */
    @Test
    void aFrontRouterAcceptsForwardsAndRelaysOneTaskAtATime() {
        OneServer routed = new OneServer().clients(3).workers(Workers.Model.THREADS, 3);
        routed.front = new Front(ms(1), ms(1), ms(1), 100);
        VariantResult r = routed.run();
        assertEquals(1.007, r.elapsed(), 1e-6);
        assertEquals(1.006, r.latency().mean(), 1e-4);
    }

    /**
     * gevent's hub accepts between its greenlets' bursts: accept 1 ms, 2 ms of CPU before a 1 s
     * wait, three connections at once. The hub accepts A (0-1 ms) and B (1-2), runs A's burst
     * (2-4), accepts C (4-5), runs B's (5-7) and C's (7-9): they answer at 1.004, 1.007 and 1.009 s.
     * C left the kernel's queue only at 4 ms.
     */
    @Test
    void theHubAcceptsBetweenItsGreenletsBursts() {
        OneServer hub = new OneServer().clients(3).workers(Workers.Model.GREENLETS, 10);
        hub.accept = 0.001;
        hub.cpu = 0.002;
        VariantResult r = hub.run();
        assertEquals(1.009, r.elapsed(), 1e-6);
        assertEquals((1.004 + 1.007 + 1.009) / 3, r.latency().mean(), 1e-4);
        assertEquals((0 + 0.001 + 0.004) / 3, r.waitMean(), 1e-6, "the time each waited in the accept queue");
    }

    /** Threads accept one at a time per process, on the host's cores, without waiting for a running burst. */
    @Test
    void threadsAcceptOneAtATimeBesideTheirBursts() {
        OneServer threads = new OneServer().clients(3).workers(Workers.Model.THREADS, 10);
        threads.accept = 0.001;
        threads.cpu = 0.002;
        VariantResult r = threads.run();
        assertEquals((1.003 + 1.004 + 1.005) / 3, r.latency().mean(), 1e-4, "accepted at 1, 2, 3 ms, then 2 ms each side by side");
    }
}
