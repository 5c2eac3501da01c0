package dev.avalanche.models.sim;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.SimTime;
import dev.avalanche.engine.stats.SeriesCounter;
import dev.avalanche.engine.stats.SeriesLatency;
import dev.avalanche.engine.stats.SeriesLevel;
import dev.avalanche.engine.stats.StatisticsGroup;
import dev.avalanche.engine.stats.Tally;
import dev.avalanche.engine.stats.TimeSeries;
import dev.avalanche.engine.stats.TimeWeighted;
import dev.avalanche.models.result.KindResult;
import dev.avalanche.models.result.Mitigated;
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
    final Tally wait = new Tally();
    /** Every measured request. */
    final Cohort all = new Cohort();
    /** The measured requests of each kind, by index in the mix; none when the mix has one kind. */
    final Cohort[] kinds;
    /** Server-side, all requests (measured or not): taken by a worker, answered by one, thrown away unworked. */
    long acceptedAll;
    long respondedAll;
    long discardedAll;
    /** The instant the last measured user got its outcome. */
    long lastOutcomeNanos;

    /** Each kind's goodput and latency columns ({@link KindResult#column}), by index in the mix; none for one kind. */
    private final SeriesCounter[] tKindGoodput;
    private final SeriesLatency[] tKindLatency;

    /**
     * {@code kinds}: the names of the kinds of request in the mix; each gets its cohort and its
     * columns when there are two or more.
     */
    Metrics(dev.avalanche.engine.Simulation sim, long warmupNanos, SimDuration interval, SimDuration horizon,
            java.util.List<String> kinds, boolean mitigated) {
        this.sim = sim;
        int n = kinds.size() > 1 ? kinds.size() : 0;
        this.kinds = new Cohort[n];
        this.tKindGoodput = new SeriesCounter[n];
        this.tKindLatency = new SeriesLatency[n];
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
        for (int k = 0; k < n; k++) {
            this.kinds[k] = new Cohort();
            tKindGoodput[k] = series.counter(KindResult.column(kinds.get(k), "goodput"));
            tKindLatency[k] = series.latency(KindResult.column(kinds.get(k), "latency"), 50, 99);
        }
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
            all.intent();
            if (kinds.length > 0) {
                kinds[i.kind].intent();
            }
        }
    }

    void sent(Request r) {
        tSent.increment(sim.nowNanos());
        if (r.measured) {
            boolean refresh = r.intent.refreshes > 0;
            all.sent(refresh, r.retry);
            if (kinds.length > 0) {
                kinds[r.kind].sent(refresh, r.retry);
            }
        }
    }

    void synRetransmitted(Request r) {
        if (r.measured) {
            all.synRetransmitted();
            if (kinds.length > 0) {
                kinds[r.kind].synRetransmitted();
            }
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
            all.discarded();
            if (kinds.length > 0) {
                kinds[r.kind].discarded();
            }
        }
    }

    /** A worker produced a response for {@code r}, {@code latencyNanos} after it was sent. */
    void responded(Request r, boolean success, long latencyNanos) {
        long now = sim.nowNanos();
        respondedAll++;
        if (success) {
            tCompleted.increment(now);
            tLatency.record(now, latencyNanos);
            if (kinds.length > 0) {
                tKindLatency[r.kind].record(now, latencyNanos);
            }
        }
        if (!r.measured) {
            return;
        }
        all.responded(success, latencyNanos, r.userDone);
        if (kinds.length > 0) {
            kinds[r.kind].responded(success, latencyNanos, r.userDone);
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
        if (outcome == Outcome.GOODPUT && kinds.length > 0) {
            tKindGoodput[r.kind].increment(now);
        }
        if (!r.measured) {
            return;
        }
        lastOutcomeNanos = now;
        all.resolved(outcome);
        if (kinds.length > 0) {
            kinds[r.kind].resolved(outcome);
        }
    }

    /**
     * The third-party calls' counts of the mitigations, present when the scenario uses one; the
     * kinds' counts leave them at zero (calls are counted for the variant, not by kind).
     */
    Optional<Mitigated> calls() {
        return mitigations == null ? Optional.empty() : Optional.of(mitigations.calls());
    }

    Optional<Mitigated> kindCalls() {
        return mitigations == null ? Optional.empty() : Optional.of(Mitigated.NONE);
    }
}
