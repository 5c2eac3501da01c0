/**
 * JMH micro-benchmarks of the kernel and the side-by-side baselines (a hand-written
 * primitive-array M/M/c) that the engine's speed is measured against.
 */
package dev.avalanche.benchmarks;
