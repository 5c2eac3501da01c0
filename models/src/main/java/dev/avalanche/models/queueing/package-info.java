/**
 * A small, fast, general queueing station on the engine, G/G/c/K+G: renewal arrivals, any service
 * distribution, c servers, an optional limit K on the number in the system, optional patience,
 * FIFO. It is the simulator's proof against the closed forms of
 * {@link dev.avalanche.models.analytic}: the same questions asked both ways must agree within a
 * confidence interval.
 */
package dev.avalanche.models.queueing;
