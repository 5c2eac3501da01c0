package dev.avalanche.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
