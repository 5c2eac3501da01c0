package dev.avalanche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Deadlines wait in a calendar of their own; the order of events must be exactly that of one
 * calendar. The oracle is the one-calendar path itself: the same random script of schedules,
 * cancels, reschedules and partial runs drives two simulations, one scheduling some events with
 * {@link Simulation#scheduleDeadlineNanos} and one scheduling everything with {@link
 * Simulation#scheduleAtNanos}, and their traces (who fired when, how many were pending after each
 * step) must be equal.
 */
class SimulationDeadlinesTest {

    /**
     * Schedules a probe a random delay ahead: a third of the time as a deadline ({@code split}) or as
     * the calendar event it stands for, else at a random priority.
     */
    private static ScriptedRun.Scheduler scheduler(boolean split, int maxDelayMicros) {
        return (run, p) -> {
            Simulation sim = run.sim;
            long delay = run.rng.nextInt(maxDelayMicros) * 1_000L;
            if (run.rng.nextInt(3) == 0) {
                if (split) {
                    sim.scheduleDeadlineNanos(p, delay);
                } else {
                    sim.scheduleAtNanos(p, sim.nowNanos() + delay, Simulation.DEFAULT_PRIORITY);
                }
            } else {
                sim.scheduleAtNanos(p, sim.nowNanos() + delay, run.rng.nextInt(3) - 1);
            }
        };
    }

    private static ScriptedRun run(boolean split, int events, int maxDelayMicros) {
        return new ScriptedRun(events, "deadlines-" + events, scheduler(split, maxDelayMicros), 1, 9);
    }

    /**
     * The first case has few events and delays of a few microseconds, so that deadlines and other
     * events often share an instant and the tie decides between the calendars; the second keeps
     * thousands pending, so that both calendars compact mid-run.
     */
    @ParameterizedTest(name = "{0} events, {1} steps, delays below {2} us, runs of up to {3} us")
    @CsvSource({"40, 30000, 8, 2", "12000, 150000, 1000000, 100"})
    void deadlinesFireInTheOrderOfASingleCalendar(int events, int steps, int maxDelay, int maxRun) {
        ScriptedRun single = run(false, events, maxDelay);
        ScriptedRun split = run(true, events, maxDelay);

        single.play(steps, maxRun);
        split.play(steps, maxRun);

        assertTrue(single.firings() > events / 2, "the script fired little");
        assertEquals(single.trace, split.trace);
    }

    @Test
    void aPendingDeadlineKeepsTheEventContract() {
        Simulation sim = new Simulation();
        List<String> log = new ArrayList<>();
        Mark d = new Mark(sim, "d", log);
        sim.scheduleDeadlineNanos(d, 5_000_000);

        assertTrue(d.isPending());
        assertEquals(new SimTime(5_000_000), d.dueTime());
        assertEquals(1, sim.pendingEvents());
        assertThrows(IllegalStateException.class, () -> sim.scheduleNanos(d, 1));
        assertTrue(d.cancel());
        assertFalse(d.cancel());
        assertEquals(0, sim.pendingEvents());
        sim.scheduleNanos(d, 1_000_000); // back in the other calendar: its cancel must reach that one
        sim.scheduleDeadlineNanos(new Mark(sim, "e", log), 2_000_000);
        assertTrue(d.cancel());
        sim.run();

        assertEquals(List.of("e@2ms"), log);
        assertEquals(1, sim.eventsFired());
    }

    @Test
    void aNegativeDeadlineDelayIsRejectedAndLeavesTheEventUnscheduled() {
        Simulation sim = new Simulation();
        Mark d = new Mark(sim, "d", new ArrayList<>());

        assertThrows(IllegalArgumentException.class, () -> sim.scheduleDeadlineNanos(d, -1));
        assertFalse(d.isPending());
        assertEquals(0, sim.pendingEvents());
    }
}
