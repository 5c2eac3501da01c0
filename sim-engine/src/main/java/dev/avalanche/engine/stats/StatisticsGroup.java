package dev.avalanche.engine.stats;

import dev.avalanche.engine.Event;
import dev.avalanche.engine.SimTime;
import dev.avalanche.engine.Simulation;
import dev.avalanche.engine.internal.Calendar;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary statistics of one model, reset together at the end of the warm-up so that they
 * describe the steady state only (warm-up deletion). Register each {@link Tally},
 * {@link TimeWeighted} and {@link LatencyHistogram} as it is created:
 * {@code Tally waits = stats.add(new Tally());}.
 *
 * <p>A {@link TimeSeries} cannot be registered, on purpose: it keeps the whole run, warm-up
 * included, for the charts.
 *
 * <p>Not thread-safe; belongs to one simulation.
 */
public final class StatisticsGroup {

    private final List<Tally> tallies = new ArrayList<>();
    private final List<TimeWeighted> levels = new ArrayList<>();
    private final List<LatencyHistogram> histograms = new ArrayList<>();

    /** Registers {@code tally} and returns it. */
    public Tally add(Tally tally) {
        tallies.add(tally);
        return tally;
    }

    /** Registers {@code level} and returns it. */
    public TimeWeighted add(TimeWeighted level) {
        levels.add(level);
        return level;
    }

    /** Registers {@code histogram} and returns it. */
    public LatencyHistogram add(LatencyHistogram histogram) {
        histograms.add(histogram);
        return histogram;
    }

    /** How many statistics are registered. */
    public int size() {
        return tallies.size() + levels.size() + histograms.size();
    }

    /**
     * Forgets every observation made so far; time-weighted averages restart at {@code nowNanos}
     * with their current level.
     */
    public void resetAll(long nowNanos) {
        tallies.forEach(Tally::reset);
        levels.forEach(l -> l.reset(nowNanos));
        histograms.forEach(LatencyHistogram::reset);
    }

    /**
     * Schedules {@link #resetAll} in {@code sim} at {@code warmupEnd}, before every other event due
     * at that instant, so that what happens at {@code warmupEnd} itself is kept.
     *
     * @return the scheduled event, which can be cancelled
     * @throws IllegalArgumentException when {@code warmupEnd} is before the simulation's current time
     */
    public Event resetAt(Simulation sim, SimTime warmupEnd) {
        if (warmupEnd.isBefore(sim.now())) {
            throw new IllegalArgumentException("the warm-up cannot end at " + warmupEnd + ": the simulation is already at " + sim.now());
        }
        Event reset = new Event() {
            @Override
            protected void fire() {
                resetAll(sim.nowNanos());
            }
        };
        sim.schedule(reset, warmupEnd.since(sim.now()), Calendar.MIN_PRIORITY);
        return reset;
    }
}
