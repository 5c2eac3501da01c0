package dev.avalanche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationRunTest {

    private final Simulation sim = new Simulation();
    private final List<String> log = new ArrayList<>();

    @Test
    void schedulingAPendingEventThrowsAndLeavesItsFirstScheduleIntact() {
        Mark m = new Mark(sim, "m", log);
        sim.schedule(m, SimDuration.ofMillis(1));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sim.schedule(m, SimDuration.ofMillis(2)));
        sim.run();

        assertTrue(e.getMessage().contains("already pending at 1ms"), e.getMessage());
        assertEquals(List.of("m@1ms"), log);
    }

    @Test
    void schedulingInThePastThrowsNamingBothInstants() {
        sim.runUntil(SimTime.ofSeconds(10));
        Mark m = new Mark(sim, "m", log);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(m, SimTime.ofSeconds(5)));

        assertEquals("cannot schedule an event in the past: at 5s but now is 10s", e.getMessage());
        assertFalse(m.isPending());
    }

    @Test
    void aNegativeDelayThrows() {
        Mark m = new Mark(sim, "m", log);

        assertThrows(IllegalArgumentException.class, () -> sim.schedule(m, SimDuration.ofMillis(-1)));
        assertFalse(m.isPending());
    }

    @Test
    void aPriorityOutsideTheCalendarRangeLeavesTheEventUnscheduledAndReusable() {
        Mark m = new Mark(sim, "m", log);

        assertThrows(IllegalArgumentException.class, () -> sim.schedule(m, SimDuration.ofMillis(1), 40_000));

        assertFalse(m.isPending());
        assertEquals(0, sim.pendingEvents());
        sim.schedule(m, SimDuration.ofMillis(2));
        sim.run();
        assertEquals(List.of("m@2ms"), log);
    }

    @Test
    void runUntilFiresEventsDueAtTheBoundaryAndLeavesTheClockAtTheEnd() {
        sim.schedule(new Mark(sim, "a", log), SimDuration.ofMillis(1000));
        sim.schedule(new Mark(sim, "b", log), SimDuration.ofMillis(2000));
        sim.schedule(new Mark(sim, "c", log), SimDuration.ofMillis(2001));

        sim.runUntil(SimTime.ofSeconds(2));

        assertEquals(List.of("a@1s", "b@2s"), log);
        assertEquals(SimTime.ofSeconds(2), sim.now());
        assertEquals(1, sim.pendingEvents());
    }

    @Test
    void runUntilAdvancesTheClockPastTheLastEvent() {
        sim.schedule(new Mark(sim, "a", log), SimDuration.ofMillis(1000));

        sim.runUntil(SimTime.ofSeconds(7.5));

        assertEquals(7_500_000_000L, sim.nowNanos());
    }

    @Test
    void stopReturnsAfterTheCurrentEventAndALaterRunContinues() {
        sim.schedule(new Mark(sim, "a", log), SimDuration.ofMillis(1));
        sim.schedule(SimDuration.ofMillis(2), () -> {
            log.add("stop@" + sim.now());
            sim.stop();
        });
        sim.schedule(new Mark(sim, "c", log), SimDuration.ofMillis(3));

        sim.runUntil(SimTime.ofSeconds(1));

        assertEquals(List.of("a@1ms", "stop@2ms"), log);
        assertEquals(SimTime.ofSeconds(0.002), sim.now());
        sim.run();
        assertEquals(List.of("a@1ms", "stop@2ms", "c@3ms"), log);
    }

    @Test
    void dueTimeOfAPendingEventIsItsScheduledInstantAndThrowsOnceItFired() {
        Mark m = new Mark(sim, "m", log);
        sim.schedule(m, SimDuration.ofMillis(4));

        assertEquals(SimTime.ofSeconds(0.004), m.dueTime());
        sim.run();
        assertThrows(IllegalStateException.class, m::dueTime);
    }
}
