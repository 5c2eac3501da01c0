package dev.avalanche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationCancelTest {

    private final Simulation sim = new Simulation();
    private final List<String> log = new ArrayList<>();

    @Test
    void aCancelledEventNeverFiresAndASecondCancelReturnsFalse() {
        Mark m = new Mark(sim, "m", log);
        sim.schedule(m, SimDuration.ofMillis(1));

        assertTrue(m.cancel());
        assertFalse(m.cancel());
        sim.run();

        assertEquals(List.of(), log);
        assertFalse(m.isPending());
    }

    @Test
    void aCancelledEventCanBeRescheduledAndFiresOnceAtTheNewTime() {
        Mark m = new Mark(sim, "m", log);
        sim.schedule(m, SimDuration.ofMillis(1));
        m.cancel();
        sim.schedule(m, SimDuration.ofMillis(5));

        sim.run();

        assertEquals(List.of("m@5ms"), log);
    }

    @Test
    void cancellingAnEventThatAlreadyFiredReturnsFalse() {
        Mark m = new Mark(sim, "m", log);
        sim.schedule(m, SimDuration.ofMillis(1));
        sim.run();

        assertFalse(m.cancel());
    }

    @Test
    void pendingEventsCountsOnlyLiveEvents() {
        Mark a = new Mark(sim, "a", log);
        Mark b = new Mark(sim, "b", log);
        Mark c = new Mark(sim, "c", log);
        sim.schedule(a, SimDuration.ofMillis(1));
        sim.schedule(b, SimDuration.ofMillis(2));
        sim.schedule(c, SimDuration.ofMillis(3));
        b.cancel();
        c.cancel();
        sim.schedule(c, SimDuration.ofMillis(4));

        assertEquals(2, sim.pendingEvents());
        sim.runUntil(SimTime.ofSeconds(0.0025));
        assertEquals(1, sim.pendingEvents());
        sim.run();
        assertEquals(0, sim.pendingEvents());
    }

    /** One live timer as the reference sees it: (time, priority, insertion sequence). */
    private record Entry(int id, long time, int priority, long seq) {
    }

    @Test
    void compactionAfterCancellingMostOf100kTimersKeepsTheFiringOrderOfTheLiveOnes() {
        RandomStream rng = new RandomStreams(7).stream("compaction");
        int n = 100_000;
        List<Integer> fired = new ArrayList<>();
        Event[] events = new Event[n];
        Entry[] scheduled = new Entry[n];
        long seq = 0;
        for (int i = 0; i < n; i++) {
            int id = i;
            events[i] = new Event() {
                @Override
                protected void fire() {
                    fired.add(id);
                }
            };
            scheduled[i] = schedule(events[i], i, rng, seq++);
        }
        for (int i = 0; i < n; i++) {
            if (rng.nextInt(10) != 0) {
                events[i].cancel();
                scheduled[i] = null;
            } else if (rng.nextInt(4) == 0) {
                events[i].cancel();
                scheduled[i] = schedule(events[i], i, rng, seq++);
            }
        }
        List<Entry> live = new ArrayList<>();
        for (Entry e : scheduled) {
            if (e != null) {
                live.add(e);
            }
        }
        live.sort(Comparator.comparingLong(Entry::time).thenComparingInt(Entry::priority).thenComparingLong(Entry::seq));

        assertEquals(live.size(), sim.pendingEvents());
        sim.run();

        assertEquals(live.stream().map(Entry::id).toList(), fired);
    }

    /** Schedules with few distinct times and priorities, so that ties are common. */
    private Entry schedule(Event e, int id, RandomStream rng, long seq) {
        long time = rng.nextInt(1000) * 1_000L;
        int priority = rng.nextInt(3) - 1;
        sim.scheduleAtNanos(e, time, priority);
        return new Entry(id, time, priority, seq);
    }
}
