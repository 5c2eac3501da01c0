package dev.avalanche.engine.internal;

import java.util.Arrays;

/**
 * The pending-event set of the events that fire, in two tiers (the essence of a ladder queue): a
 * small "near" heap, ordered on (time, tie) as {@link Calendar} orders its entries, holds only the
 * entries due before a boundary B; the "far" entries, due at B or later, are appended unsorted to
 * buckets of width W (2^shift nanoseconds) in a ring, and those beyond the ring's horizon wait in
 * an overflow heap ordered on time alone. When the near heap is empty the next non-empty bucket's
 * live entries move into it (cancelled ones are dropped there) and B advances past the bucket.
 * Everything near is due before everything far, so the first entry of the near heap is the first
 * of all: the order is exactly {@link Calendar}'s, (time, tie).
 *
 * <p>W adapts so that the near heap stays small enough for the processor's cache: halved (the far
 * entries re-bucketed) when a bucket about to move holds more than {@code 4 * target} entries, or
 * when entries added before the boundary grow the near heap past {@code 8 * target} (then the
 * boundary moves back by the new width, and the near entries at or after it go far),
 * doubled when the buckets passed keep holding fewer than {@code target / 8} on average.
 *
 * <p>Slots, ties and payloads are {@link Calendar}'s: an entry's slot does not change while it is
 * pending, near or far, so {@link #cancel} stays O(1). The calendar counts its own cancelled
 * entries ({@link #stale}), as it drops some itself.
 *
 * <p>Not thread-safe; owned by one simulation.
 *
 * @param <E> the entry payload
 */
public final class TieredCalendar<E> {

    private static final int INITIAL_CAPACITY = 256;
    private static final int BUCKETS = 1024;
    /** A bucket's array longer than this (in longs) is dropped once moved near, so that the ring holds no peak. */
    private static final int KEEP_LONGS = 1024;
    private static final int MASK = BUCKETS - 1;
    /** Transfers between two looks at whether W should double. */
    private static final int REVIEW_EVERY = 64;

    private final int target;

    // The near heap, in heap order: times and slots.
    private long[] times = new long[INITIAL_CAPACITY];
    private int[] slots = new int[INITIAL_CAPACITY];
    private int size;
    private boolean firstRemoved;

    // Per slot.
    private Object[] payloads = new Object[INITIAL_CAPACITY];
    private long[] ties = new long[INITIAL_CAPACITY];
    private int slotsTouched;
    private int[] freeSlots = new int[INITIAL_CAPACITY];
    private int freeCount;
    private int stale;

    // The far tier: a ring of buckets, each (time, slot) pairs appended in a long array. Bucket
    // cur covers [boundary, boundary + 2^shift), the next one the following 2^shift, and so on.
    private final long[][] buckets = new long[BUCKETS][];
    private final int[] bucketSizes = new int[BUCKETS];
    private int cur;
    private long boundary;
    private int shift = 20;
    // shift stays in [0, 40]: buckets of 1 ns to 18 minutes.
    private int farCount;

    // Beyond the ring's horizon: a binary heap on time, (time, slot) pairs.
    private long[] overflowTimes = new long[16];
    private int[] overflowSlots = new int[16];
    private int overflowSize;

    private int transfers;
    private long moved;
    private long nearAdds;
    /** Above this many near entries W is halved and the near entries in the later half go far. */
    private int nearLimit;

    public TieredCalendar() {
        this(2048);
    }

    /** {@code target}: about how many entries a transfer should bring into the near heap. */
    public TieredCalendar(int target) {
        if (target < 8) {
            throw new IllegalArgumentException("target must be >= 8 but was " + target);
        }
        this.target = target;
        this.nearLimit = 8 * target;
    }

    /** Number of entries, cancelled ones included. */
    public int size() {
        return (firstRemoved ? size - 1 : size) + farCount + overflowSize;
    }

    /** Number of cancelled entries still held. */
    public int stale() {
        return stale;
    }

    /** The width of a far bucket in nanoseconds (for tests). */
    long bucketWidth() {
        return 1L << shift;
    }

    /** Entries beyond the ring's horizon (for tests). */
    int overflowSize() {
        return overflowSize;
    }

