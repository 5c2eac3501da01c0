package dev.avalanche.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import org.junit.jupiter.api.Test;

class LaneTest {

    /** The ring grows while its front is past the start of the array and its positions wrap past 2^31. */
    @Test
    void entriesLeaveInTheOrderTheyCameAcrossGrowthAndWrappedPositions() {
        Lane<Integer> lane = new Lane<>(10, Integer.MAX_VALUE - 150);
        ArrayDeque<int[]> expected = new ArrayDeque<>(); // {value, position}
        int next = 0;
        long time = 0;
        // Positions start 150 below 2^31 - 1; the first 100 come and go one at a time.
        for (int i = 0; i < 100; i++) {
            lane.add(time++, i, -1);
            assertTrue(lane.settleFirst());
            lane.removeFirst();
        }
        for (int round = 0; round < 20; round++) {
            for (int k = 0; k < 37 * (round + 1); k++) {
                int pos = lane.add(time++, 1000 + next, next);
                expected.add(new int[] {next++, pos});
            }
            // Cancel every fifth pending entry.
            int c = 0;
            for (int[] e : expected) {
                if (c++ % 5 == 0 && e[0] >= 0) {
                    lane.cancel(e[1]);
                    e[0] = -e[0] - 1;
                }
            }
            for (int k = 0; k < 30 * (round + 1); k++) {
                while (!expected.isEmpty() && expected.peekFirst()[0] < 0) {
                    expected.pollFirst();
                }
                if (expected.isEmpty()) {
                    break;
                }
                assertTrue(lane.settleFirst());
                Integer hint = (Integer) lane.secondPayload();
                assertEquals(expected.pollFirst()[0], lane.firstPayload());
                lane.removeFirst();
                // The hint is the entry behind the first: the next first unless it was cancelled.
                int[] behind = expected.peekFirst();
                assertEquals(behind == null || behind[0] < 0 ? null : behind[0], hint);
            }
        }
        int live = (int) expected.stream().filter(e -> e[0] >= 0).count();
        assertEquals(live, lane.pending());
        assertTrue(lane.capacity() >= expected.size());
        while (lane.settleFirst()) {
            while (expected.peekFirst()[0] < 0) {
                expected.pollFirst();
            }
            assertEquals(expected.pollFirst()[0], lane.firstPayload());
            lane.removeFirst();
        }
        assertTrue(expected.stream().allMatch(e -> e[0] < 0));
        assertFalse(lane.settleFirst());
        assertEquals(0, lane.pending());
    }
}
