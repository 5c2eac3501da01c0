/**
 * The side-by-side M/M/c harness: the same model and the same random streams on the engine, on a
 * hand-written primitive-array heap (the baseline) and on a {@code java.util.PriorityQueue}, run
 * interleaved and measured in customers per CPU-second. Because all three fire events in the same
 * (time, insertion) order they simulate the same sample path, which the report checks exactly.
 */
package dev.avalanche.benchmarks.mmc;
