package dev.avalanche.bridge.internal.run;

import java.util.Arrays;

/**
 * A run's observations as (scenario nanoseconds, kind, value) triples, sorted by time before
 * being replayed into the statistics, which need their observations in time order while the
 * threads that made them logged them in whatever order they ran.
 *
 * <p>Thread contract: not thread-safe; filled, sorted and replayed by one thread, the summary's,
 * after the run's threads are done with the logs it reads.
 */
final class RunEvents {

    enum Kind {
        INTENT, SENT, COMPLETED, GOODPUT, ABANDONED, REJECTED, TIMED_OUT, FAILED, LATENCY, QUEUED, DEQUEUED, BUSY, IDLE,
        WARMUP_OVER, LEVELS_SNAPSHOT
    }

    static final Kind[] KINDS = Kind.values();

    private long[] times = new long[1024];
    private int[] kinds = new int[1024];
    private long[] values = new long[1024];
    private int[] order;
    private int size;

    void add(long nanos, Kind kind, long value) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        times[size] = Math.max(0, nanos);
        kinds[size] = kind.ordinal();
        values[size++] = value;
    }

    void add(long nanos, Kind kind) {
        add(nanos, kind, 0);
    }

    /** Sorts by time; ties keep the order they were added in (a merge sort of indices, no boxing). */
    void sort() {
        order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        int[] buffer = new int[size];
        for (int width = 1; width < size; width *= 2) {
            for (int lo = 0; lo < size - width; lo += 2 * width) {
                merge(lo, lo + width, Math.min(lo + 2 * width, size), buffer);
            }
        }
    }

    private void merge(int lo, int mid, int hi, int[] buffer) {
        System.arraycopy(order, lo, buffer, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && times[buffer[i]] <= times[buffer[j]])) {
                order[k] = buffer[i++];
            } else {
                order[k] = buffer[j++];
            }
        }
    }

    int size() {
        return size;
    }

    /** The i-th event in time order (after {@link #sort}). */
    long time(int i) {
        return times[order[i]];
    }

    Kind kind(int i) {
        return KINDS[kinds[order[i]]];
    }

    long value(int i) {
        return values[order[i]];
    }

    /** The latest instant of any event, 0 when there is none. */
    long last() {
        long m = 0;
        for (int i = 0; i < size; i++) {
            m = Math.max(m, times[i]);
        }
        return m;
    }
}
