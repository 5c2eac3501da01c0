package dev.avalanche.engine.internal;

import java.util.Arrays;

/**
 * The pending-event set: a binary min-heap on (time, tie), where tie packs the priority above the
 * insertion sequence, so equal times fire by priority and then first-in first-out.
 *
 * <p>Keys live in primitive arrays so that a sift compares longs, not objects. Each entry carries
 * the generation its event had when it was scheduled; the owner compares it with the event's
 * current generation to skip cancelled entries (lazy deletion). {@link #compact} drops stale entries
 * in O(n) when they outnumber live ones, so a model that cancels nearly every timer keeps a heap
 * of the size of its live events.
 *
 * <p>The entry of the event being fired is removed lazily ({@link #removeFirstDeferred()}): when the
 * event schedules another, as most do, the new entry replaces it at the top with a single sift.
 *
 * <p>Not thread-safe; owned by one simulation.
 *
 * @param <E> the entry payload
 */
public final class Calendar<E> {

    /** Priorities are stored in 16 bits above a 47-bit sequence number. */
    public static final int MIN_PRIORITY = -(1 << 15);
    public static final int MAX_PRIORITY = (1 << 15) - 1;
    private static final int SEQ_BITS = 47;
    private static final long MAX_SEQ = (1L << SEQ_BITS) - 1;

    private long[] times = new long[256];
    private long[] ties = new long[256];
    private int[] generations = new int[256];
    private Object[] payloads = new Object[256];
    private int size;
    private long nextSeq;
    /**
     * True after {@link #removeFirstDeferred()}: the first entry is logically gone but still occupies
     * slot 0 until the next operation, which either reuses the slot (an add) or removes it.
     */
    private boolean firstRemoved;

    /** Number of entries, stale ones included. */
    public int size() {
        return firstRemoved ? size - 1 : size;
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /**
     * Adds an entry in O(log n).
     *
     * @throws IllegalArgumentException when the priority is outside [MIN_PRIORITY, MAX_PRIORITY]
     * @throws IllegalStateException after 2^47 insertions
     */
    public void add(long time, int priority, E payload, int generation) {
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("an event priority must be in [" + MIN_PRIORITY + ", " + MAX_PRIORITY + "] but was " + priority);
        }
        if (nextSeq > MAX_SEQ) {
            throw new IllegalStateException("more than 2^47 events were scheduled in one simulation");
        }
        long tie = ((long) (priority - MIN_PRIORITY) << SEQ_BITS) | nextSeq++;
        if (firstRemoved) {
            // The new entry takes the removed first entry's place: one sift down instead of the sift
            // down of a removal plus the sift up of an add. An event that schedules another as it
            // fires, the commonest pattern, lands here.
            firstRemoved = false;
            siftDown(0, time, tie, payload, generation);
            return;
        }
        if (size == times.length) {
            grow();
        }
        siftUp(size++, time, tie, payload, generation);
    }

    /** Time of the first entry. Only valid when not empty. */
    public long peekTime() {
        settle();
        return times[0];
    }

    /** Payload of the first entry. Only valid when not empty. */
    @SuppressWarnings("unchecked")
    public E peekPayload() {
        settle();
        return (E) payloads[0];
    }

    /** Generation recorded with the first entry. Only valid when not empty. */
    public int peekGeneration() {
        settle();
        return generations[0];
    }

    /** Removes the first entry in O(log n). Only valid when not empty. */
    public void removeFirst() {
        settle();
        removeFirstNow();
    }

    /**
     * Removes the first entry, in O(1) now and O(log n) later: the work is deferred to the next call,
     * and when that call is an {@link #add} the new entry simply takes the first place. Meant for the
     * entry whose event is about to fire. Only valid when not empty.
     */
    public void removeFirstDeferred() {
        settle();
        firstRemoved = true;
    }

    /** Completes a deferred removal. */
    private void settle() {
        if (firstRemoved) {
            firstRemoved = false;
            removeFirstNow();
        }
    }

    private void removeFirstNow() {
        int last = --size;
        long t = times[last];
        long k = ties[last];
        Object p = payloads[last];
        int g = generations[last];
        payloads[last] = null;
        if (last > 0) {
            siftDown(0, t, k, p, g);
        }
    }

    /** Keeps only the entries for which {@code live} holds, then rebuilds the heap in O(n). */
    public void compact(StalenessTest<E> live) {
        settle();
        int kept = 0;
        for (int i = 0; i < size; i++) {
            @SuppressWarnings("unchecked")
            E p = (E) payloads[i];
            if (live.isLive(p, generations[i])) {
                times[kept] = times[i];
                ties[kept] = ties[i];
                payloads[kept] = p;
                generations[kept] = generations[i];
                kept++;
            }
        }
        Arrays.fill(payloads, kept, size, null);
        size = kept;
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i, times[i], ties[i], payloads[i], generations[i]);
        }
    }

    /** Decides whether an entry (payload and the generation it was scheduled with) is still live. */
    @FunctionalInterface
    public interface StalenessTest<E> {
        boolean isLive(E payload, int generation);
    }

    private void siftUp(int i, long t, long k, Object p, int g) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            long pt = times[parent];
            if (pt < t || (pt == t && ties[parent] < k)) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        set(i, t, k, p, g);
    }

    private void siftDown(int i, long t, long k, Object p, int g) {
        int half = size >>> 1;
        while (i < half) {
            int c = 2 * i + 1;
            int r = c + 1;
            long ct = times[c];
            if (r < size) {
                long rt = times[r];
                if (rt < ct || (rt == ct && ties[r] < ties[c])) {
                    c = r;
                    ct = rt;
                }
            }
            if (t < ct || (t == ct && k < ties[c])) {
                break;
            }
            move(c, i);
            i = c;
        }
        set(i, t, k, p, g);
    }

    private void move(int from, int to) {
        times[to] = times[from];
        ties[to] = ties[from];
        payloads[to] = payloads[from];
        generations[to] = generations[from];
    }

    private void set(int i, long t, long k, Object p, int g) {
        times[i] = t;
        ties[i] = k;
        payloads[i] = p;
        generations[i] = g;
    }

    private void grow() {
        int n = times.length * 2;
        times = Arrays.copyOf(times, n);
        ties = Arrays.copyOf(ties, n);
        generations = Arrays.copyOf(generations, n);
        payloads = Arrays.copyOf(payloads, n);
    }
}
