package dev.avalanche.models.result;

/**
 * Latencies in seconds, from the user's send to the response (SYN retransmissions and backlog
 * waiting included); percentiles within 1% relative error. NaN when nothing was measured.
 */
public record LatencySummary(long count, double mean, double p50, double p90, double p99, double max) {
}
