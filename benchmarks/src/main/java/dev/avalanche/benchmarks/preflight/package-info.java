/** The preflight's estimate of a run's time measured against runs ({@code avalanche bench preflight}). */
package dev.avalanche.benchmarks.preflight;
