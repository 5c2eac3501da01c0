package dev.avalanche.bridge.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.Breaker;
import dev.avalanche.models.config.Bulkhead;
import dev.avalanche.models.config.ClientPolicy;
import dev.avalanche.models.config.Retry;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * resilience4j's decorators as the live server uses them, read as the model reads them: counts of
 * attempts only, never timings (a breaker that waits an hour in open state never moves on its own).
 */
class ClientGuardTest {

    private static final Retry THREE = new Retry(3, SimDuration.ofMillis(1), 1, 0, Optional.empty());

    private static ClientGuard guard(ClientPolicy p) {
        return ClientGuard.of("api", p, SimDuration::nanos, System::nanoTime).orElseThrow();
    }

    @Test
    void aPlainPolicyHasNoGuard() {
        assertTrue(ClientGuard.of("api", ClientPolicy.NONE, SimDuration::nanos, System::nanoTime).isEmpty());
    }

    @Test
    void aFailedCallIsTriedMaxAttemptsTimesInAll() throws InterruptedException {
        AtomicInteger attempts = new AtomicInteger();
        ClientGuard g = guard(new ClientPolicy(Optional.of(THREE), Optional.empty(), Optional.empty()));
        assertFalse(g.call(() -> {
            attempts.incrementAndGet();
            return false;
        }));
        assertEquals(3, attempts.get());
        assertTrue(g.call(() -> attempts.incrementAndGet() > 0));
        assertEquals(4, attempts.get(), "a success is not retried");
    }

    @Test
    void anEmptyBudgetRefusesEveryRetry() throws InterruptedException {
        AtomicInteger attempts = new AtomicInteger();
        Retry budgeted = new Retry(3, SimDuration.ofMillis(1), 1, 0,
                Optional.of(new Retry.Budget(0, SimDuration.ofSeconds(3600), 0)));
        ClientGuard g = guard(new ClientPolicy(Optional.of(budgeted), Optional.empty(), Optional.empty()));
        for (int i = 0; i < 5; i++) {
            assertFalse(g.call(() -> {
                attempts.incrementAndGet();
                return false;
            }));
        }
        assertEquals(5, attempts.get(), "first attempts only");
    }

    @Test
    void anOpenBreakerAnswersItsFallbackWithoutCallingTheThirdParty() throws InterruptedException {
        AtomicInteger attempts = new AtomicInteger();
        Breaker b = new Breaker(Breaker.Window.COUNT, 4, 4, 50, 100, SimDuration.ofSeconds(60), SimDuration.ofSeconds(3600),
                2, Optional.of(SimDuration.ZERO));
        ClientGuard g = guard(new ClientPolicy(Optional.of(THREE), Optional.of(b), Optional.empty()));
        assertFalse(g.call(() -> {
            attempts.incrementAndGet();
            return false;
        }));
        assertTrue(g.call(() -> {
            attempts.incrementAndGet();
            return false;
        }), "3 + 1 failures: the fourth opens it, and its retry, refused, gets the fallback (as in the model)");
        assertEquals(4, attempts.get());
        assertTrue(g.call(() -> {
            attempts.incrementAndGet();
            return false;
        }), "open: the fallback answers");
        assertEquals(4, attempts.get(), "the third party was not called");
    }

    @Test
    void aFullBulkheadThatDoesNotWaitFailsTheCallAtOnce() throws Exception {
        ClientGuard g = guard(new ClientPolicy(Optional.empty(), Optional.empty(),
                Optional.of(new Bulkhead(1, SimDuration.ZERO))));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = Thread.ofVirtual().start(() -> {
            try {
                g.call(() -> {
                    inside.countDown();
                    return release.await(60, TimeUnit.SECONDS);
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(inside.await(60, TimeUnit.SECONDS));
        AtomicInteger attempts = new AtomicInteger();
        assertFalse(g.call(() -> attempts.incrementAndGet() > 0));
        assertEquals(0, attempts.get());
        release.countDown();
        holder.join(60_000);
        assertTrue(g.call(() -> attempts.incrementAndGet() > 0), "free again");
    }
}
