/**
 * Statistics named for what they average: tallies of observations ({@link dev.avalanche.engine.stats.Tally}),
 * time-weighted averages of levels ({@link dev.avalanche.engine.stats.TimeWeighted}), latency
 * percentiles from an HdrHistogram of stated precision ({@link dev.avalanche.engine.stats.LatencyHistogram}),
 * per-interval series for charts ({@link dev.avalanche.engine.stats.TimeSeries}) and the group that
 * resets the summary statistics at the end of the warm-up ({@link dev.avalanche.engine.stats.StatisticsGroup}).
 */
package dev.avalanche.engine.stats;
