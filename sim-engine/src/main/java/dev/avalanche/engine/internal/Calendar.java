package dev.avalanche.engine.internal;

import java.util.Arrays;

/**
 * The pending-event set: a min-heap on (time, tie), where tie packs the priority above the
 * insertion sequence, so equal times fire by priority and then first-in first-out.
 *
 * <p>The heap is 4-ary and made of two primitive arrays (time, slot), so a sift compares and moves
 * longs and ints, never references, and moves two values a level, not three. An entry's tie and payload live
 * in its slot, which does not move while the entry is pending: ties are read only between entries
 * due at the same instant, which is rare.
 *
 * <p>Cancelling an entry clears its slot's payload (lazy deletion): the entry stays in the heap and
 * is skipped when it reaches the top. The calendar counts such entries and {@link #compact compacts}
 * itself in O(n) when they outnumber live ones, so a model that cancels nearly every timer keeps a
 * heap of the size of its live events.
 *
 * <p>The entry of the event being fired is removed lazily ({@link #removeFirstDeferred()}): when the
 * event schedules another, as most do, the new entry replaces it at the top with a single sift, and
 * an event that schedules itself again finds its payload already in the slot, so the hot path
 * stores no reference (a reference store costs the collector's write barrier).
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
    /** Below this many entries a heap full of cancelled timers is cheaper to keep than to compact. */
    private static final int COMPACT_THRESHOLD = 4096;
    /** From this many entries on, {@link #secondPayload} names the next entry's payload. */
    static final int WARM_SIZE = 4096;

    // The heap, in heap order.
    private long[] times = new long[INITIAL_CAPACITY];
    private int[] slots = new int[INITIAL_CAPACITY];
    private int size;
    // Per slot; a slot belongs to one entry from its add to its removal. A null payload: cancelled.
    private Object[] payloads = new Object[INITIAL_CAPACITY];
    private long[] ties = new long[INITIAL_CAPACITY];
    /** Slots below this were handed out at least once; those not in use are in {@code freeSlots}. */
    private int slotsTouched;
    private int[] freeSlots = new int[INITIAL_CAPACITY];
    private int freeCount;
    /** Cancelled entries still in the heap. */
    private int cancelled;
    /**
     * True after {@link #removeFirstDeferred()}: the first entry is logically gone but still occupies
     * the top of the heap (and its slot) until the next operation, which either reuses both (an add)
     * or removes it.
     */
    private boolean firstRemoved;

    /** Number of entries, cancelled ones included. */
    public int size() {
        return firstRemoved ? size - 1 : size;
    }

    /** Number of entries that are not cancelled. */
    public int pending() {
        return size() - cancelled;
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /**
     * The order among entries due at the same time: by priority, then by {@code seq}. Calendars that
     * share one sequence (one counter for both) order their entries as a single calendar would.
     *
     * @throws IllegalArgumentException when the priority is outside [MIN_PRIORITY, MAX_PRIORITY]
     * @throws IllegalStateException when {@code seq} is 2^47 or more
     */
    public static long tie(int priority, long seq) {
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("an event priority must be in [" + MIN_PRIORITY + ", " + MAX_PRIORITY + "] but was " + priority);
        }
        if (seq > MAX_SEQ) {
            throw new IllegalStateException("more than 2^47 events were scheduled in one simulation");
        }
        return ((long) (priority - MIN_PRIORITY) << SEQ_BITS) | seq;
    }

    /**
     * Adds an entry in O(log n) with the tie {@link #tie} made: among entries due at the same time,
     * lower ties leave first.
     *
     * @return the entry's slot, which {@link #cancel} takes; valid until the entry is removed
     */
    public int addTied(long time, long tie, E payload) {
        if (firstRemoved) {
            // The new entry takes the removed first entry's place and slot: one sift down instead of
            // the sift down of a removal plus the sift up of an add. An event that schedules another
            // as it fires, the commonest pattern, lands here.
            firstRemoved = false;
            int slot = slots[0];
            fill(slot, tie, payload);
            siftDown(0, time, slot);
            return slot;
        }
        if (size == times.length) {
            grow();
        }
        int slot = freeCount > 0 ? freeSlots[--freeCount] : slotsTouched++;
        fill(slot, tie, payload);
        siftUp(size++, time, slot);
        return slot;
    }

    private void fill(int slot, long tie, E payload) {
        ties[slot] = tie;
        if (payloads[slot] != payload) {
            payloads[slot] = payload;
        }
    }

    /**
     * Cancels the pending entry in {@code slot}: it stays in the heap, and reads as cancelled at the
     * top, in O(1); or, when cancelled entries now fill more than half of a large heap, they are all
     * dropped in O(n) ({@link #compact}).
     */
    public void cancel(int slot) {
        payloads[slot] = null;
        cancelled++;
        int n = size();
        if (n > COMPACT_THRESHOLD && cancelled > n / 2) {
            compact();
        }
    }

    /**
     * Completes a deferred removal, if any, and says whether an entry is left; when one is, {@link
     * #firstTime} and {@link #firstPayload} read it until the next change.
     */
    public boolean settleFirst() {
        settle();
        return size > 0;
    }

    /** Time of the first entry. Only valid after {@link #settleFirst} returned true. */
    public long firstTime() {
        return times[0];
    }

    /** Tie of the first entry ({@link #tie}). Only valid after {@link #settleFirst} returned true. */
    public long firstTie() {
        return ties[slots[0]];
    }

    /**
     * Whether the first entry of this calendar comes before that of {@code other}, whose ties come
     * from the same sequence ({@link #tie}). Only valid after {@link #settleFirst} returned true on both.
     */
    public boolean firstBefore(Calendar<E> other) {
        long t = times[0];
        long u = other.times[0];
        return t < u || (t == u && firstTie() < other.firstTie());
    }

    /** Payload of the first entry, null when it was cancelled. Only valid after {@link #settleFirst} returned true. */
    @SuppressWarnings("unchecked")
    public E firstPayload() {
        return (E) payloads[slots[0]];
    }

    /**
     * In a heap of at least {@value #WARM_SIZE} entries, the payload of the entry that will be
     * first once the first is removed, as far as the heap now knows (the earliest of the first
     * entry's children); else null, and null when it was cancelled. For touching it ahead of time:
     * in a heap that large the entries' payloads were mostly touched long ago and have left the
     * processor's cache, and a read issued now overlaps the wait for it with the work of the event
     * being fired. In a smaller heap they are still in the cache and the read would be work for
     * nothing.
     */
    public Object secondPayload() {
        if (size < WARM_SIZE) {
            return null;
        }
        int m = 1;
        long mt = times[1];
        for (int k = 2; k <= 4; k++) {
            long kt = times[k];
            if (kt < mt) {
                mt = kt;
                m = k;
            }
        }
        return payloads[slots[m]];
    }

    /** Removes the first entry in O(log n). Only valid when not empty. */
    public void removeFirst() {
        settle();
        if (payloads[slots[0]] == null) {
            cancelled--;
        }
        removeFirstNow();
    }

    /**
     * Removes the first entry, in O(1) now and O(log n) later: the work is deferred to the next call,
     * and when that call is an {@link #addTied} the new entry simply takes the first place. Meant for the
     * entry whose event is about to fire. Only valid when not empty.
     */
    public void removeFirstDeferred() {
        settle();
        firstRemoved = true;
    }

    /** Drops the cancelled entries, then rebuilds the heap in O(n). */
    void compact() {
        settle();
        int kept = 0;
        for (int i = 0; i < size; i++) {
            int slot = slots[i];
            if (payloads[slot] != null) {
                times[kept] = times[i];
                slots[kept] = slot;
                kept++;
            } else {
                release(slot);
            }
        }
        size = kept;
        cancelled = 0;
        // Floyd's heap construction, from the parent of the last entry back to the root.
        for (int i = (size - 2) >>> 2; size > 1 && i >= 0; i--) {
            siftDown(i, times[i], slots[i]);
        }
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
            siftDown(0, times[last], slots[last]);
        }
    }

    /**
     * Returns {@code slot} to the free list. Its payload stays until the slot is reused: it is read
     * only while the slot is in use, and leaving it spares the write barrier of a null store.
     */
    private void release(int slot) {
        freeSlots[freeCount++] = slot;
    }

    /** Whether the entry (t1, slot s1) comes before (t2, slot s2). */
    private boolean before(long t1, int s1, long t2, int s2) {
        return t1 < t2 || (t1 == t2 && ties[s1] < ties[s2]);
    }

    private void siftUp(int i, long t, int s) {
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            long pt = times[parent];
            int ps = slots[parent];
            if (before(pt, ps, t, s)) {
                break;
            }
            times[i] = pt;
            slots[i] = ps;
            i = parent;
        }
        times[i] = t;
        slots[i] = s;
    }

    /**
     * Moves (t, s) from the hole at {@code i} down to where it belongs. Four children a node: half
     * the levels of a binary heap, and a node's children share a cache line or two. Among four
     * children with distinct times the earliest is found by arithmetic, not by branches the processor
     * would mispredict half the time: times are never negative, so a difference cannot overflow and
     * its sign bit says which is earlier. Equal times, rare, take the tie into account.
     */
    private void siftDown(int i, long t, int s) {
        int n = size;
        int c;
        while ((c = 4 * i + 1) < n) {
            int m;
            if (c + 3 < n) {
                long t0 = times[c];
                long t1 = times[c + 1];
                long t2 = times[c + 2];
                long t3 = times[c + 3];
                int a = c + (int) ((t1 - t0) >>> 63);
                long at = Math.min(t0, t1);
                int b = c + 2 + (int) ((t3 - t2) >>> 63);
                long bt = Math.min(t2, t3);
                m = a ^ ((a ^ b) & -(int) ((bt - at) >>> 63));
                if (t0 == t1 | t2 == t3 | at == bt) {
                    m = earliest(c, c + 4);
                }
            } else {
                m = earliest(c, n);
            }
            long mt = times[m];
            int ms = slots[m];
            if (before(t, s, mt, ms)) {
                break;
            }
            times[i] = mt;
            slots[i] = ms;
            i = m;
        }
        times[i] = t;
        slots[i] = s;
    }

    /** The position of the earliest entry among positions [from, to). */
    private int earliest(int from, int to) {
        int m = from;
        for (int k = from + 1; k < to; k++) {
            if (before(times[k], slots[k], times[m], slots[m])) {
                m = k;
            }
        }
        return m;
    }

    private void grow() {
        int n = times.length * 2;
        times = Arrays.copyOf(times, n);
        slots = Arrays.copyOf(slots, n);
        payloads = Arrays.copyOf(payloads, n);
        ties = Arrays.copyOf(ties, n);
        freeSlots = Arrays.copyOf(freeSlots, n);
    }
}
