package dev.avalanche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;
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

    /** One run of the script; {@code split}: deadlines go to their own calendar. */
    private static final class Run {
        final Simulation sim = new Simulation();
        final RandomStream rng;
        final boolean split;
        final List<String> trace = new ArrayList<>();
        final Probe[] probes;
        final int maxDelayMicros;

        Run(boolean split, int events, int maxDelayMicros, String stream) {
            this.split = split;
            this.rng = new RandomStreams(20261207L).stream(stream);
            this.maxDelayMicros = maxDelayMicros;
            this.probes = new Probe[events];
            for (int i = 0; i < events; i++) {
                probes[i] = new Probe(i);
            }
        }

        /** An event that logs its firing and sometimes schedules another, as a deadline or not. */
        final class Probe extends Event {
            final int id;

            Probe(int id) {
                this.id = id;
            }

            @Override
            protected void fire() {
                trace.add(id + "@" + sim.nowNanos());
                if (rng.nextInt(3) == 0) {
                    schedule(probes[rng.nextInt(probes.length)]);
                }
            }
        }

        /** Schedules {@code p} unless pending: a third of the time as a deadline, else at a random priority. */
        void schedule(Probe p) {
            if (p.isPending()) {
                return;
            }
            long delay = rng.nextInt(maxDelayMicros) * 1_000L;
            if (rng.nextInt(3) == 0) {
                if (split) {
                    sim.scheduleDeadlineNanos(p, delay);
                } else {
                    sim.scheduleAtNanos(p, sim.nowNanos() + delay, Simulation.DEFAULT_PRIORITY);
                }
            } else {
                sim.scheduleAtNanos(p, sim.nowNanos() + delay, rng.nextInt(3) - 1);
            }
        }

        void play(int steps, int maxRunMicros) {
            for (int step = 0; step < steps; step++) {
                int op = rng.nextInt(20);
                Probe p = probes[rng.nextInt(probes.length)];
                if (op < 9) {
                    schedule(p);
                } else if (op < 18) {
                    trace.add("cancel " + p.id + " " + p.cancel());
                } else {
                    sim.runUntil(new SimTime(sim.nowNanos() + rng.nextInt(maxRunMicros) * 1_000L));
                }
                trace.add("pending " + sim.pendingEvents());
            }
            sim.run();
            trace.add("fired " + sim.eventsFired() + " pending " + sim.pendingEvents());
        }
    }

    /**
     * The first case has few events and delays of a few microseconds, so that deadlines and other
     * events often share an instant and the tie decides between the calendars; the second keeps
     * thousands pending, so that both calendars compact mid-run.
     */
    @ParameterizedTest(name = "{0} events, {1} steps, delays below {2} us, runs of up to {3} us")
    @CsvSource({"40, 30000, 8, 2", "12000, 150000, 1000000, 100"})
    void deadlinesFireInTheOrderOfASingleCalendar(int events, int steps, int maxDelay, int maxRun) {
        Run single = new Run(false, events, maxDelay, "deadlines-" + events);
        Run split = new Run(true, events, maxDelay, "deadlines-" + events);

        single.play(steps, maxRun);
        split.play(steps, maxRun);

        assertTrue(single.trace.stream().filter(s -> s.contains("@")).count() > events / 2, "the script fired little");
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
