package dev.avalanche.bridge.internal.server;

import java.util.Arrays;

/**
 * Every change of the app server's two levels, busy workers and requests waiting for one, with its
 * wall instant, so that their time-weighted means are exact rather than sampled. Appended by the
 * worker pool under its lock (hence in time order), read after the run. Thread-safe.
 */
public final class LevelLog {

    /** A change: one more or one fewer waiting request, or busy worker. */
    public enum Change {
        QUEUED, DEQUEUED, BUSY, IDLE
    }

    private static final Change[] CHANGES = Change.values();

    private long[] times = new long[1024];
    private byte[] changes = new byte[1024];
    private int size;

    public synchronized void add(long wallNanos, Change change) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            changes = Arrays.copyOf(changes, size * 2);
        }
        times[size] = wallNanos;
        changes[size++] = (byte) change.ordinal();
    }

    /** Forgets every change (after the warm-up requests, before the traffic starts). */
    public synchronized void clear() {
        size = 0;
    }

    public synchronized int size() {
        return size;
    }

    public synchronized long wallNanos(int i) {
        return times[i];
    }

    public synchronized Change change(int i) {
        return CHANGES[changes[i]];
    }
}
