package dev.avalanche.models.config;

import dev.avalanche.engine.SimDuration;
import java.util.Optional;

/**
 * Retries of a failed attempt, as resilience4j's {@code Retry} with
 * {@code IntervalFunction.ofExponentialRandomBackoff}: at most {@code maxAttempts} attempts in all
 * (the first included); the n-th retry waits {@code backoff × multiplier^(n-1)}, spread uniformly
 * over ± {@code jitter} of itself.
 *
 * @param maxAttempts attempts in all, the first included, >= 2
 * @param backoff the wait before the first retry, > 0
 * @param multiplier the factor from one wait to the next, >= 1
 * @param jitter the randomization factor in [0, 1): 0.5 draws the wait from 50% to 150% of its base
 * @param budget when present, the cap on retries as a fraction of first attempts (client side only)
 */
public record Retry(int maxAttempts, SimDuration backoff, double multiplier, double jitter, Optional<Budget> budget) {

    public Retry {
        Check.atLeast("maxAttempts", maxAttempts, 2);
        Check.positive("backoff", backoff);
        if (!(multiplier >= 1) || Double.isInfinite(multiplier)) {
            throw Check.invalid("multiplier", multiplier, "a finite number >= 1");
        }
        if (!(jitter >= 0 && jitter < 1)) {
            throw Check.invalid("jitter", jitter, "a number in [0, 1)");
        }
        budget = budget == null ? Optional.empty() : budget;
    }

    /**
     * The wait before retry number {@code retry} (1 for the first), given a uniform draw {@code u}
     * in [0, 1): the base interval times a factor uniform in [1 - jitter, 1 + jitter].
     */
    public long backoffNanos(int retry, double u) {
        double base = backoff.nanos() * Math.pow(multiplier, retry - 1);
        double wait = base * (1 - jitter + 2 * jitter * u);
        return (long) Math.min(wait, Check.MAX_DURATION.nanos());
    }

    /**
     * A retry budget as Finagle's {@code RetryBudget}: within any span of {@code window}, retries
     * may be at most {@code minRetries + ratio ×} the first attempts made in it.
     *
     * @param ratio retries allowed per first attempt, in [0, 1]
     * @param window the sliding span over which calls and retries are counted, > 0
     * @param minRetries retries always allowed in a window, whatever the traffic, >= 0
     */
    public record Budget(double ratio, SimDuration window, int minRetries) {

        public static final SimDuration DEFAULT_WINDOW = SimDuration.ofSeconds(10);

        public Budget {
            Check.probability("ratio", ratio);
            Check.positive("window", window);
            Check.atLeast("minRetries", minRetries, 0);
        }
    }
}
