package dev.avalanche.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarTest {

    @Test
    void compactDropsStaleEntriesAndKeepsTheLiveOnesInKeyOrder() {
        Calendar<String> cal = new Calendar<>();
        for (int i = 0; i < 10_000; i++) {
            // Times descending so that the heap is built against its grain; generation 1 = stale when i is odd.
            cal.add(10_000 - i, 0, "e" + i, i % 2 == 0 ? 0 : 1);
        }

        cal.compact((payload, generation) -> generation == 0);

        assertEquals(5_000, cal.size());
        List<Long> times = new ArrayList<>();
        while (!cal.isEmpty()) {
            times.add(cal.peekTime());
            cal.removeFirst();
        }
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(null);
        assertEquals(sorted, times);
        assertEquals(2L, times.getFirst());
    }

    @Test
    void aPriorityOutOfRangeIsRejectedWithTheRange() {
        Calendar<String> cal = new Calendar<>();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cal.add(0, Calendar.MAX_PRIORITY + 1, "x", 0));

        assertEquals("an event priority must be in [-32768, 32767] but was 32768", e.getMessage());
        assertEquals(0, cal.size());
    }
}
