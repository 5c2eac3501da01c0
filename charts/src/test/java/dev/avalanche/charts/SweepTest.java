package dev.avalanche.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.Verdict;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SweepTest {

    private static final Timeline EMPTY = Results.timeline(1, 1, Map.of());

    private static SweepPoint point(String variant, double value, Verdict verdict) {
        return new SweepPoint(variant, value, Results.variant(variant, verdict, OptionalLong.of(8), 1, 2, 3, EMPTY));
    }

    @Test
    void theKneeIsTheSmallestValueWhoseVerdictIsNotStableWhateverTheOrderOfThePoints() {
        Sweep s = new Sweep("rate", "rate (1/s)", List.of(point("t", 40, Verdict.COLLAPSED), point("t", 10, Verdict.STABLE),
                point("t", 30, Verdict.SATURATED), point("t", 20, Verdict.STABLE)));
        assertEquals(OptionalDouble.of(30), s.knee("t"));
    }

    @Test
    void aVariantStableAtEveryValueHasNoKnee() {
        Sweep s = new Sweep("rate", "rate (1/s)", List.of(point("g", 10, Verdict.STABLE), point("g", 20, Verdict.STABLE)));
        assertTrue(s.knee("g").isEmpty());
    }

    @Test
    void variantsKeepTheOrderOfTheirFirstPoint() {
        Sweep s = new Sweep("rate", "rate (1/s)", List.of(point("b", 1, Verdict.STABLE), point("a", 1, Verdict.STABLE),
                point("b", 2, Verdict.STABLE)));
        assertEquals(List.of("b", "a"), s.variants());
        assertEquals(List.of(1.0, 2.0), s.curve("b").stream().map(SweepPoint::value).toList());
    }

    @Test
    void aSweepWithoutPointsIsRejectedNamingTheParameter() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Sweep("rate", "rate (1/s)", List.of()));
        assertTrue(e.getMessage().contains("sweep rate points"), e.getMessage());
    }

    @Test
    void aPointWithAnInfiniteValueIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> point("t", Double.POSITIVE_INFINITY, Verdict.STABLE));
    }
}
