package dev.avalanche.models.sim;

import dev.avalanche.engine.stats.LatencyHistogram;
import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.RequestCounts;

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

    void intent() {
        intents++;
    }

    void sent(boolean refresh) {
        sent++;
        waiting++;
        if (refresh) {
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
        }
    }

    RequestCounts counts() {
        return new RequestCounts(intents, sent, completed, goodput, abandoned, rejected, timedOut, failed, waiting,
                orphaned, discarded, synRetransmissions, refreshes);
    }

    LatencySummary latencySummary() {
        return LatencySummary.of(latency);
    }
}
