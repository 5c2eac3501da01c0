/**
 * How the charts are built and written: series from timelines (thinned, in the run's time unit),
 * the palette and common look, the JFreeChart builders (public here so tests can inspect their
 * datasets, but not part of the API), PNG and Batik SVG output, atomic files, and the report page.
 */
package dev.avalanche.charts.internal;
