/**
 * Randomness: named, independent, seeded streams ({@link dev.avalanche.engine.random.RandomStreams})
 * and the distributions capacity planners speak in (exponential by its mean, lognormal by its median
 * or its p99, empirical from percentiles, mixtures...).
 */
package dev.avalanche.engine.random;
