package dev.avalanche.benchmarks;

import dev.avalanche.engine.Event;
import dev.avalanche.engine.Simulation;
import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;

/**
 * The hold model on the engine: a steady population of pending holders, each of which, when it
 * fires, schedules itself again after an exponential delay (mean 1 s).
 *
 * <p>With patience timers every step also does what the domain does with a user's patience: it
 * cancels the holder's pending timer and arms a new one {@value #PATIENCE_NANOS} ns ahead, which
 * fires only when the next step is more than 5 s away (e^-5, about 0.7% of steps). Cancelled timers
 * stay in the heap until they surface or the calendar compacts, so this exercises lazy deletion at
 * twice the population. The model checks itself: a timer must have fired before a step exactly when
 * the wait that ended with that step exceeded the patience ({@link #mismatches()}).
 *
 * <p>Delays come from a precomputed table of exponential draws, so that a benchmark of it measures
 * the kernel, not the random generator. Not thread-safe.
 */
final class HoldModel {

    static final long PATIENCE_NANOS = 5_000_000_000L;
    private static final int DELAY_TABLE_SIZE = 1 << 16;

    private final Simulation sim = new Simulation();
    private final boolean patienceTimers;
    private final long[] delays = new long[DELAY_TABLE_SIZE];
    private int nextDelay;
    private int remaining;
    private long abandoned;
    private long mismatches;

    /** Schedules {@code population} holders, each with its patience timer armed when {@code patienceTimers}. */
    HoldModel(int population, boolean patienceTimers, long seed) {
        if (population < 1) {
            throw new IllegalArgumentException("population must be >= 1 but was " + population);
        }
        this.patienceTimers = patienceTimers;
        RandomStream rng = new RandomStreams(seed).stream("hold.delays");
        for (int i = 0; i < delays.length; i++) {
            delays[i] = Math.round(rng.nextExponential() * 1e9);
        }
        for (int i = 0; i < population; i++) {
            Holder h = new Holder();
            h.lastDelay = nextDelay();
            sim.scheduleNanos(h, h.lastDelay);
            if (patienceTimers) {
                sim.scheduleNanos(h.patience, PATIENCE_NANOS);
            }
        }
    }

    /** Fires events until {@code n} holder steps have happened (timer firings come on top). */
    void steps(int n) {
        remaining = n;
        sim.run();
    }

    Simulation simulation() {
        return sim;
    }

    /** Timers that fired: users who ran out of patience. */
    long abandoned() {
        return abandoned;
    }

    /** Steps whose timer fired when it should not have, or did not when it should: 0 when the kernel is right. */
    long mismatches() {
        return mismatches;
    }

    private long nextDelay() {
        return delays[nextDelay++ & (DELAY_TABLE_SIZE - 1)];
    }

    private final class Holder extends Event {
        private final Patience patience = new Patience();
        private long lastDelay;

        @Override
        protected void fire() {
            if (patienceTimers) {
                // An equal delay is a tie that the holder wins: it was scheduled before its timer.
                if (patience.fired != lastDelay > PATIENCE_NANOS) {
                    mismatches++;
                }
                patience.cancel();
                patience.fired = false;
            }
            lastDelay = nextDelay();
            sim.scheduleNanos(this, lastDelay);
            if (patienceTimers) {
                sim.scheduleNanos(patience, PATIENCE_NANOS);
            }
            if (--remaining == 0) {
                sim.stop();
            }
        }
    }

    /** A user's patience running out: rare, since the holder usually cancels it first. */
    private final class Patience extends Event {
        private boolean fired;

        @Override
        protected void fire() {
            fired = true;
            abandoned++;
        }
    }
}
