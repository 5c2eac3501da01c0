package dev.avalanche.models.sim;

import dev.avalanche.engine.Simulation;
import dev.avalanche.engine.stats.SeriesCounter;
import dev.avalanche.engine.stats.SeriesLevel;
import dev.avalanche.engine.stats.TimeSeries;
import dev.avalanche.models.result.Mitigated;

/**
 * What the mitigations did, kept only when a scenario uses one: the cohort's counts (measured
 * requests, as {@link Metrics}' own) and the timeline's columns {@code shed},
 * {@code shortCircuited}, {@code retries} (users' retries sent), {@code callRetries} and the level
 * {@code breakersOpen} (breakers in the OPEN state, over every process and third party).
 * It also keeps, for the shedding invariant, the longest queue wait of a request that was served.
 */
final class MitigationMetrics {

    private final Simulation sim;
    final SeriesCounter tShed;
    final SeriesCounter tShortCircuited;
    private final SeriesCounter tRetries;
    private final SeriesCounter tCallRetries;
    private final SeriesLevel tBreakersOpen;
    long callRetries;
    long retriesDenied;
    long callsRefused;
    long fallbacks;
    long bulkheadFull;
    long breakerOpened;
    /** The longest accept-queue wait of a request a worker went on to serve (all requests), ns. */
    long servedWaitMax;
    /** The most calls any one bulkhead held at once. */
    int bulkheadPeak;

    private final long warmupNanos;

    MitigationMetrics(Simulation sim, TimeSeries series, long warmupNanos) {
        this.sim = sim;
        this.warmupNanos = warmupNanos;
        tShed = series.counter("shed");
        tShortCircuited = series.counter("shortCircuited");
        tRetries = series.counter("retries");
        tCallRetries = series.counter("callRetries");
        tBreakersOpen = series.level("breakersOpen", 0);
    }

    void retrySent() {
        tRetries.increment(sim.nowNanos());
    }

    void callRetried(Request r) {
        tCallRetries.increment(sim.nowNanos());
        if (r.measured) {
            callRetries++;
        }
    }

    void retryDenied(Request r) {
        if (r.measured) {
            retriesDenied++;
        }
    }

    void callRefused(Request r, boolean fallback) {
        if (r.measured) {
            callsRefused++;
            if (fallback) {
                fallbacks++;
            }
        }
    }

    void bulkheadFull(Request r) {
        if (r.measured) {
            bulkheadFull++;
        }
    }

    /** A breaker entered ({@code +1}) or left ({@code -1}) the OPEN state. */
    void breakerOpen(int delta) {
        tBreakersOpen.add(sim.nowNanos(), delta);
        if (delta > 0 && sim.nowNanos() >= warmupNanos) {
            breakerOpened++;
        }
    }

    /** A call entered a bulkhead, which now holds {@code held}. */
    void bulkheadHeld(int held) {
        bulkheadPeak = Math.max(bulkheadPeak, held);
    }

    void served(long waitedNanos) {
        servedWaitMax = Math.max(servedWaitMax, waitedNanos);
    }

    /** The third-party calls' counts (the cohorts count shed, short-circuited and retried requests). */
    Mitigated calls() {
        return new Mitigated(0, 0, 0, callRetries, retriesDenied, callsRefused, fallbacks,
                bulkheadFull, breakerOpened);
    }
}
