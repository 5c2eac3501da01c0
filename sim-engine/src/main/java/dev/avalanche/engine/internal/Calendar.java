package dev.avalanche.engine.internal;

import java.util.Arrays;

/**
 * The pending-event set: a binary min-heap on (time, tie), where tie packs the priority above the
 * insertion sequence, so equal times fire by priority and then first-in first-out.
 *
 * <p>The heap itself is three primitive arrays (time, tie, slot), so a sift compares and moves
 * longs and ints, never references. An entry's payload and the generation its event had when it
 * was scheduled live in a slot that does not move while the entry is pending; the owner compares
 * that generation with the event's current one to skip cancelled entries (lazy deletion).
 * {@link #compact} drops stale entries in O(n) when they outnumber live ones, so a model that
 * cancels nearly every timer keeps a heap of the size of its live events.
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
    private static final int INITIAL_CAPACITY = 256;

    // The heap, in heap order.
    private long[] times = new long[INITIAL_CAPACITY];
    private long[] ties = new long[INITIAL_CAPACITY];
    private int[] slots = new int[INITIAL_CAPACITY];
    private int size;
    // Per slot; a slot belongs to one entry from its add to its removal.
    private Object[] payloads = new Object[INITIAL_CAPACITY];
    private int[] generations = new int[INITIAL_CAPACITY];
    /** Slots below this were handed out at least once; those not in use are in {@code freeSlots}. */
    private int slotsTouched;
    private int[] freeSlots = new int[INITIAL_CAPACITY];
    private int freeCount;
    private long nextSeq;
    /**
     * True after {@link #removeFirstDeferred()}: the first entry is logically gone but still occupies
     * the top of the heap (and its slot) until the next operation, which either reuses both (an add)
     * or removes it.
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
            // The new entry takes the removed first entry's place and slot: one sift down instead of
            // the sift down of a removal plus the sift up of an add. An event that schedules another
            // as it fires, the commonest pattern, lands here.
            firstRemoved = false;
            int slot = slots[0];
            payloads[slot] = payload;
            generations[slot] = generation;
            siftDown(0, time, tie, slot);
            return;
        }
        if (size == times.length) {
            grow();
        }
        int slot = freeCount > 0 ? freeSlots[--freeCount] : slotsTouched++;
        payloads[slot] = payload;
        generations[slot] = generation;
        siftUp(size++, time, tie, slot);
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
        return (E) payloads[slots[0]];
    }

    /** Generation recorded with the first entry. Only valid when not empty. */
    public int peekGeneration() {
        settle();
        return generations[slots[0]];
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

    /** Keeps only the entries for which {@code live} holds, then rebuilds the heap in O(n). */
    public void compact(StalenessTest<E> live) {
        settle();
        int kept = 0;
        for (int i = 0; i < size; i++) {
            int slot = slots[i];
            @SuppressWarnings("unchecked")
            E p = (E) payloads[slot];
            if (live.isLive(p, generations[slot])) {
                times[kept] = times[i];
                ties[kept] = ties[i];
                slots[kept] = slot;
                kept++;
            } else {
                release(slot);
            }
        }
        size = kept;
        // Floyd's heap construction, from the parent of the last entry back to the root.
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i, times[i], ties[i], slots[i]);
        }
    }

    /** Decides whether an entry (payload and the generation it was scheduled with) is still live. */
    @FunctionalInterface
    public interface StalenessTest<E> {
        boolean isLive(E payload, int generation);
    }

    /** Completes a deferred removal. */
    private void settle() {
        if (firstRemoved) {
            firstRemoved = false;
            removeFirstNow();
        }
    }

    private void removeFirstNow() {
        release(slots[0]);
        int last = --size;
        if (last > 0) {
            siftDown(0, times[last], ties[last], slots[last]);
        }
    }

    private void release(int slot) {
        payloads[slot] = null;
        freeSlots[freeCount++] = slot;
    }

    private void siftUp(int i, long t, long k, int s) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            long pt = times[parent];
            if (pt < t || (pt == t && ties[parent] < k)) {
                break;
            }
            times[i] = pt;
            ties[i] = ties[parent];
            slots[i] = slots[parent];
            i = parent;
        }
        times[i] = t;
        ties[i] = k;
        slots[i] = s;
    }

    private void siftDown(int i, long t, long k, int s) {
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
            times[i] = ct;
            ties[i] = ties[c];
            slots[i] = slots[c];
            i = c;
        }
        times[i] = t;
        ties[i] = k;
        slots[i] = s;
    }

    private void grow() {
        int n = times.length * 2;
        times = Arrays.copyOf(times, n);
        ties = Arrays.copyOf(ties, n);
        slots = Arrays.copyOf(slots, n);
        payloads = Arrays.copyOf(payloads, n);
        generations = Arrays.copyOf(generations, n);
        freeSlots = Arrays.copyOf(freeSlots, n);
    }
}
