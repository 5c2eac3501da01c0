package dev.avalanche.models.fit;

import java.util.Arrays;

/**
 * A sample of a stream of values in constant memory, without randomness: every value is kept
 * until {@code capacity} are held, then every other one is dropped and from then on only every
 * second value is kept, then every fourth, and so on (systematic sampling with a doubling stride).
 * For a stream whose order carries no pattern at the stride's period the kept values are a fair
 * sample; it is deterministic, so the same log gives the same fit. Not thread-safe.
 */
public final class ThinnedSample {

    private final double[] values;
    private int size;
    private long stride = 1;
    private long seen;

    /** @throws IllegalArgumentException when capacity is below 2 */
    public ThinnedSample(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity: got " + capacity + "; allowed at least 2");
        }
        values = new double[capacity];
    }

    /** Offers one value. */
    public void add(double x) {
        if (seen++ % stride != 0) {
            return;
        }
        if (size == values.length) {
            for (int i = 0; i < size / 2; i++) {
                values[i] = values[2 * i];
            }
            size /= 2;
            stride *= 2;
            if ((seen - 1) % stride != 0) {
                return;
            }
        }
        values[size++] = x;
    }

    /** How many values were offered. */
    public long seen() {
        return seen;
    }

    /** The kept values, in the order they came. */
    public double[] values() {
        return Arrays.copyOf(values, size);
    }
}
