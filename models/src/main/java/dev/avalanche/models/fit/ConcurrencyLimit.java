package dev.avalanche.models.fit;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * How many requests a service works on at once (workers x processes), from two measurements of a
 * closed loop: the throughput's plateau as the concurrency steps up, divided into Little's law
 * (limit = plateau throughput x service time at low load), and the first wave of a burst of more
 * requests than the limit sent at once (those served at once answer about one service time in, the
 * rest a service time later: a count, which a busy machine does not change). The count is kept when
 * the waves are clearly apart; otherwise Little's estimate, rounded.
 *
 * @param limit the concurrency limit kept
 * @param method how it was found: {@code "burst"} (the first wave's count) or {@code "little"}
 * @param plateauThroughput the highest throughput of the steps (requests per second)
 * @param serviceSeconds the mean service time at low load used in Little's law (seconds)
 * @param littleEstimate plateauThroughput x serviceSeconds, unrounded
 * @param firstWave the burst's first wave, when its waves were apart
 * @param burst how many requests the burst sent (0 without a burst)
 */
public record ConcurrencyLimit(int limit, String method, double plateauThroughput, double serviceSeconds, double littleEstimate,
        OptionalInt firstWave, int burst) {

    /** A doubling of the concurrency that raises the throughput by less than this fraction is on the plateau. */
    public static final double PLATEAU_GAIN = 0.10;

    /**
     * One step of the closed loop.
     *
     * @param concurrency clients sending back to back
     * @param completed successful responses
     * @param seconds from the first send to the last response
     * @param failed failed requests (errors, timeouts, non-2xx)
     */
    public record Step(int concurrency, long completed, double seconds, long failed) {

        /** Successful responses per second. */
        public double throughput() {
            return seconds > 0 ? completed / seconds : 0;
        }
    }

    /** Whether {@code next}, after {@code previous} at a higher concurrency, has reached the plateau. */
    public static boolean onPlateau(Step previous, Step next) {
        return next.throughput() < previous.throughput() * (1 + PLATEAU_GAIN);
    }

    /**
     * The first wave of a burst: the responses (seconds after the burst was sent) up to the first
     * gap longer than half a service time; empty when there is no such gap (one wave, or waves that
     * blur into each other).
     */
    public static OptionalInt firstWave(double[] responseSeconds, double serviceSeconds) {
        double[] t = responseSeconds.clone();
        Arrays.sort(t);
        for (int i = 0; i + 1 < t.length; i++) {
            if (t[i + 1] - t[i] > serviceSeconds / 2) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The service time the burst's gaps are judged by: the one measured at low load, or the burst's
     * earliest response when that came sooner. The earliest response took at least one service
     * time as the burst found the service, so on a host busier during the ramp than during the
     * burst (the low-load steps slowed by it) the waves are still told apart.
     */
    static double waveScale(double[] burstResponses, double serviceSeconds) {
        double earliest = Arrays.stream(burstResponses).min().orElse(serviceSeconds);
        return earliest > 0 ? Math.min(serviceSeconds, earliest) : serviceSeconds;
    }

    /** Whether a burst's responses came in waves apart enough to count the first (judged as {@link #of} judges them). */
    public static boolean wavesApart(double[] burstResponses, double serviceSeconds) {
        return countedWave(burstResponses, serviceSeconds).isPresent();
    }

    /** The burst's first wave, its gaps judged by {@link #waveScale}; empty for no burst or blurred waves. */
    private static OptionalInt countedWave(double[] burstResponses, double serviceSeconds) {
        return burstResponses.length == 0 ? OptionalInt.empty() : firstWave(burstResponses, waveScale(burstResponses, serviceSeconds));
    }

    /**
     * The limit from the steps, the service time at low load, and a burst's response times (empty
     * for no burst).
     *
     * @throws IllegalArgumentException when there is no step with a response, or the service time is not &gt; 0
     */
    public static ConcurrencyLimit of(List<Step> steps, double serviceSeconds, double[] burstResponses) {
        double plateau = steps.stream().mapToDouble(Step::throughput).max().orElse(0);
        if (!(plateau > 0) || !(serviceSeconds > 0)) {
            throw new IllegalArgumentException("steps: got a throughput of " + plateau + " and a service time of " + serviceSeconds
                    + " s; allowed at least one response and a service time > 0");
        }
        double little = plateau * serviceSeconds;
        OptionalInt wave = countedWave(burstResponses, serviceSeconds);
        if (wave.isPresent()) {
            return new ConcurrencyLimit(wave.getAsInt(), "burst", plateau, serviceSeconds, little, wave, burstResponses.length);
        }
        return new ConcurrencyLimit(Math.max(1, (int) Math.round(little)), "little", plateau, serviceSeconds, little,
                OptionalInt.empty(), burstResponses.length);
    }
}
