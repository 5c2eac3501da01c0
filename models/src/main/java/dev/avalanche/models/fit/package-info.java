/**
 * Fitting measurements to the model's inputs, with no I/O: a service-time distribution from
 * samples (lognormal, gamma or constant, checked at its quantiles), a concurrency limit from a
 * closed loop's throughput steps and a burst's waves (Little's law and a count), an arrival
 * profile from counts per interval (piecewise-linear, the peak kept), and the figures a
 * calibration found ({@link dev.avalanche.models.fit.Calibration}), each with how it was measured.
 *
 * <p>Units: seconds and requests per second throughout. Every result is an immutable record.
 */
package dev.avalanche.models.fit;
