package dev.avalanche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Timers of a recurring delay wait in lanes of their own; the order of events must be exactly that
 * of one calendar. The oracle is the one-calendar path: the same random script of schedules (in
 * lanes, as deadlines, at random priorities), cancels, reschedules and partial runs drives two
 * simulations, one using {@link Simulation#scheduleLaneNanos} and one scheduling everything with
 * {@link Simulation#scheduleAtNanos}, and their traces must be equal.
 */
class SimulationLanesTest {

    /**
     * Schedules a probe: half the time with one of {@code delays} (in its lane, or as the calendar
     * event it stands for), else a short random delay ahead as a deadline or at a random priority.
     */
    private static ScriptedRun.Scheduler scheduler(boolean lanes, long[] delays) {
        return (run, p) -> {
            Simulation sim = run.sim;
            int kind = run.rng.nextInt(4);
            if (kind < 2) {
                long delay = delays[run.rng.nextInt(delays.length)];
                if (lanes) {
                    sim.scheduleLaneNanos(p, delay);
                } else {
                    sim.scheduleAtNanos(p, sim.nowNanos() + delay, Simulation.DEFAULT_PRIORITY);
                }
            } else {
                long delay = run.rng.nextInt(1 + (int) (delays[0] / 500)) * 1_000L;
                if (kind == 2) {
                    sim.scheduleDeadlineNanos(p, delay);
                } else {
                    sim.scheduleAtNanos(p, sim.nowNanos() + delay, run.rng.nextInt(3) - 1);
                }
            }
        };
    }

    /** The recurring delays; more of them than there are lanes, so that some go to the calendar. */
    private static long[] delays(int distinct, int maxDelayMicros, String stream) {
        RandomStream d = new RandomStreams(7L).stream(stream + "-delays");
        long[] delays = new long[distinct];
        for (int k = 0; k < distinct; k++) {
            delays[k] = d.nextInt(maxDelayMicros) * 1_000L;
        }
        return delays;
    }

    private static ScriptedRun run(boolean lanes, int events, int distinctDelays, int maxDelayMicros) {
        String stream = "lanes-" + events;
        return new ScriptedRun(events, stream, scheduler(lanes, delays(distinctDelays, maxDelayMicros, stream)), 2, 10);
    }

    /**
     * The first case: few events, short delays, so that lanes and calendars often share an instant
     * and the tie decides; 20 delays for 16 lanes. The second keeps thousands pending, so that the
     * lanes' rings grow and wrap and the calendars compact.
     */
    @ParameterizedTest(name = "{0} events, {1} steps, {2} delays below {3} us, runs of up to {4} us")
    @CsvSource({"40, 30000, 20, 6, 2", "6000, 150000, 5, 100000, 50"})
    void laneTimersFireInTheOrderOfASingleCalendar(int events, int steps, int delays, int maxDelay, int maxRun) {
        ScriptedRun single = run(false, events, delays, maxDelay);
        ScriptedRun lanes = run(true, events, delays, maxDelay);

        single.play(steps, maxRun);
        lanes.play(steps, maxRun);

        assertTrue(single.firings() > events, "the script fired little");
        assertEquals(single.trace, lanes.trace);
    }

    @Test
    void aPendingLaneTimerKeepsTheEventContract() {
        Simulation sim = new Simulation();
        List<String> log = new ArrayList<>();
        Mark a = new Mark(sim, "a", log);
        Mark b = new Mark(sim, "b", log);
        sim.scheduleLaneNanos(a, 5_000_000);
        sim.scheduleLaneNanos(b, 5_000_000);

        assertTrue(a.isPending());
        assertEquals(new SimTime(5_000_000), a.dueTime());
        assertEquals(2, sim.pendingEvents());
        assertThrows(IllegalStateException.class, () -> sim.scheduleLaneNanos(a, 1));
        assertTrue(a.cancel());
        assertFalse(a.cancel());
        assertEquals(1, sim.pendingEvents());
        sim.scheduleNanos(a, 1_000_000); // now in the calendar: its cancel must reach that one
        assertTrue(a.cancel());
        sim.scheduleLaneNanos(a, 3_000_000); // another lane, due before b
        sim.run();

        assertEquals(List.of("a@3ms", "b@5ms"), log);
        assertEquals(2, sim.eventsFired());
        assertEquals(0, sim.pendingEvents());
    }

    @Test
    void aNegativeLaneDelayIsRejectedAndLeavesTheEventUnscheduled() {
        Simulation sim = new Simulation();
        Mark d = new Mark(sim, "d", new ArrayList<>());

        assertThrows(IllegalArgumentException.class, () -> sim.scheduleLaneNanos(d, -1));
        assertFalse(d.isPending());
        assertEquals(0, sim.pendingEvents());
    }
}
