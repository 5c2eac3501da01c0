package dev.avalanche.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two-tier calendar must hand out its entries exactly as the plain heap does, (time, tie),
 * whatever the spread of times: the same random script of adds, cancels, removals (deferred ones
 * followed by an add, as an event that schedules another) and compactions drives a {@link
 * TieredCalendar} with a small target, so that buckets move near often and their width changes,
 * and a {@link Calendar}; what each hands out, and their sizes, must be equal at every step.
 */
class TieredCalendarTest {

    /**
     * Delays: below {@code narrow} nanoseconds most of the time (many entries share an instant and
     * the tie decides), below {@code wide} otherwise, and one in fifty far beyond any horizon.
     */
    @ParameterizedTest(name = "{0} steps, delays below {1} ns or {2} ns")
    @CsvSource({"200000, 8, 1000", "200000, 1000, 100000000", "300000, 100000, 1000000000000"})
    void entriesLeaveInThePlainHeapsOrder(int steps, long narrow, long wide) {
        SplittableRandom random = new SplittableRandom(narrow * 31 + wide);
        TieredCalendar<Integer> tiered = new TieredCalendar<>(16);
        Calendar<Integer> plain = new Calendar<>();
        Pending pending = new Pending();
        List<String> tieredTrace = new ArrayList<>();
        List<String> plainTrace = new ArrayList<>();
        long now = 0;
        long seq = 0;
        long minWidth = Long.MAX_VALUE;
        long maxWidth = 0;
        int maxOverflow = 0;
        for (int step = 0; step < steps; step++) {
            int op = random.nextInt(10);
            if (op < 5 || pending.isEmpty()) {
                int roll = random.nextInt(50);
                long delay = roll == 0 ? wide * 1_000_000 + random.nextLong(wide * 1_000_000)
                        : roll < 35 ? random.nextLong(narrow) : random.nextLong(wide);
                long tie = Calendar.tie(random.nextInt(3) - 1, seq++);
                int payload = (int) seq;
                pending.add(payload, tiered.addTied(now + delay, tie, payload), plain.addTied(now + delay, tie, payload));
            } else if (op < 7) {
                int[] p = pending.remove(pending.payloadAt(random.nextInt(pending.size())));
                tiered.cancel(p[0]);
                plain.cancel(p[1]);
            } else {
                // Remove the first live entry of each, deferred, and often add another at once.
                now = takeFirst(tiered, plain, tieredTrace, plainTrace, pending, now);
                if (random.nextBoolean()) {
                    long delay = random.nextInt(4) == 0 ? random.nextLong(wide) : random.nextLong(narrow);
                    long tie = Calendar.tie(0, seq++);
                    int payload = (int) seq;
                    pending.add(payload, tiered.addTied(now + delay, tie, payload), plain.addTied(now + delay, tie, payload));
                }
            }
            if (random.nextInt(20_000) == 0) {
                tiered.compact();
            }
            assertEquals(pending.size(), tiered.size() - tiered.stale(), "live entries at step " + step);
            minWidth = Math.min(minWidth, tiered.bucketWidth());
            maxWidth = Math.max(maxWidth, tiered.bucketWidth());
            maxOverflow = Math.max(maxOverflow, tiered.overflowSize());
        }
        while (!pending.isEmpty()) {
            now = takeFirst(tiered, plain, tieredTrace, plainTrace, pending, now);
        }

        int first = 0;
        while (first < plainTrace.size() && first < tieredTrace.size() && plainTrace.get(first).equals(tieredTrace.get(first))) {
            first++;
        }
        assertEquals(plainTrace.size(), first, "the traces part at entry " + first + " of " + plainTrace.size());
        assertEquals(plainTrace.size(), tieredTrace.size());
        assertTrue(tieredTrace.size() > steps / 5, "the script removed little");
        assertTrue(minWidth < maxWidth, "the bucket width never changed");
        assertTrue(maxOverflow > 0, "nothing went beyond the horizon");
    }

    /** The pending entries: payload -> {tiered slot, plain slot}, with removal at any position in O(1). */
    private static final class Pending {
        private final List<Integer> payloads = new ArrayList<>();
        private final Map<Integer, int[]> entries = new HashMap<>(); // payload -> {position, tiered slot, plain slot}

        void add(int payload, int tieredSlot, int plainSlot) {
            entries.put(payload, new int[] {payloads.size(), tieredSlot, plainSlot});
            payloads.add(payload);
        }

        int payloadAt(int position) {
            return payloads.get(position);
        }

        /** Returns {tiered slot, plain slot}. */
        int[] remove(int payload) {
            int[] e = entries.remove(payload);
            Integer last = payloads.removeLast();
            if (last != payload) {
                payloads.set(e[0], last);
                entries.get(last)[0] = e[0];
            }
            return new int[] {e[1], e[2]};
        }

        int size() {
            return payloads.size();
        }

        boolean isEmpty() {
            return payloads.isEmpty();
        }
    }

    /** Removes the first live entry of both, logging what each handed out; returns its time. */
    private static long takeFirst(TieredCalendar<Integer> tiered, Calendar<Integer> plain, List<String> tieredTrace,
                                  List<String> plainTrace, Pending pending, long now) {
        while (tiered.settleFirst() && tiered.firstPayload() == null) {
            tiered.removeFirst();
        }
        while (plain.settleFirst() && plain.firstPayload() == null) {
            plain.removeFirst();
        }
        if (!plain.settleFirst()) {
            return now;
        }
        tieredTrace.add(tiered.firstPayload() + "@" + tiered.firstTime() + "/" + tiered.firstTie());
        plainTrace.add(plain.firstPayload() + "@" + plain.firstTime() + "/" + plain.firstTie());
        long t = plain.firstTime();
        pending.remove(plain.firstPayload());
        tiered.removeFirstDeferred();
        plain.removeFirstDeferred();
        return t;
    }
}
