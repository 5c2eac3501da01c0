package dev.avalanche.models.analytic;

/**
 * Little's law, L = λW: in any system that is stable over the period observed, the mean number
 * inside (L) is the throughput (λ, per second) times the mean time spent inside (W, seconds). It
 * holds for any arrival and service distribution and any discipline, so it converts between the
 * three quantities whichever two are known.
 */
public final class LittlesLaw {

    private LittlesLaw() {
    }

    /**
     * L = λW.
     *
     * @param throughputPerSecond λ, customers per second entering (= leaving) the system; {@code >= 0}
     * @param meanTimeSeconds W, mean time in the system in seconds; {@code >= 0}
     * @return the mean number in the system
     * @throws IllegalArgumentException when a parameter is negative, NaN or infinite
     */
    public static double meanNumber(double throughputPerSecond, double meanTimeSeconds) {
        return Check.nonNegative("throughput (per second)", throughputPerSecond)
                * Check.nonNegative("mean time (s)", meanTimeSeconds);
    }

    /**
     * W = L / λ.
     *
     * @param meanNumber L, mean number in the system; {@code >= 0}
     * @param throughputPerSecond λ, customers per second; {@code > 0}
     * @return the mean time in the system in seconds
     * @throws IllegalArgumentException when L is negative or λ is not positive (or either is NaN or infinite)
     */
    public static double meanTime(double meanNumber, double throughputPerSecond) {
        return Check.nonNegative("mean number", meanNumber) / Check.positive("throughput (per second)", throughputPerSecond);
    }

    /**
     * λ = L / W.
     *
     * @param meanNumber L, mean number in the system; {@code >= 0}
     * @param meanTimeSeconds W, mean time in the system in seconds; {@code > 0}
     * @return the throughput in customers per second
     * @throws IllegalArgumentException when L is negative or W is not positive (or either is NaN or infinite)
     */
    public static double throughput(double meanNumber, double meanTimeSeconds) {
        return Check.nonNegative("mean number", meanNumber) / Check.positive("mean time (s)", meanTimeSeconds);
    }
}
