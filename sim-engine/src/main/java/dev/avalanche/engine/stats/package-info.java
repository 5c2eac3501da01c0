/**
 * Statistics named for what they average: tallies of observations, time-weighted averages of
 * levels, latency percentiles from an HdrHistogram of stated precision, per-interval time series.
 */
package dev.avalanche.engine.stats;
