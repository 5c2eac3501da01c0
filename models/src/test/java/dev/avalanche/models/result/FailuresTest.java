package dev.avalanche.models.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The failure breakdown: each class counts under one outcome, and the counts' identity checks it. */
class FailuresTest {

    private static Failures of(long refused, long reset, long connectTimeout, long readTimeout, long protocol,
            Map<Integer, Long> http) {
        return new Failures(refused, reset, connectTimeout, readTimeout, protocol, new TreeMap<>(http));
    }

    @Test
    void refusalsResetsConnectTimeoutsAnd502CountAsRejected() {
        Failures f = of(1, 2, 4, 0, 0, Map.of(502, 8L));
        assertEquals(15, f.rejected());
        assertEquals(0, f.timedOut());
        assertEquals(0, f.failed());
    }

    @Test
    void readTimeoutsAnd504CountAsTimedOut() {
        Failures f = of(0, 0, 0, 3, 0, Map.of(504, 5L));
        assertEquals(8, f.timedOut());
        assertEquals(0, f.rejected() + f.failed());
    }

    @Test
    void protocolFailuresAndEveryOtherStatusCountAsFailed() {
        Failures f = of(0, 0, 0, 0, 2, Map.of(500, 3L, 503, 4L, 404, 1L, 301, 1L));
        assertEquals(11, f.failed());
        assertEquals(0, f.rejected() + f.timedOut());
        assertEquals(11, f.total());
    }

    @Test
    void aSuccessfulStatusOrANegativeCountIsNoFailure() {
        assertThrows(IllegalArgumentException.class, () -> of(0, 0, 0, 0, 0, Map.of(200, 1L)));
        assertThrows(IllegalArgumentException.class, () -> of(0, 0, 0, 0, 0, Map.of(600, 1L)));
        assertThrows(IllegalArgumentException.class, () -> of(0, -1, 0, 0, 0, Map.of()));
    }

    @Test
    void sumsAddClassByClassAndStatusByStatus() {
        Failures sum = of(1, 0, 0, 0, 1, Map.of(500, 2L)).plus(of(0, 3, 0, 1, 0, Map.of(500, 1L, 504, 1L)));
        assertEquals(of(1, 3, 0, 1, 1, Map.of(500, 3L, 504, 1L)), sum);
    }

    @Test
    void theSimulatorReportsRefusalsAsResetsOrConnectTimeoutsAsTheOverflowSays() {
        assertEquals(of(0, 7, 0, 0, 0, Map.of(500, 2L, 504, 3L)), Failures.simulated(2, 7, 3, true));
        assertEquals(of(0, 0, 7, 0, 0, Map.of(500, 2L, 504, 3L)), Failures.simulated(2, 7, 3, false));
        assertEquals(Failures.NONE, Failures.simulated(0, 0, 0, true));
    }

    @Test
    void countsAreConservedOnlyWhenTheBreakdownExplainsEachOutcome() {
        RequestCounts c = new RequestCounts(10, 10, 4, 4, 0, 3, 2, 1, 0, 0, 0, 0, 0);
        assertTrue(c.conserved(), "counts built without a breakdown get the built-in deployment's statuses: " + c);
        assertEquals(of(0, 0, 0, 0, 0, Map.of(500, 1L, 502, 3L, 504, 2L)), c.failures());
        RequestCounts swapped = c.withFailures(of(0, 3, 0, 0, 0, Map.of(500, 2L, 504, 1L)));
        assertFalse(swapped.explained(), "same total, wrong outcomes: " + swapped);
        assertFalse(swapped.conserved());
        assertTrue(c.withFailures(of(1, 1, 0, 1, 1, Map.of(502, 1L, 504, 1L))).conserved());
    }
}
