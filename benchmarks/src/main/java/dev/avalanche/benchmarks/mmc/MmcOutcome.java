package dev.avalanche.benchmarks.mmc;

/**
 * What one M/M/c run observed. Every field is an exact integer, so two implementations that
 * simulated the same sample path produce equal outcomes, and any divergence (a different tie
 * order, a different draw order) shows as inequality.
 *
 * @param customers customers served
 * @param waited customers who found every server busy and joined the line
 * @param totalWaitNanos sum over all customers of the time from arrival to start of service, in nanoseconds
 * @param endNanos simulated instant of the last departure, in nanoseconds
 */
public record MmcOutcome(long customers, long waited, long totalWaitNanos, long endNanos) {

    /** Mean time from arrival to start of service over all customers, in seconds. */
    public double meanWaitSeconds() {
        return totalWaitNanos / 1e9 / customers;
    }

    /** Fraction of customers who had to wait (the Erlang C probability, estimated). */
    public double fractionWaited() {
        return (double) waited / customers;
    }
}
