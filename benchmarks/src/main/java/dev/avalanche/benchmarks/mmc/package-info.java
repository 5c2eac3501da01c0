/**
 * The side-by-side M/M/c harness: the same model and the same random streams on the engine, on a
 * hand-written primitive-array heap (the baseline), on a {@code java.util.PriorityQueue} and on
 * SSJ's simulator with its BinaryTree and SplayTree event lists, run interleaved and measured in
 * customers per CPU-second. Because all of them fire events in the same (time, insertion) order
 * they simulate the same sample path, which the report checks exactly.
 */
package dev.avalanche.benchmarks.mmc;
