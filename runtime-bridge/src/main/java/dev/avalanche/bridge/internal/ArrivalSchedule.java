package dev.avalanche.bridge.internal;

import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.models.config.Profile;
import java.util.Arrays;

/**
 * The open loop's intents, drawn before the run: a Poisson process whose rate (per scenario
 * second) follows a profile, by thinning a process at the profile's peak rate, the simulator's
 * method on the same {@code arrivals} stream. Precomputing keeps the load generator's clock work
 * out of the way of sending, and makes the schedule reproducible from the seed.
 */
public final class ArrivalSchedule {

    private ArrivalSchedule() {
    }

    /**
     * The intents' instants in scenario nanoseconds, in order, in {@code [0, endNanos)}, at most
     * {@code max} of them (the later ones are dropped).
     */
    public static long[] poisson(Profile rate, long endNanos, RandomStream arrivals, int max) {
        double peak = rate.max();
        long[] times = new long[16];
        int n = 0;
        long t = 0;
        while (n < max) {
            t += Math.round(arrivals.nextExponential() / peak * 1e9);
            if (t >= endNanos) {
                break;
            }
            double r = rate.valueAt(t);
            if (r >= peak || arrivals.nextDouble() * peak < r) {
                if (n == times.length) {
                    times = Arrays.copyOf(times, n * 2);
                }
                times[n++] = t;
            }
        }
        return Arrays.copyOf(times, n);
    }
}
