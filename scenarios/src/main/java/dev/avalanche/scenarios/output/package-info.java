/**
 * Writers of a run's files: {@code summary.json} (the binding field names of the format),
 * {@code timeseries.csv}, {@code sweep.csv}, each variant's latencies in HdrHistogram's formats
 * ({@code .hgrm}, {@code .hlog}), and {@code validate}'s {@code validation.json} and
 * {@code validation.csv}; each written to a temporary file and moved into place, so a reader
 * never sees a half-written result.
 */
package dev.avalanche.scenarios.output;
