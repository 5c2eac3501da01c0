/**
 * Pictures of collapse and recovery (JFreeChart, headless) and the HTML report, drawn from
 * results only: charts never run a simulation.
 *
 * <p>{@link dev.avalanche.charts.Charts} writes a run's charts (requests, latency, workers and
 * backlog, the third party's slowdown, all variants compared) or a {@link dev.avalanche.charts.Sweep}'s
 * as 1200x700 PNG and SVG, and for a validation the overlay of a simulated and a live run and the
 * chart of their relative errors; {@link dev.avalanche.charts.Report} writes the self-contained
 * {@code report.html} around them. Colours are fixed: by metric on one variant's charts, by
 * variant (its position in the run) on comparisons; on an overlay, by metric, with the source as
 * the stroke (simulation solid, live dashed).
 */
package dev.avalanche.charts;
