package dev.avalanche.models.resilience;

import dev.avalanche.models.config.AdaptiveLimit;

/**
 * Netflix concurrency-limits' {@code Gradient2Limit} behind a {@code SimpleLimiter}: a request
 * may start while fewer than the limit are in progress; each one that ends gives a sample, its
 * time in progress (the RTT) and the number in progress when it started, from which
 *
 * <pre>
 *   longRtt  = exponential average of the RTTs over longWindow samples (a plain mean of the first 10)
 *   if longRtt / rtt > 2: longRtt *= 0.95                     (recovering from a long overload)
 *   if inflight < limit / 2: no change                        (not limited by the limit)
 *   gradient = clamp(rttTolerance × longRtt / rtt, 0.5, 1)
 *   limit    = (1 - smoothing) × limit + smoothing × (gradient × limit + queueSize), within [min, max]
 * </pre>
 *
 * The limit in force is the estimate's integer part. Single-threaded.
 */
public final class Gradient2 {

    private static final int WARMUP_SAMPLES = 10;

    private final AdaptiveLimit config;
    private double estimate;
    private double longRtt;
    private double warmupSum;
    private long samples;
    private int inflight;

    public Gradient2(AdaptiveLimit config) {
        this.config = config;
        this.estimate = config.initialLimit();
    }

    /** The limit in force. */
    public int limit() {
        return (int) estimate;
    }

    public int inflight() {
        return inflight;
    }

    /**
     * Whether a request may start now; if so it is counted in progress and must end with
     * {@link #onSample}, given the in-progress count this returned through {@link #inflight()}
     * just after.
     */
    public boolean tryAcquire() {
        if (inflight >= limit()) {
            return false;
        }
        inflight++;
        return true;
    }

    /** A request that started when {@code inflightAtStart} were in progress (itself included) ended after {@code rttNanos}. */
    public void onSample(long rttNanos, int inflightAtStart) {
        inflight--;
        double rtt = Math.max(1, rttNanos);
        if (samples < WARMUP_SAMPLES) {
            samples++;
            warmupSum += rtt;
            longRtt = warmupSum / samples;
        } else {
            double factor = 2.0 / (config.longWindow() + 1);
            longRtt = longRtt * (1 - factor) + rtt * factor;
        }
        if (longRtt / rtt > 2) {
            longRtt *= 0.95;
        }
        if (inflightAtStart < estimate / 2) {
            return;
        }
        double gradient = Math.max(0.5, Math.min(1.0, config.rttTolerance() * longRtt / rtt));
        double next = estimate * gradient + config.queueSize();
        next = estimate * (1 - config.smoothing()) + next * config.smoothing();
        estimate = Math.max(config.minLimit(), Math.min(config.maxLimit(), next));
    }
}
