package dev.avalanche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Drives a simulation with random schedule, cancel, reschedule and run steps, including events
 * that schedule others while firing, and checks every firing against a sorted reference map.
 */
class SimulationPropertyTest {

    private record Key(long time, int priority, long seq) {
    }

    private static final Comparator<Key> ORDER =
            Comparator.comparingLong(Key::time).thenComparingInt(Key::priority).thenComparingLong(Key::seq);

    private final Simulation sim = new Simulation();
    private final TreeMap<Key, Probe> reference = new TreeMap<>(ORDER);
    private RandomStream rng;
    private Probe[] probes;
    private int maxDelayMicros;
    private long seq;
    private long firings;

    /** An event whose firing is checked against the reference, and which sometimes schedules another. */
    private final class Probe extends Event {
        Key key;

        @Override
        protected void fire() {
            Map.Entry<Key, Probe> first = reference.pollFirstEntry();
            assertSame(this, first.getValue(), "fired out of order at " + sim.now());
            assertEquals(first.getKey().time(), sim.nowNanos());
            key = null;
            firings++;
            if (rng.nextInt(3) == 0) {
                trySchedule(probes[rng.nextInt(probes.length)]);
            }
        }
    }

    /**
     * The first case has few events and many ties; the second keeps thousands of entries pending and
     * runs in short steps, so that cancelled entries pile up and the calendar compacts mid-run.
     */
    @ParameterizedTest(name = "{0} events, {1} steps, delays below {2} us, runs of up to {3} us")
    @CsvSource({"40, 30000, 20, 2", "12000, 150000, 1000000, 100"})
    void firingOrderMatchesASortedReferenceUnderRandomScheduleCancelAndRun(int events, int steps, int maxDelay, int maxRun) {
        rng = new RandomStreams(20240611L).stream("property-" + events);
        maxDelayMicros = maxDelay;
        probes = new Probe[events];
        for (int i = 0; i < events; i++) {
            probes[i] = new Probe();
        }
        for (int step = 0; step < steps; step++) {
            int op = rng.nextInt(20);
            Probe p = probes[rng.nextInt(events)];
            if (op < 9) {
                trySchedule(p);
            } else if (op < 18) {
                boolean wasPending = p.key != null;
                assertEquals(wasPending, p.cancel());
                if (wasPending) {
                    reference.remove(p.key);
                    p.key = null;
                }
            } else {
                long end = sim.nowNanos() + rng.nextInt(maxRun) * 1_000L;
                sim.runUntil(new SimTime(end));
                assertTrue(reference.isEmpty() || reference.firstKey().time() > end, "an event due by the end was left");
            }
            assertEquals(reference.size(), sim.pendingEvents());
        }
        sim.run();

        assertTrue(reference.isEmpty());
        assertEquals(firings, sim.eventsFired());
    }

    private void trySchedule(Probe p) {
        if (p.isPending()) {
            return;
        }
        long time = sim.nowNanos() + rng.nextInt(maxDelayMicros) * 1_000L;
        int priority = rng.nextInt(3) - 1;
        sim.scheduleAtNanos(p, time, priority);
        p.key = new Key(time, priority, seq++);
        reference.put(p.key, p);
    }
}
