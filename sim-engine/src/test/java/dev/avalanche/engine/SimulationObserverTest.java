package dev.avalanche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationObserverTest {

    @Test
    void theObserverSeesTheClockOnceAtTheFirstEventOfEachPeriodAndChangesNothing() {
        List<Long> seen = new ArrayList<>();
        List<Long> fired = new ArrayList<>();
        Simulation sim = new Simulation();
        sim.observe(SimDuration.ofNanos(10), seen::add);
        for (long t : new long[] {3, 9, 10, 11, 25, 26, 47}) {
            sim.scheduleAtNanos(new Event() {
                @Override
                protected void fire() {
                    fired.add(sim.nowNanos());
                }
            }, t, Simulation.DEFAULT_PRIORITY);
        }
        sim.run();
        assertEquals(List.of(10L, 25L, 47L), seen);
        assertEquals(List.of(3L, 9L, 10L, 11L, 25L, 26L, 47L), fired);
        assertEquals(47, sim.nowNanos(), "the run ends at the last event, not at an observation");
    }
}
