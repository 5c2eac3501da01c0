package dev.avalanche.bridge.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A process's greenlets share one carrier: one that computes holds back the others until it blocks. */
class GreenletHubTest {

    @Test
    void theTestRunnerOpensTheJdkSoGreenletsHaveAHubOfTheirOwn() {
        assertTrue(GreenletHub.available(), "the surefire argLine gives --add-opens java.base/java.lang=ALL-UNNAMED");
    }

    @Test
    void aGreenletThatComputesHoldsBackAnotherWhoseSleepIsOver() throws InterruptedException {
        GreenletHub hub = GreenletHub.start("test-").orElseThrow();
        try {
            CountDownLatch done = new CountDownLatch(2);
            AtomicLong woke = new AtomicLong();
            long t0 = System.nanoTime();
            hub.execute(() -> {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                woke.set(System.nanoTime() - t0);
                done.countDown();
            });
            hub.execute(() -> {
                long until = System.nanoTime() + 150_000_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                done.countDown();
            });
            assertTrue(done.await(5, TimeUnit.SECONDS));
            // On the JDK's scheduler (a carrier per core) the sleeper wakes after ~10 ms.
            assertTrue(woke.get() >= 140_000_000L, "the sleeper ran again only once the carrier was free, after "
                    + woke.get() / 1e6 + " ms");
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
            assertTrue(done.await(5, TimeUnit.SECONDS));
            long used = ManagementFactory.getThreadMXBean().getThreadCpuTime(hub.carrier().threadId()) - before;
            assertTrue(used >= 50_000_000L, "a 50 ms burst used " + used / 1e6 + " ms of the carrier's CPU");
        } finally {
            hub.close();
        }
    }
}
