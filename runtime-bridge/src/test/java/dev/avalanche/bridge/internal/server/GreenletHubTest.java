package dev.avalanche.bridge.internal.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.bridge.internal.run.Eventually;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A process's greenlets share one carrier: one that computes holds back the others until it blocks. */
class GreenletHubTest {

    @Test
    void theTestRunnerOpensTheJdkSoGreenletsHaveAHubOfTheirOwn() {
        assertTrue(GreenletHub.available(), "the surefire argLine gives --add-opens java.base/java.lang=ALL-UNNAMED");
    }

    @Test
    void aGreenletThatComputesHoldsBackAnotherWhoseWaitIsOver() throws InterruptedException {
        GreenletHub hub = GreenletHub.start("test-").orElseThrow();
        try {
            CountDownLatch ready = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(2);
            AtomicLong woke = new AtomicLong();
            AtomicLong computed = new AtomicLong();
            // The first greenlet runs first (the carrier takes them in order) and parks on the latch.
            hub.execute(() -> {
                try {
                    ready.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                woke.set(System.nanoTime());
                done.countDown();
            });
            // The second releases it, then computes for 200 ms without blocking.
            hub.execute(() -> {
                ready.countDown();
                long until = System.nanoTime() + 200_000_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                computed.set(System.nanoTime());
                done.countDown();
            });
            assertTrue(Eventually.holds(() -> done.getCount() == 0), "both greenlets ended");
            // On the JDK's scheduler (a carrier per core) the first would go on at once, on another carrier.
            assertTrue(woke.get() >= computed.get(), "the released greenlet went on only once the carrier was free: "
                    + (computed.get() - woke.get()) / 1e6 + " ms before the computation ended");
        } finally {
            hub.close();
        }
    }

    @Test
    void aBurstOnTheHubSpendsAtLeastItsLengthOfTheCarriersCpu() throws InterruptedException {
        GreenletHub hub = GreenletHub.start("test-").orElseThrow();
        try {
            long before = ManagementFactory.getThreadMXBean().getThreadCpuTime(hub.carrier().threadId());
            CountDownLatch done = new CountDownLatch(1);
            hub.execute(() -> {
                try {
                    CpuBurner.onCarrier(hub.carrier()).burn(50_000_000L);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                done.countDown();
            });
            assertTrue(Eventually.holds(() -> done.getCount() == 0), "the burst ended");
            long used = ManagementFactory.getThreadMXBean().getThreadCpuTime(hub.carrier().threadId()) - before;
            assertTrue(used >= 50_000_000L, "a 50 ms burst used " + used / 1e6 + " ms of the carrier's CPU");
        } finally {
            hub.close();
        }
    }
}