    /** See {@link Calendar#addTied}. */
    public int addTied(long time, long tie, E payload) {
        if (time < boundary) {
            nearAdds++;
            if (firstRemoved) {
                firstRemoved = false;
                int slot = slots[0];
                fill(slot, tie, payload);
                siftDown(0, time, slot);
                return slot;
            }
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                slots = Arrays.copyOf(slots, size * 2);
            }
            int slot = newSlot();
            fill(slot, tie, payload);
            siftUp(size++, time, slot);
            if (size > nearLimit) {
                split();
            }
            return slot;
        }
        settle();
        int slot = newSlot();
        fill(slot, tie, payload);
        addFar(time, slot);
        return slot;
    }

    private int newSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsTouched == payloads.length) {
            int n = payloads.length * 2;
            payloads = Arrays.copyOf(payloads, n);
            ties = Arrays.copyOf(ties, n);
            freeSlots = Arrays.copyOf(freeSlots, n);
        }
        return slotsTouched++;
    }

    private void fill(int slot, long tie, E payload) {
        ties[slot] = tie;
        if (payloads[slot] != payload) {
            payloads[slot] = payload;
        }
    }

    /** Puts (time, slot), due at or after the boundary, in its bucket or the overflow. */
    private void addFar(long time, int slot) {
        long k = (time - boundary) >>> shift;
        if (k >= BUCKETS) {
            overflowAdd(time, slot);
            return;
        }
        int b = (cur + (int) k) & MASK;
        long[] bucket = buckets[b];
        int n = bucketSizes[b];
        if (bucket == null) {
            bucket = buckets[b] = new long[32];
        } else if (2 * n == bucket.length) {
            bucket = buckets[b] = Arrays.copyOf(bucket, bucket.length * 2);
        }
        bucket[2 * n] = time;
        bucket[2 * n + 1] = slot;
        bucketSizes[b] = n + 1;
        farCount++;
    }

    /** Cancels the pending entry in {@code slot} in O(1). */
    public void cancel(int slot) {
        payloads[slot] = null;
        stale++;
    }

    /** See {@link Calendar#settleFirst}: brings the next far entries near when the near heap is empty. */
    public boolean settleFirst() {
        settle();
        if (size == 0) {
            return refill();
        }
        return true;
    }

    public long firstTime() {
        return times[0];
    }

    public long firstTie() {
        return ties[slots[0]];
    }

    @SuppressWarnings("unchecked")
    public E firstPayload() {
        return (E) payloads[slots[0]];
    }

    /** Removes the first entry. Only valid after {@link #settleFirst} returned true. */
    public void removeFirst() {
        settle();
        removeFirstNow();
    }

    /** See {@link Calendar#removeFirstDeferred}. Only valid after {@link #settleFirst} returned true. */
    public void removeFirstDeferred() {
        settle();
        firstRemoved = true;
    }

    /** Drops the cancelled entries, near and far, in O(n). */
    public void compact() {
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
        heapify();
        for (int b = 0; b < BUCKETS; b++) {
            long[] bucket = buckets[b];
            int n = bucketSizes[b];
            int k = 0;
            for (int i = 0; i < n; i++) {
                int slot = (int) bucket[2 * i + 1];
                if (payloads[slot] != null) {
                    bucket[2 * k] = bucket[2 * i];
                    bucket[2 * k + 1] = slot;
                    k++;
                } else {
                    release(slot);
                }
            }
            bucketSizes[b] = k;
            farCount -= n - k;
        }
        kept = 0;
        for (int i = 0; i < overflowSize; i++) {
            int slot = overflowSlots[i];
            if (payloads[slot] != null) {
                overflowTimes[kept] = overflowTimes[i];
                overflowSlots[kept] = slot;
                kept++;
            } else {
                release(slot);
            }
        }
        overflowSize = kept;
        for (int i = (overflowSize - 2) >>> 1; overflowSize > 1 && i >= 0; i--) {
            overflowDown(i, overflowTimes[i], overflowSlots[i]);
        }
    }

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

    /** Returns {@code slot} to the free list; a cancelled entry leaves the stale count. */
    private void release(int slot) {
        if (payloads[slot] == null) {
            stale--;
        }
        freeSlots[freeCount++] = slot;
    }

    /**
     * The near heap is empty: moves the next non-empty bucket's live entries into it, advancing the
     * boundary past each bucket it leaves behind. Returns whether an entry is left.
     */
    private boolean refill() {
        while (true) {
            if (farCount == 0) {
                if (overflowSize == 0) {
                    return false;
                }
                // Nothing in the ring: restart it at the first overflow entry.
                boundary = overflowTimes[0];
                pullOverflow();
                continue;
            }
            int n = bucketSizes[cur];
            if (n > 4 * target && shift > 0) {
                rebucket(shift - 1);
                continue;
            }
            if (n > 0) {
                transfer(n);
            }
            cur = (cur + 1) & MASK;
            boundary += 1L << shift;
            pullOverflow();
            review(n);
            if (size > 0) {
                return true;
            }
        }
    }

    /** Moves the live entries of the current bucket into the (empty) near heap. */
    private void transfer(int n) {
        long[] bucket = buckets[cur];
        if (n > times.length) {
            int c = Integer.highestOneBit(n - 1) << 1;
            times = Arrays.copyOf(times, c);
            slots = Arrays.copyOf(slots, c);
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            int slot = (int) bucket[2 * i + 1];
            if (payloads[slot] != null) {
                times[k] = bucket[2 * i];
                slots[k] = slot;
                k++;
            } else {
                release(slot);
            }
        }
        bucketSizes[cur] = 0;
        if (bucket.length > KEEP_LONGS) {
            buckets[cur] = null;
        }
        farCount -= n;
        size = k;
        heapify();
        nearLimit = Math.max(8 * target, 2 * size);
    }

    /**
     * The near heap grew past its limit (entries added due before the boundary): halves W, moving
     * the boundary back by the new width and the near entries due at or after it to the far tier,
     * unless that would leave the near heap empty.
     */
    private void split() {
        if (shift > 0) {
            long newBoundary = boundary - (1L << (shift - 1));
            if (newBoundary > times[0]) {
                int k = 0;
                int out = 0;
                long[] later = new long[2 * size];
                for (int i = 0; i < size; i++) {
                    if (times[i] < newBoundary) {
                        times[k] = times[i];
                        slots[k] = slots[i];
                        k++;
                    } else {
                        later[out++] = times[i];
                        later[out++] = slots[i];
                    }
                }
                size = k;
                heapify();
                boundary = newBoundary;
                rebucket(shift - 1, later, out);
            }
        }
        nearLimit = Math.max(8 * target, 2 * size);
    }

    /** Doubles W when the buckets left behind keep holding few entries (empty ones count). */
    private void review(int n) {
        transfers++;
        moved += n;
        if (transfers == REVIEW_EVERY) {
            if (moved + nearAdds < (long) REVIEW_EVERY * target / 8 && shift < 40) {
                rebucket(shift + 1);
            }
            transfers = 0;
            moved = 0;
            nearAdds = 0;
        }
    }

    /** Re-buckets every far entry with buckets of width 2^{@code newShift} starting at the boundary. */
    private void rebucket(int newShift) {
        rebucket(newShift, new long[2 * farCount], 0);
    }

    /** {@link #rebucket(int)}, with the first {@code k} longs of {@code all} further (time, slot) pairs to add. */
    private void rebucket(int newShift, long[] all, int k) {
        if (all.length < k + 2 * farCount) {
            all = Arrays.copyOf(all, k + 2 * farCount);
        }
        for (int b = 0; b < BUCKETS; b++) {
            int n = bucketSizes[b];
            if (n > 0) {
                System.arraycopy(buckets[b], 0, all, k, 2 * n);
                k += 2 * n;
                bucketSizes[b] = 0;
                if (buckets[b].length > KEEP_LONGS) {
                    buckets[b] = null;
                }
            }
        }
        farCount = 0;
        cur = 0;
        shift = newShift;
        transfers = 0;
        moved = 0;
        nearAdds = 0;
        for (int i = 0; i < k; i += 2) {
            addFar(all[i], (int) all[i + 1]);
        }
        pullOverflow();
    }

    /** Moves the overflow entries now within the ring's horizon into their buckets. */
    private void pullOverflow() {
        long horizon = boundary + ((long) BUCKETS << shift);
        while (overflowSize > 0 && overflowTimes[0] < horizon) {
            long t = overflowTimes[0];
            int slot = overflowSlots[0];
            int last = --overflowSize;
            if (last > 0) {
                overflowDown(0, overflowTimes[last], overflowSlots[last]);
            }
            addFar(t, slot);
        }
    }

    private void overflowAdd(long t, int slot) {
        if (overflowSize == overflowTimes.length) {
            overflowTimes = Arrays.copyOf(overflowTimes, overflowSize * 2);
            overflowSlots = Arrays.copyOf(overflowSlots, overflowSize * 2);
        }
        int i = overflowSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (overflowTimes[parent] <= t) {
                break;
            }
            overflowTimes[i] = overflowTimes[parent];
            overflowSlots[i] = overflowSlots[parent];
            i = parent;
        }
        overflowTimes[i] = t;
        overflowSlots[i] = slot;
    }

    private void overflowDown(int i, long t, int slot) {
        int n = overflowSize;
        int c;
        while ((c = 2 * i + 1) < n) {
            if (c + 1 < n && overflowTimes[c + 1] < overflowTimes[c]) {
                c++;
            }
            if (t <= overflowTimes[c]) {
                break;
            }
            overflowTimes[i] = overflowTimes[c];
            overflowSlots[i] = overflowSlots[c];
            i = c;
        }
        overflowTimes[i] = t;
        overflowSlots[i] = slot;
    }

    /** Floyd's heap construction of the near heap. */
    private void heapify() {
        for (int i = (size - 2) >>> 2; size > 1 && i >= 0; i--) {
            siftDown(i, times[i], slots[i]);
        }
    }

    // The near heap's sifts: Calendar's.

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

    private int earliest(int from, int to) {
        int m = from;
        for (int k = from + 1; k < to; k++) {
            if (before(times[k], slots[k], times[m], slots[m])) {
                m = k;
            }
        }
        return m;
    }
}
