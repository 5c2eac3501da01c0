package dev.avalanche.bridge.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.AdaptiveLimit;
import dev.avalanche.models.config.ServerPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The live server's protections admit as the model's flow does: by queue time, then under the limit. */
class ServerGuardTest {

    @Test
    void noPolicyNoGuard() {
        assertTrue(ServerGuard.of(ServerPolicy.NONE, SimDuration::nanos).isEmpty());
    }

    @Test
    void aRequestThatWaitedLongerThanTheLimitIsShedAndOneThatWaitedExactlyThatLongIsServed() {
        ServerGuard g = ServerGuard.of(new ServerPolicy(Optional.of(SimDuration.ofMillis(300)), Optional.empty()),
                SimDuration::nanos).orElseThrow();
        assertTrue(g.admit(300_000_001L).isEmpty());
        assertTrue(g.admit(300_000_000L).isPresent());
    }

    @Test
    void netflixsLimiterRefusesRequestsBeyondItsInitialLimitUntilOneEnds() {
        ServerGuard g = ServerGuard.of(new ServerPolicy(Optional.empty(),
                Optional.of(new AdaptiveLimit(5, 2, 10, 0.2, 1.5, 600, 4))), SimDuration::nanos).orElseThrow();
        List<ServerGuard.Pass> held = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            held.add(g.admit(0).orElseThrow());
        }
        assertTrue(g.admit(0).isEmpty(), "the sixth is over the limit of 5");
        held.removeFirst().done();
        assertTrue(g.admit(0).isPresent());
        assertEquals(4, held.size());
    }
}
