package dev.avalanche.models.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.config.AdaptiveLimit;
import org.junit.jupiter.api.Test;

/** Gradient2's limit: within its bounds, down when requests slow down under load, up when they do not. */
class Gradient2Test {

    private static final AdaptiveLimit CONFIG = new AdaptiveLimit(20, 5, 40, 0.2, 1.5, 600, 4);

    /** Runs {@code n} requests that each see {@code inflight} in progress and take {@code rtt}. */
    private static void samples(Gradient2 g, int n, int inflight, long rtt) {
        for (int i = 0; i < n; i++) {
            assertTrue(g.tryAcquire() || g.inflight() > 0);
            g.onSample(rtt, inflight);
            if (g.inflight() < 0) {
                throw new AssertionError("negative in flight");
            }
        }
    }

    @Test
    void aRequestBeyondTheLimitIsRefused() {
        Gradient2 g = new Gradient2(CONFIG);
        for (int i = 0; i < 20; i++) {
            assertTrue(g.tryAcquire());
        }
        assertFalse(g.tryAcquire());
        assertEquals(20, g.inflight());
    }

    @Test
    void theLimitGrowsToItsMaximumWhileBusyAndNoSlower() {
        Gradient2 g = new Gradient2(CONFIG);
        samples(g, 500, 20, 100_000_000L);
        assertEquals(40, g.limit());
    }

    @Test
    void theLimitFallsWhenRequestsSlowDownUnderLoadButNotBelowItsMinimum() {
        Gradient2 g = new Gradient2(CONFIG);
        samples(g, 200, 20, 100_000_000L);
        int before = g.limit();
        samples(g, 20, 40, 1_000_000_000L);
        assertTrue(g.limit() < before, "fell from " + before + " to " + g.limit());
        samples(g, 2000, 40, 1_000_000_000L);
        assertTrue(g.limit() >= 5, "never below its minimum: " + g.limit());
    }

    @Test
    void anAppLimitedServerKeepsItsLimit() {
        Gradient2 g = new Gradient2(CONFIG);
        samples(g, 200, 3, 1_000_000_000L);
        assertEquals(20, g.limit());
    }
}
