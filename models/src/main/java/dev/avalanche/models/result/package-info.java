/**
 * What a run produces, simulated or live: per-variant counts, latency and capacity figures (and per
 * kind of request, for a mix), a
 * verdict and the per-interval timeline. Plain immutable data, so charts and writers work on both.
 */
package dev.avalanche.models.result;
