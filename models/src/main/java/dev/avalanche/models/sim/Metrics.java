package dev.avalanche.models.sim;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.SimTime;
import dev.avalanche.engine.stats.LatencyHistogram;
import dev.avalanche.engine.stats.SeriesCounter;
import dev.avalanche.engine.stats.SeriesLatency;
import dev.avalanche.engine.stats.SeriesLevel;
import dev.avalanche.engine.stats.StatisticsGroup;
import dev.avalanche.engine.stats.Tally;
import dev.avalanche.engine.stats.TimeSeries;
import dev.avalanche.engine.stats.TimeWeighted;
import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.RequestCounts;
import java.util.Optional;

/**
 * Everything the run measures. Counts and tallies follow the cohort of measured requests (sent
 * at or after the warm-up) to their outcomes, whenever those come, so that conservation holds
 * exactly; levels are time-weighted from the warm-up on. The timeline covers the whole run.
 */
final class Metrics {

    private final long warmupNanos;
    private final TimeSeries series;
    private final SeriesCounter tIntents;
    private final SeriesCounter tSent;
    private final SeriesCounter tCompleted;
    private final SeriesCounter tGoodput;
    private final SeriesCounter tAbandoned;
    private final SeriesCounter tRejected;
    private final SeriesCounter tTimedOut;
    private final SeriesCounter tFailed;
    private final SeriesLevel tBusy;
    private final SeriesLevel tBacklog;
    private final SeriesLatency tLatency;
    private final dev.avalanche.engine.Simulation sim;
    /** The mitigations' columns and counts; null when the scenario uses none (its files stay as they were). */
    final MitigationMetrics mitigations;

    final TimeWeighted busy;
    final TimeWeighted backlog;
    final LatencyHistogram latency = new LatencyHistogram();
    final Tally wait = new Tally();
    long intents;
    long sent;
    long completed;
    long goodput;
    long abandoned;
    long rejected;
    long timedOut;
    long failed;
    long orphaned;
    long discarded;
    long synRetransmissions;
    long refreshes;
    /** Measured requests whose user has no outcome yet. */
    long waiting;
    /** Server-side, all requests (measured or not): taken by a worker, answered by one, thrown away unworked. */
    long acceptedAll;
    long respondedAll;
    long discardedAll;
    /** The instant the last measured user got its outcome. */
    long lastOutcomeNanos;

    Metrics(dev.avalanche.engine.Simulation sim, long warmupNanos, SimDuration interval, SimDuration horizon) {
        this(sim, warmupNanos, interval, horizon, false);
    }

    Metrics(dev.avalanche.engine.Simulation sim, long warmupNanos, SimDuration interval, SimDuration horizon,
            boolean mitigated) {
        this.sim = sim;
        this.warmupNanos = warmupNanos;
        this.busy = new TimeWeighted(0, 0);
        this.backlog = new TimeWeighted(0, 0);
        series = new TimeSeries(SimTime.ZERO, interval, horizon);
        tIntents = series.counter("intents");
        tSent = series.counter("sent");
        tCompleted = series.counter("completed");
        tGoodput = series.counter("goodput");
        tAbandoned = series.counter("abandoned");
        tRejected = series.counter("rejected");
        tTimedOut = series.counter("timedOut");
        tFailed = series.counter("failed");
        tBusy = series.level("busyWorkers", 0);
        tBacklog = series.level("backlog", 0);
        tLatency = series.latency("latency", 50, 99);
        mitigations = mitigated ? new MitigationMetrics(sim, series, warmupNanos) : null;
    }

    long warmupNanos() {
        return warmupNanos;
    }

    TimeSeries series() {
        return series;
    }

    /** Warm-up deletion: the levels' averages start again at the warm-up (counts follow the cohort instead). */
    void deleteWarmup() {
        StatisticsGroup levels = new StatisticsGroup();
        levels.add(busy);
        levels.add(backlog);
        levels.resetAt(sim, new SimTime(warmupNanos));
    }

    void intent(Intent i) {
        tIntents.increment(sim.nowNanos());
        if (i.measured) {
            intents++;
        }
    }

    void sent(Request r) {
        tSent.increment(sim.nowNanos());
        if (r.measured) {
            sent++;
            waiting++;
            if (r.retry) {
                mitigations.retries++;
            } else if (r.intent.refreshes > 0) {
                refreshes++;
            }
        }
    }

    void synRetransmitted(Request r) {
        if (r.measured) {
            synRetransmissions++;
        }
    }

    void backlogChanged(int delta) {
        long now = sim.nowNanos();
        backlog.add(now, delta);
        tBacklog.add(now, delta);
    }

    void busyChanged(int delta) {
        long now = sim.nowNanos();
        busy.add(now, delta);
        tBusy.add(now, delta);
    }

    void accepted(Request r, long waitedNanos) {
        acceptedAll++;
        if (r.measured) {
            wait.add(waitedNanos / 1e9);
        }
    }

    void discarded(Request r) {
        discardedAll++;
        if (r.measured) {
            discarded++;
        }
    }

    /** A worker produced a response for {@code r}, {@code latencyNanos} after it was sent. */
    void responded(Request r, boolean success, long latencyNanos) {
        long now = sim.nowNanos();
        respondedAll++;
        if (success) {
            tCompleted.increment(now);
            tLatency.record(now, latencyNanos);
        }
        if (!r.measured) {
            return;
        }
        if (success) {
            completed++;
            latency.record(latencyNanos);
        }
        if (r.userDone) {
            orphaned++;
        }
    }

    void resolved(Request r, Outcome outcome) {
        long now = sim.nowNanos();
        SeriesCounter column = switch (outcome) {
            case GOODPUT -> tGoodput;
            case FAILED -> tFailed;
            case ABANDONED -> tAbandoned;
            case TIMED_OUT -> tTimedOut;
            case REJECTED -> tRejected;
            case SHED -> mitigations.tShed;
            case SHORT_CIRCUITED -> mitigations.tShortCircuited;
        };
        column.increment(now);
        if (!r.measured) {
            return;
        }
        lastOutcomeNanos = now;
        waiting--;
        switch (outcome) {
            case GOODPUT -> goodput++;
            case FAILED -> failed++;
            case ABANDONED -> abandoned++;
            case TIMED_OUT -> timedOut++;
            case REJECTED -> rejected++;
            case SHED -> mitigations.shed++;
            case SHORT_CIRCUITED -> mitigations.shortCircuited++;
        }
    }

    RequestCounts counts() {
        RequestCounts c = new RequestCounts(intents, sent, completed, goodput, abandoned, rejected, timedOut, failed,
                waiting, orphaned, discarded, synRetransmissions, refreshes);
        return mitigations == null ? c : new RequestCounts(intents, sent, completed, goodput, abandoned, rejected,
                timedOut, failed, waiting, orphaned, discarded, synRetransmissions, refreshes, c.failures(),
                Optional.of(mitigations.counts()));
    }

    LatencySummary latencySummary() {
        return LatencySummary.of(latency);
    }
}
