package dev.avalanche.models.validation;

/**
 * How far a measurement may be from the prediction. Rates and latencies are relative errors
 * (0.05 = 5%); counts pass within {@code countRelative} of the prediction or within
 * {@code countAbsolute} requests, whichever is looser. A latency percentile also passes when each
 * side's value is one the other side's distribution could report at that rank, give or take
 * {@code rank} for the median (0.02 = 2 percentage points) and proportionally less in the tail
 * (a fifth of it at p90, a fiftieth at p99): where the distribution has two modes, a median
 * between them moves a long way on a few samples while the distributions agree.
 */
public record Tolerances(double throughput, double p50, double p90, double p99, double elapsed, double countRelative,
        long countAbsolute, double rank) {

    /** Throughput 5%, p50 10%, p90 15%, p99 20%, elapsed 10%, counts 10% or 5 requests, ranks 2 points. */
    public static final Tolerances DEFAULTS = new Tolerances(0.05, 0.10, 0.15, 0.20, 0.10, 0.10, 5, 0.02);

    public Tolerances {
        for (double t : new double[] {throughput, p50, p90, p99, elapsed, countRelative, rank}) {
            if (!(t >= 0) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("a tolerance: got " + t + "; allowed a finite relative error >= 0");
            }
        }
        if (countAbsolute < 0) {
            throw new IllegalArgumentException("count tolerance: got " + countAbsolute + "; allowed >= 0 requests");
        }
    }
}
