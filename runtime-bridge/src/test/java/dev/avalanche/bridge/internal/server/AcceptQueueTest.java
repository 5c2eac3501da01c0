package dev.avalanche.bridge.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.bridge.internal.run.Eventually;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.LinuxTcp;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Workers;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The accept queue's overflow by Linux's rules ({@link LinuxTcp}), seen through a pool of one busy
 * slot: counts of retransmissions, refusals and jobs worked, never how long anything took. The
 * clock runs 200 times faster than the scenario, so a connect's 131 s of retransmissions take 0.7 s.
 */
class AcceptQueueTest {

    private static final double FAST = 200;

    /** What the pool did with the jobs: worked, or answered as refused. */
    private static final class Tally {
        final AtomicInteger worked = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final CountDownLatch gate = new CountDownLatch(1);

        WorkerPool.Job job(boolean abandoned) {
            return new WorkerPool.Job() {
                @Override
                public boolean abandoned() {
                    return abandoned;
                }

                @Override
                public void run() {
                    if (WorkerPool.ADMISSION.get().refused()) {
                        refused.incrementAndGet();
                        return;
                    }
                    try {
                        gate.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    worked.incrementAndGet();
                }
            };
        }
    }

    /** One thread, a backlog of 0: one request runs, one waits (backlog + 1), the next overflows. */
    private static WorkerPool pool(Servers.Overflow overflow, LinuxTcp tcp) {
        WorkerPool pool = new WorkerPool(new Workers(Workers.Model.THREADS, 1, 0), 1, tcp, 0, overflow, SimDuration.ZERO,
                new LiveClock(FAST));
        pool.play();
        return pool;
    }

    @Test
    void aDroppedSynIsRetransmittedAsLinuxDoesThenRefusedWhenTheConnectFails() throws InterruptedException {
        Tally t = new Tally();
        LinuxTcp tcp = LinuxTcp.DEFAULTS;
        try (WorkerPool pool = pool(Servers.Overflow.DROP, tcp)) {
            pool.execute(t.job(false));
            pool.execute(t.job(false));
            pool.execute(t.job(false));
            assertTrue(Eventually.holds(() -> t.refused.get() == 1), "the third is refused once its SYNs ran out");
            assertEquals(tcp.maxSynRetransmissions(), pool.synRetransmissions(),
                    "every retransmission Linux 6.5+ makes (10), no more: the slot and the queue stayed taken");
            t.gate.countDown();
            assertTrue(Eventually.holds(() -> t.worked.get() == 2), "the first two are worked: " + t.worked.get());
            assertEquals(1, t.refused.get());
        }
    }

    @Test
    void anOlderKernelsScheduleRetransmitsAsManyTimesAsItsSynRetries() throws InterruptedException {
        Tally t = new Tally();
        LinuxTcp old = new LinuxTcp(4096, 3, 0, 5, true, SimDuration.ofMillis(200));
        try (WorkerPool pool = pool(Servers.Overflow.DROP, old)) {
            for (int i = 0; i < 3; i++) {
                pool.execute(t.job(false));
            }
            assertTrue(Eventually.holds(() -> t.refused.get() == 1), "refused once its SYNs ran out");
            assertEquals(3, pool.synRetransmissions(), "tcp_syn_retries 3 without linear timeouts: 3 retransmissions");
            t.gate.countDown();
        }
    }

    @Test
    void aResetQueueRefusesTheOverflowAtOnceWithoutRetransmitting() throws InterruptedException {
        Tally t = new Tally();
        try (WorkerPool pool = pool(Servers.Overflow.RESET, LinuxTcp.DEFAULTS)) {
            for (int i = 0; i < 4; i++) {
                pool.execute(t.job(false));
            }
            assertTrue(Eventually.holds(() -> t.refused.get() == 2), "two beyond the slot and the queue's one place");
            assertEquals(0, pool.synRetransmissions());
            t.gate.countDown();
            assertTrue(Eventually.holds(() -> t.worked.get() == 2));
        }
    }

    @Test
    void aConnectionWhoseUserLeftWhileItsSynWasOutIsRefusedUnworkedWhenItComesBack() throws InterruptedException {
        Tally t = new Tally();
        try (WorkerPool pool = pool(Servers.Overflow.DROP, LinuxTcp.DEFAULTS)) {
            pool.execute(t.job(false));
            pool.execute(t.job(false));
            pool.execute(t.job(true));
            assertTrue(Eventually.holds(() -> t.refused.get() == 1), "its return finds its user gone");
            assertEquals(1, pool.synRetransmissions(), "one retransmission brought it back, and it went no further");
            t.gate.countDown();
            assertTrue(Eventually.holds(() -> t.worked.get() == 2));
        }
    }

    @Test
    void theQueueHoldsTheBacklogCappedBySomaxconnPlusOne() throws InterruptedException {
        Tally t = new Tally();
        LinuxTcp small = new LinuxTcp(2, 6, 4, 5, true, SimDuration.ofMillis(200));
        WorkerPool pool = new WorkerPool(new Workers(Workers.Model.THREADS, 1, 0), 1, small, 100, Servers.Overflow.RESET,
                SimDuration.ZERO, new LiveClock(FAST));
        pool.play();
        try (pool) {
            for (int i = 0; i < 10; i++) {
                pool.execute(t.job(false));
            }
            // One slot, min(100, somaxconn 2) + 1 = 3 places: 6 of the 10 are refused.
            assertTrue(Eventually.holds(() -> t.refused.get() == 6), "refused " + t.refused.get());
            t.gate.countDown();
            assertTrue(Eventually.holds(() -> t.worked.get() == 4), "worked " + t.worked.get());
        }
    }
}
