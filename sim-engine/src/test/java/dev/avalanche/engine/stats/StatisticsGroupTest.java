package dev.avalanche.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.avalanche.engine.Event;
import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.SimTime;
import dev.avalanche.engine.Simulation;
import org.junit.jupiter.api.Test;

class StatisticsGroupTest {

    private static final long S = 1_000_000_000L;

    private final Simulation sim = new Simulation();
    private final StatisticsGroup group = new StatisticsGroup();
    private final Tally waits = group.add(new Tally());
    private final TimeWeighted busy = group.add(new TimeWeighted(0, 0));
    private final LatencyHistogram latency = group.add(new LatencyHistogram());

    private void observeAt(double seconds, double wait, double level, long latencyNanos) {
        sim.schedule(SimDuration.ofSeconds(seconds), () -> {
            waits.add(wait);
            busy.update(sim.nowNanos(), level);
            latency.record(latencyNanos);
        });
    }

    @Test
    void resetAtTheWarmupEndKeepsOnlyWhatHappensFromThatInstantOn() {
        observeAt(1, 100, 10, 100 * S);
        // Scheduled before the reset, at the same instant: the reset must still come first.
        observeAt(5, 1, 2, 1_000_000);
        observeAt(7, 3, 4, 3_000_000);
        group.resetAt(sim, SimTime.ofSeconds(5));

        sim.runUntil(SimTime.ofSeconds(9));

        assertEquals(2, waits.count());
        assertEquals(2.0, waits.mean());
        assertEquals(2, latency.count());
        assertEquals(0.003, latency.max());
        // From 5 s: level 2 for 2 s, then 4 for 2 s.
        assertEquals(3.0, busy.mean(9 * S), 1e-12);
        assertEquals(3, group.size());
    }

    @Test
    void aCancelledWarmupResetsNothing() {
        observeAt(1, 100, 10, 100 * S);
        Event reset = group.resetAt(sim, SimTime.ofSeconds(5));

        reset.cancel();
        sim.runUntil(SimTime.ofSeconds(9));

        assertEquals(1, waits.count());
        assertEquals(1, latency.count());
    }

    @Test
    void aWarmupEndInThePastIsRejected() {
        sim.runUntil(SimTime.ofSeconds(10));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> group.resetAt(sim, SimTime.ofSeconds(5)));

        assertEquals("the warm-up cannot end at 5s: the simulation is already at 10s", e.getMessage());
    }
}
