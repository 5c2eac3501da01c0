/**
 * The avalanche model's speed: one simulated hour of the story's slowdown, timed in CPU seconds
 * per simulated request, with 640 workers and with 64,000 side by side, to show that the cost
 * grows with requests and not with workers.
 */
package dev.avalanche.benchmarks.model;
