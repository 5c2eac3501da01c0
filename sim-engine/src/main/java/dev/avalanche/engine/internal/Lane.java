package dev.avalanche.engine.internal;

/**
 * A first-in first-out lane of pending entries that were all scheduled with one delay: as the clock
 * never goes back, each entry is due no earlier than the one before it, and was scheduled after it,
 * so the order of arrival is the order of (time, tie) and adding or removing costs O(1), where a
 * heap pays O(log n) twice and keeps the lane's entries among its own.
 *
 * <p>A ring of three parallel arrays. An entry is known by its position: a counter of the entries
 * ever added, wrapping at 2^32, which stays valid as the ring grows (the ring's index is the
 * position modulo its power-of-two capacity). Cancelling an entry clears its payload; it is skipped
 * when it reaches the front. Every entry leaves the front within the lane's delay of being added, so
 * cancelled ones need no compaction.
 *
 * <p>Not thread-safe; owned by one simulation.
 *
 * @param <E> the entry payload
 */
public final class Lane<E> {

    private static final int INITIAL_CAPACITY = 64;

    private final long delay;
    private long[] times = new long[INITIAL_CAPACITY];
    private long[] ties = new long[INITIAL_CAPACITY];
    private Object[] payloads = new Object[INITIAL_CAPACITY];
    private int mask = INITIAL_CAPACITY - 1;
    /** Positions of the front entry and of the next entry to add. */
    private int head;
    private int tail;
    /** Entries neither removed nor cancelled. */
    private int pending;

    public Lane(long delay) {
        this(delay, 0);
    }

    /** For tests: a lane whose positions start at {@code firstPosition}, to see them wrap. */
    Lane(long delay, int firstPosition) {
        this.delay = delay;
        this.head = firstPosition;
        this.tail = firstPosition;
    }

    /** The delay every entry of this lane was scheduled with. */
    public long delay() {
        return delay;
    }

    /** Number of entries that are not cancelled. */
    public int pending() {
        return pending;
    }

    /**
     * Adds an entry at the back in O(1) (amortized). Its time and tie must not come before those of
     * the entry added last, which holds when every entry is scheduled {@link #delay} from a clock
     * that never goes back, with ties from a growing sequence.
     *
     * @return the entry's position, which {@link #cancel} takes
     */
    public int add(long time, long tie, E payload) {
        if (tail - head == times.length) {
            grow();
        }
        int i = tail & mask;
        times[i] = time;
        ties[i] = tie;
        payloads[i] = payload;
        pending++;
        return tail++;
    }

    /** Cancels the pending entry at {@code position}; it is skipped when it reaches the front. */
    public void cancel(int position) {
        payloads[position & mask] = null;
        pending--;
    }

    /**
     * Drops cancelled entries from the front and says whether an entry is left; when one is, {@link
     * #firstTime}, {@link #firstTie} and {@link #firstPayload} read it until the next change.
     */
    public boolean settleFirst() {
        while (head != tail) {
            if (payloads[head & mask] != null) {
                return true;
            }
            head++;
        }
        return false;
    }

    /** Time of the first entry. Only valid after {@link #settleFirst} returned true. */
    public long firstTime() {
        return times[head & mask];
    }

    /** Tie of the first entry ({@link Calendar#tie}). Only valid after {@link #settleFirst} returned true. */
    public long firstTie() {
        return ties[head & mask];
    }

    /** Payload of the first entry. Only valid after {@link #settleFirst} returned true. */
    @SuppressWarnings("unchecked")
    public E firstPayload() {
        return (E) payloads[head & mask];
    }

    /**
     * The payload of the entry after the first, null when none or cancelled: for touching it ahead
     * of time (a lane's entries were added a whole delay ago, and their objects have mostly left
     * the processor's cache). Only valid after {@link #settleFirst} returned true.
     */
    public Object secondPayload() {
        return head + 1 != tail ? payloads[(head + 1) & mask] : null;
    }

    /** Removes the first entry, which is not cancelled. Only valid after {@link #settleFirst} returned true. */
    public void removeFirst() {
        payloads[head & mask] = null; // not kept alive by the ring until the slot is reused
        head++;
        pending--;
    }

    /** Doubles the ring; each entry moves to its position modulo the new capacity. */
    private void grow() {
        int n = times.length * 2;
        if (n <= 0) {
            throw new IllegalStateException("more than 2^30 entries pending in one lane");
        }
        long[] t = new long[n];
        long[] k = new long[n];
        Object[] p = new Object[n];
        int m = n - 1;
        for (int pos = head; pos != tail; pos++) {
            int from = pos & mask;
            int to = pos & m;
            t[to] = times[from];
            k[to] = ties[from];
            p[to] = payloads[from];
        }
        times = t;
        ties = k;
        payloads = p;
        mask = m;
    }

    /** For tests: the ring's capacity. */
    int capacity() {
        return times.length;
    }
}
