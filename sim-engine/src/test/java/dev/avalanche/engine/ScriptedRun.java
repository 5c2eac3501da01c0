package dev.avalanche.engine;

import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;

/**
 * A random script of schedules, cancels, reschedules and partial runs played on one simulation,
 * and the trace of what happened (who fired when, how many were pending after each step): for
 * comparing two ways of scheduling that must fire events in the same order. How a probe is
 * scheduled is the caller's {@link Scheduler}; the script, the probes and the trace are the same.
 */
final class ScriptedRun {

    /** Schedules {@code e}, which is not pending, drawing what it needs from {@code run.rng}. */
    @FunctionalInterface
    interface Scheduler {
        void schedule(ScriptedRun run, Event e);
    }

    final Simulation sim = new Simulation();
    final RandomStream rng;
    final List<String> trace = new ArrayList<>();
    private final Probe[] probes;
    private final Scheduler scheduler;
    private final int againInThree;
    private final int scheduleOps;

    /**
     * @param againInThree a probe that fires schedules another with probability againInThree / 3
     * @param scheduleOps of each step's 20 outcomes, this many schedule a probe, the rest up to 18
     *     cancel one and the last two run the simulation a little
     */
    ScriptedRun(int events, String stream, Scheduler scheduler, int againInThree, int scheduleOps) {
        this.rng = new RandomStreams(20261207L).stream(stream);
        this.scheduler = scheduler;
        this.againInThree = againInThree;
        this.scheduleOps = scheduleOps;
        this.probes = new Probe[events];
        for (int i = 0; i < events; i++) {
            probes[i] = new Probe(i);
        }
    }

    /** An event that logs its firing and sometimes schedules another. */
    private final class Probe extends Event {
        final int id;

        Probe(int id) {
            this.id = id;
        }

        @Override
        protected void fire() {
            trace.add(id + "@" + sim.nowNanos());
            if (rng.nextInt(3) < againInThree) {
                schedule(probes[rng.nextInt(probes.length)]);
            }
        }
    }

    private void schedule(Probe p) {
        if (!p.isPending()) {
            scheduler.schedule(this, p);
        }
    }

    /** Plays {@code steps} steps, then runs the simulation to its end. */
    void play(int steps, int maxRunMicros) {
        for (int step = 0; step < steps; step++) {
            int op = rng.nextInt(20);
            Probe p = probes[rng.nextInt(probes.length)];
            if (op < scheduleOps) {
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

    /** How many probes fired in all. */
    long firings() {
        return trace.stream().filter(s -> s.contains("@")).count();
    }
}
