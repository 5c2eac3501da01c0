package dev.avalanche.models.workload;

import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.models.config.Profile;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * An open loop's intents: a Poisson process whose rate (per second) follows a profile, drawn by
 * thinning a process at the profile's peak rate (Lewis and Shedler): candidates come at the peak
 * rate, and one at instant t is kept with probability rate(t) / peak. Each candidate draws one
 * exponential from the stream, then one uniform when the rate is below its peak, in that order:
 * the simulator, drawing candidate by candidate on its clock, and live mode, drawing the whole
 * schedule before the run ({@link #schedule}), thus get the same instants from the same stream.
 *
 * <p>Not thread-safe: one caller at a time, as the stream it draws from.
 */
public final class PoissonArrivals {

    private final Profile rate;
    private final double peak;
    private final long endNanos;
    private final RandomStream stream;

    /**
     * @param rate intents per second over time, with a peak above 0
     * @param endNanos no intent at or after this instant (scenario nanoseconds)
     * @param stream the {@link StreamNames#ARRIVALS} stream
     */
    public PoissonArrivals(Profile rate, long endNanos, RandomStream stream) {
        this.rate = rate;
        this.peak = rate.max();
        this.endNanos = endNanos;
        this.stream = stream;
    }

    /** The next candidate's instant after one at {@code nowNanos}; empty when it would fall at or after the end. */
    public OptionalLong nextCandidate(long nowNanos) {
        long gap = Math.round(stream.nextExponential() / peak * 1e9); // saturates: never overflows
        return gap < endNanos - nowNanos ? OptionalLong.of(nowNanos + gap) : OptionalLong.empty();
    }

    /** Whether the candidate at {@code atNanos} is an intent (thinning). */
    public boolean keeps(long atNanos) {
        double r = rate.valueAt(atNanos);
        return r >= peak || stream.nextDouble() * peak < r;
    }

    /**
     * The intents' instants in scenario nanoseconds, in order, in {@code [0, end)}, at most
     * {@code max} of them (the later ones are not drawn).
     */
    public long[] schedule(int max) {
        long[] times = new long[16];
        int n = 0;
        long t = 0;
        while (n < max) {
            OptionalLong next = nextCandidate(t);
            if (next.isEmpty()) {
                break;
            }
            t = next.getAsLong();
            if (keeps(t)) {
                if (n == times.length) {
                    times = Arrays.copyOf(times, n * 2);
                }
                times[n++] = t;
            }
        }
        return Arrays.copyOf(times, n);
    }
}
