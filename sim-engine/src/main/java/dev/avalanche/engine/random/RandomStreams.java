package dev.avalanche.engine.random;

import java.nio.charset.StandardCharsets;

/**
 * The source of every random number in a simulation: one master seed, from which each named
 * stream and each replication gets its own generator.
 *
 * <p>A stream's seed is a hash of (master seed, stream name, replication), so streams are
 * independent of one another and of the order in which they are created: adding a new source of
 * randomness never changes the draws of an existing one, and two variants of a scenario that name
 * the same streams run on common random numbers. Replication {@code k} uses substream {@code k}.
 *
 * <p>Immutable and thread-safe; the streams it returns are not (one per simulation thread).
 */
public final class RandomStreams {

    private final long seed;
    private final int replication;

    /** Streams of replication 0 under {@code seed}. */
    public RandomStreams(long seed) {
        this(seed, 0);
    }

    private RandomStreams(long seed, int replication) {
        this.seed = seed;
        this.replication = replication;
    }

    public long seed() {
        return seed;
    }

    public int replication() {
        return replication;
    }

    /**
     * The same master seed on substream {@code k}.
     *
     * @throws IllegalArgumentException when {@code k < 0}
     */
    public RandomStreams forReplication(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("a replication index must be >= 0 but was " + k);
        }
        return new RandomStreams(seed, k);
    }

    /**
     * A new generator for the stream {@code name} of this replication. Two calls with the same name
     * return generators that produce the same sequence.
     *
     * @throws IllegalArgumentException when {@code name} is empty
     */
    public RandomStream stream(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a random stream needs a non-empty name");
        }
        long h = mix(seed ^ 0x5DEECE66DL);
        h = mix(h ^ fnv1a(name));
        h = mix(h + 0x9E3779B97F4A7C15L * (replication + 1L));
        return new RandomStream(name, h);
    }

    /** FNV-1a over the UTF-8 bytes: stable across JVMs, unlike nothing else in the JDK we could rely on. */
    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The MurmurHash3 / SplitMix64 finaliser: a bijection that spreads every input bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
