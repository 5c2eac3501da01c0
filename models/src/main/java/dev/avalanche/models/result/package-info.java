/**
 * What a run produces, simulated or live: per-variant counts, latency and capacity figures (and
 * each kind of request's, for a mix), a verdict and the per-interval timeline. Plain immutable
 * data, so charts and writers work on both.
 */
package dev.avalanche.models.result;
