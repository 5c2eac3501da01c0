/**
 * Thresholds on a run's results, as CI jobs use them ({@code --fail-on p99>2s}): the expression
 * grammar ({@link dev.avalanche.models.threshold.Threshold#parse}), the figures it can name
 * ({@link dev.avalanche.models.threshold.Figure}) and their evaluation against each variant. What
 * a crossed threshold does to the process (its exit code) is the command line's business.
 */
package dev.avalanche.models.threshold;
