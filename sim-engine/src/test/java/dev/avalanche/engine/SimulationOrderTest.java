package dev.avalanche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationOrderTest {

    private final Simulation sim = new Simulation();
    private final List<String> log = new ArrayList<>();

    private Mark mark(String label) {
        return new Mark(sim, label, log);
    }

    @Test
    void eventsFireInTimeOrderWithTheClockAtTheirDueTime() {
        sim.schedule(mark("c"), SimDuration.ofMillis(3000));
        sim.schedule(mark("a"), SimDuration.ofMillis(1000));
        sim.schedule(mark("b"), SimDuration.ofMillis(2500));

        sim.run();

        assertEquals(List.of("a@1s", "b@2.5s", "c@3s"), log);
    }

    @Test
    void eventsDueAtTheSameInstantFireByPriorityThenInInsertionOrder() {
        SimDuration t = SimDuration.ofMillis(5);
        sim.schedule(mark("a1"), t, 1);
        sim.schedule(mark("b0"), t, 0);
        sim.schedule(mark("c1"), t, 1);
        sim.schedule(mark("d-1"), t, -1);
        sim.schedule(mark("e0"), t, 0);

        sim.run();

        assertEquals(List.of("d-1@5ms", "b0@5ms", "e0@5ms", "a1@5ms", "c1@5ms"), log);
    }

    @Test
    void anEventScheduledForNowDuringAFiringFiresAfterTheEventsAlreadyDueThen() {
        SimDuration t = SimDuration.ofMillis(1);
        Mark late = mark("late");
        sim.schedule(t, () -> sim.schedule(late, SimDuration.ZERO));
        sim.schedule(mark("queued"), t);

        sim.run();

        assertEquals(List.of("queued@1ms", "late@1ms"), log);
    }

    @Test
    void eventsFiredCountsEveryFiringOfAReusedEvent() {
        Mark m = mark("m");
        sim.schedule(m, SimDuration.ofMillis(1));
        sim.run();
        sim.schedule(m, SimDuration.ofMillis(1));
        sim.run();

        assertEquals(List.of("m@1ms", "m@2ms"), log);
        assertEquals(2, sim.eventsFired());
    }
}
