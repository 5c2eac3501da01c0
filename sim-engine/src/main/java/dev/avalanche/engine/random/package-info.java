/**
 * Randomness: named, independent, seeded streams ({@link dev.avalanche.engine.random.RandomStreams})
 * and the distributions capacity planners speak in ({@link dev.avalanche.engine.random.Distributions}:
 * exponential by its mean, lognormal by its median or its mean and p99, empirical from percentiles,
 * mixtures...). Only the factory, the {@code Distribution} interfaces and the streams are public; the
 * implementations are package-private, immutable, and sample without allocating.
 */
package dev.avalanche.engine.random;
