package dev.avalanche.models.queueing;

import static dev.avalanche.models.queueing.TestDistributions.exponential;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.avalanche.engine.SimDuration;
import org.junit.jupiter.api.Test;

class StationConfigTest {

    private final StationConfig base = StationConfig.of(exponential(1), exponential(1), 4, StopRule.atSeconds(100));

    @Test
    void zeroServersAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StationConfig.of(exponential(1), exponential(1), 0, StopRule.atSeconds(1)));
        assertEquals("servers must be >= 1 but was 0", e.getMessage());
    }

    @Test
    void aCapacityBelowTheServerCountIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> base.withCapacity(3));
        assertEquals("capacity must be >= servers (4) but was 3", e.getMessage());
    }

    @Test
    void aStopTimeNotAfterTheWarmUpIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> base.withWarmUp(SimDuration.ofSeconds(100)));
        assertEquals("stop.end must be after warmUp (100s) but was 100s", e.getMessage());
    }

    @Test
    void aNegativeWarmUpIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> base.withWarmUp(SimDuration.ofMillis(-5)));
        assertEquals("warmUp must be >= 0 but was -5ms", e.getMessage());
    }

    @Test
    void stoppingAfterNoArrivalsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StopRule.afterArrivals(0));
        assertEquals("stop.count (arrivals after the warm-up) must be >= 1 but was 0", e.getMessage());
    }
}
