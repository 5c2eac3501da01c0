package dev.avalanche.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CalendarTest {

    @Test
    void compactDropsStaleEntriesAndKeepsTheLiveOnesInKeyOrder() {
        Calendar<String> cal = new Calendar<>();
        for (int i = 0; i < 10_000; i++) {
            // Times descending so that the heap is built against its grain; every odd one cancelled.
            int slot = cal.addTied(10_000 - i, Calendar.tie(0, i), "e" + i);
            if (i % 2 == 1) {
                cal.cancel(slot);
            }
        }

        cal.compact();

        assertEquals(5_000, cal.size());
        List<Long> times = new ArrayList<>();
        while (cal.settleFirst()) {
            times.add(cal.firstTime());
            cal.removeFirst();
        }
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(null);
        assertEquals(sorted, times);
        assertEquals(2L, times.getFirst());
    }

    @Test
    void aPriorityOutOfRangeIsRejectedWithTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Calendar.tie(Calendar.MAX_PRIORITY + 1, 0));

        assertEquals("an event priority must be in [-32768, 32767] but was 32768", e.getMessage());
    }

    @Test
    void entriesLeaveByTimeThenPriorityThenInsertionWhenManyShareAnInstant() {
        // Eight instants and three priorities for 5,000 entries, added and removed in bursts, so that
        // siblings of every node often share a time and the tie has to decide.
        record Entry(long time, int priority, int seq) { }
        SplittableRandom random = new SplittableRandom(14);
        Calendar<Entry> cal = new Calendar<>();
        List<Entry> pending = new ArrayList<>();
        List<Entry> out = new ArrayList<>();
        List<Entry> expected = new ArrayList<>();
        Comparator<Entry> order = Comparator.comparingLong(Entry::time).thenComparingInt(Entry::priority)
                .thenComparingInt(Entry::seq);
        long floor = 0;
        for (int seq = 0; seq < 5_000; seq++) {
            Entry e = new Entry(floor + random.nextInt(8), random.nextInt(3) - 1, seq);
            cal.addTied(e.time(), Calendar.tie(e.priority(), seq), e);
            pending.add(e);
            if (random.nextInt(3) == 0) {
                cal.settleFirst();
                Entry first = cal.firstPayload();
                cal.removeFirst();
                pending.sort(order);
                expected.add(pending.removeFirst());
                out.add(first);
                floor = first.time();
            }
        }
        assertEquals(expected, out);
    }

    /** The hint names the entry that comes first once the first is gone, from WARM_SIZE entries on. */
    @Test
    void secondPayloadIsTheNextFirstInALargeHeapAndNothingInASmallOne() {
        Calendar<Long> cal = new Calendar<>();
        SplittableRandom rng = new SplittableRandom(14);
        long seq = 0;
        int n = Calendar.WARM_SIZE + 500;
        for (int i = 0; i < n; i++) {
            long time = rng.nextLong(1L << 40) * 2 + 1; // odd: never equal to the later ones below
            cal.addTied(time, Calendar.tie(0, seq++), time);
        }
        int checked = 0;
        while (cal.settleFirst()) {
            Long hint = (Long) cal.secondPayload();
            long first = cal.firstTime();
            if (cal.size() >= Calendar.WARM_SIZE) {
                cal.removeFirst();
                assertSame(hint, cal.firstPayload());
                checked++;
                // Now and then an entry added behind the first, as a fired event schedules another.
                if (checked % 7 == 0) {
                    long later = first + 2 * rng.nextLong(1, 1L << 30);
                    cal.addTied(later, Calendar.tie(0, seq++), later);
                }
            } else {
                assertNull(hint);
                cal.removeFirst();
            }
        }
        assertTrue(checked >= 500, "the hint was checked " + checked + " times");
    }
}
