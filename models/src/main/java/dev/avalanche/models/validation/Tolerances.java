package dev.avalanche.models.validation;

/**
 * How far a measurement may be from the prediction. Rates and latencies are relative errors
 * (0.05 = 5%); counts pass within {@code countRelative} of the prediction or within
 * {@code countAbsolute} requests, whichever is looser.
 */
public record Tolerances(double throughput, double p50, double p90, double p99, double elapsed, double countRelative,
        long countAbsolute) {

    /** Throughput 5%, p50 10%, p90 15%, p99 20%, elapsed 10%, counts 10% or 5 requests. */
    public static final Tolerances DEFAULTS = new Tolerances(0.05, 0.10, 0.15, 0.20, 0.10, 0.10, 5);

    public Tolerances {
        for (double t : new double[] {throughput, p50, p90, p99, elapsed, countRelative}) {
            if (!(t >= 0) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("a tolerance: got " + t + "; allowed a finite relative error >= 0");
            }
        }
        if (countAbsolute < 0) {
            throw new IllegalArgumentException("count tolerance: got " + countAbsolute + "; allowed >= 0 requests");
        }
    }
}
