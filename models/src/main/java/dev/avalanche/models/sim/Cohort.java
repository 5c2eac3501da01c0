package dev.avalanche.models.sim;

import dev.avalanche.engine.stats.LatencyHistogram;
import dev.avalanche.models.result.Failures;
import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.Mitigated;
import dev.avalanche.models.result.RequestCounts;
import java.util.Optional;

/**
 * The counts and latencies of a cohort of measured requests (all of them, or those of one kind of
 * request), followed to their outcomes whenever those come, so that conservation holds exactly
 * in each cohort. Single-threaded, like the simulation.
 */
final class Cohort {

    final LatencyHistogram latency = new LatencyHistogram();
    private long intents;
    private long sent;
    private long completed;
    private long goodput;
    private long abandoned;
    private long rejected;
    private long timedOut;
    private long failed;
    private long orphaned;
    private long discarded;
    private long synRetransmissions;
    private long refreshes;
    /** Requests whose user has no outcome yet. */
    private long waiting;
    /** The mitigations' outcomes of their own, and the users' application's retries sent. */
    private long shed;
    private long shortCircuited;
    private long retries;

    void intent() {
        intents++;
    }

    /** {@code retry}: the users' application retrying an error answer (counted apart from refreshes). */
    void sent(boolean refresh, boolean retry) {
        sent++;
        waiting++;
        if (retry) {
            retries++;
        } else if (refresh) {
            refreshes++;
        }
    }

    void synRetransmitted() {
        synRetransmissions++;
    }

    void discarded() {
        discarded++;
    }

    /** A worker produced a response, successful or not, {@code latencyNanos} after the send; {@code orphan}: its user had left. */
    void responded(boolean success, long latencyNanos, boolean orphan) {
        if (success) {
            completed++;
            latency.record(latencyNanos);
        }
        if (orphan) {
            orphaned++;
        }
    }

    void resolved(Outcome outcome) {
        waiting--;
        switch (outcome) {
            case GOODPUT -> goodput++;
            case FAILED -> failed++;
            case ABANDONED -> abandoned++;
            case TIMED_OUT -> timedOut++;
            case REJECTED -> rejected++;
            case SHED -> shed++;
            case SHORT_CIRCUITED -> shortCircuited++;
        }
    }

    /**
     * The cohort's counts; {@code calls}, when the scenario uses a mitigation, gives the
     * third-party calls' counts to report beside the cohort's own shed, short-circuited and
     * retried requests (absent: no mitigation, the counts stay as they were).
     */
    RequestCounts counts(Optional<Mitigated> calls) {
        return new RequestCounts(intents, sent, completed, goodput, abandoned, rejected, timedOut, failed, waiting,
                orphaned, discarded, synRetransmissions, refreshes, Failures.answered(failed, rejected, timedOut),
                calls.map(c -> new Mitigated(shed, shortCircuited, retries, 0, 0, 0, 0, 0, 0).plus(c)));
    }

    LatencySummary latencySummary() {
        return LatencySummary.of(latency);
    }
}
