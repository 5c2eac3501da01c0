package dev.avalanche.models.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.stats.LatencyHistogram;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    /** Half the latencies at 200 ms, half at 1 s: two modes and nothing between them. */
    static LatencyHistogram twoModes() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 0; i < 500; i++) {
            h.record(200_000_000L);
            h.record(1_000_000_000L);
        }
        return h;
    }

    @Test
    void theRankOfALatencyIsTheFractionAtOrBelowIt() {
        LatencySummary s = LatencySummary.of(twoModes());
        assertEquals(101, s.percentiles().size());
        assertEquals(0, s.rank(0.1), "below every latency");
        assertEquals(0.5, s.rank(0.2), 0.01, "half at 200 ms");
        assertEquals(0.5, s.rank(0.6), 0.01, "nothing between the modes");
        assertEquals(0.5, s.rankBelow(1.0), 0.01, "half below 1 s");
        assertEquals(0, s.rankBelow(0.2), "none below 200 ms");
        assertEquals(1, s.rank(1.01), "at or above the largest");
        assertTrue(Double.isNaN(new LatencySummary(1, 1, 1, 1, 1, 1).rank(1)), "no table, no rank");
    }

    @Test
    void aTableOfAnyOtherLengthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LatencySummary(1, 1, 1, 1, 1, 1, List.of(1.0, 2.0)));
        assertEquals("percentiles: got 2; allowed 101 (0 to 100) or none", e.getMessage());
    }
}
