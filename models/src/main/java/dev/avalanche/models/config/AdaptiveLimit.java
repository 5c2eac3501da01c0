package dev.avalanche.models.config;

/**
 * An adaptive concurrency limit in front of each worker process, as Netflix's concurrency-limits
 * {@code SimpleLimiter} with a {@code Gradient2Limit}: a request that finds {@code limit} requests
 * of its process in progress is answered 503 at once; every request served adjusts the limit from
 * its time in the worker (the rules are in {@link dev.avalanche.models.resilience.Gradient2}).
 *
 * @param initialLimit the limit at the start, >= 1
 * @param minLimit the limit never falls below this, >= 1
 * @param maxLimit nor rises above this, >= minLimit
 * @param smoothing how far each sample moves the limit, in (0, 1]
 * @param rttTolerance how much slower than the long-term time a request may be before the limit falls, >= 1
 * @param longWindow samples the long-term time averages over, >= 1
 * @param queueSize what the limit grows by when requests are no slower than usual, >= 0
 */
public record AdaptiveLimit(int initialLimit, int minLimit, int maxLimit, double smoothing, double rttTolerance,
        int longWindow, int queueSize) {

    /** Gradient2Limit.Builder's defaults. */
    public static final AdaptiveLimit DEFAULTS = new AdaptiveLimit(20, 20, 200, 0.2, 1.5, 600, 4);

    public AdaptiveLimit {
        Check.atLeast("initialLimit", initialLimit, 1);
        Check.atLeast("minLimit", minLimit, 1);
        Check.atLeast("maxLimit", maxLimit, minLimit);
        if (!(smoothing > 0 && smoothing <= 1)) {
            throw Check.invalid("smoothing", smoothing, "a number in (0, 1]");
        }
        if (!(rttTolerance >= 1) || Double.isInfinite(rttTolerance)) {
            throw Check.invalid("rttTolerance", rttTolerance, "a finite number >= 1");
        }
        Check.atLeast("longWindow", longWindow, 1);
        Check.atLeast("queueSize", queueSize, 0);
        if (initialLimit < minLimit || initialLimit > maxLimit) {
            throw Check.invalid("initialLimit", initialLimit, "an integer from minLimit " + minLimit + " to maxLimit " + maxLimit);
        }
    }
}
