/**
 * Pictures of collapse and recovery (JFreeChart, headless) and the HTML report, drawn from
 * results only: charts never run a simulation.
 */
package dev.avalanche.charts;
