package dev.avalanche.models.threshold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.stats.LatencyHistogram;
import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.result.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdTest {

    /** 1000 latencies of 1 ms to 1 s, 990 of 1000 intents served, recovered 45 s after the slowdown. */
    private static VariantResult result(String name, Verdict verdict, OptionalDouble recovery, boolean recovered) {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 1; i <= 1000; i++) {
            h.record(i * 1_000_000L);
        }
        RequestCounts c = new RequestCounts(1000, 1000, 990, 990, 10, 0, 0, 0, 0, 0, 0, 0, 0);
        return new VariantResult(name, c, LatencySummary.of(h), 0, 99, 99, OptionalLong.of(10), 5, 10, 0, 0, 1, 10.1, 0,
                verdict, recovery, recovered, new Timeline(1, new double[0], Map.of()));
    }

    private static final VariantResult THREADS = result("threads-640", Verdict.COLLAPSED, OptionalDouble.of(45), true);

    private static boolean crossed(String expression, VariantResult r) {
        return Threshold.parse(expression).check(r).crossed();
    }

    @Test
    void aPercentileThresholdIsCrossedWhenTheFigureIsBeyondItsBound() {
        assertTrue(crossed("p99>900ms", THREADS), "p99 is 0.99 s");
        assertFalse(crossed("p99>2s", THREADS));
        assertTrue(crossed("p99.9 >= 0.99", THREADS), "a bare number is seconds");
        assertFalse(crossed("p50>0.6m", THREADS), "0.6 minutes");
        assertTrue(crossed("max>999ms", THREADS));
    }

    @Test
    void verdictsCompareByNameAndInTheirOrder() {
        assertTrue(crossed("verdict=collapsed", THREADS));
        assertFalse(crossed("verdict!=collapsed", THREADS));
        assertTrue(crossed("verdict>=saturated", THREADS));
        assertFalse(crossed("verdict>=saturated", result("g", Verdict.STABLE, OptionalDouble.empty(), true)));
    }

    @Test
    void ratiosAreWrittenAsFractionsOrPercentages() {
        assertTrue(crossed("goodputRatio<0.995", THREADS), "990 of 1000");
        assertFalse(crossed("goodputRatio<99%", THREADS));
        assertTrue(crossed("goodputRatio<99.5%", THREADS));
        assertTrue(crossed("abandoned>5", THREADS));
        assertTrue(crossed("throughput<100/s", THREADS));
    }

    @Test
    void recoveryIsZeroWithoutASlowdownAndInfiniteWhenItNeverCame() {
        assertFalse(crossed("recoverySeconds>60", THREADS), "45 s");
        assertFalse(crossed("recoverySeconds>60", result("g", Verdict.STABLE, OptionalDouble.empty(), true)), "no slowdown");
        ThresholdCheck never = Threshold.parse("recoverySeconds>60").check(result("t", Verdict.COLLAPSED, OptionalDouble.empty(), false));
        assertTrue(never.crossed());
        assertEquals("never", never.actual());
    }

    @Test
    void aFigureTheRunCouldNotMeasureCrossesTheThreshold() {
        VariantResult none = new VariantResult("t", new RequestCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                LatencySummary.of(new LatencyHistogram()), 0, 0, 0, OptionalLong.of(10), 0, 0, 0, 0, 1, 0, 0, Verdict.STABLE,
                OptionalDouble.empty(), true, new Timeline(1, new double[0], Map.of()));

        assertTrue(crossed("p99>2s", none));
        assertTrue(crossed("goodputRatio<0.99", none));
        assertEquals("none (not measured)", Threshold.parse("p99>2s").check(none).actual());
    }

    @Test
    void aVariantPrefixLimitsTheThresholdToThatVariant() {
        Threshold t = Threshold.parse("threads-640:p99>2s");

        assertEquals(Optional.of("threads-640"), t.variant());
        assertTrue(t.appliesTo("threads-640"));
        assertFalse(t.appliesTo("greenlets-1000"));
        assertTrue(Threshold.parse("p99>2s").appliesTo("anything"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Threshold.parse("thread-640:p99>2s").requireVariantAmong(List.of("threads-640", "greenlets-1000")));
        assertEquals("\"thread-640:p99>2s\": got variant thread-640; allowed one of the scenario's variants: threads-640,"
                + " greenlets-1000", e.getMessage());
    }

    @Test
    void aCheckShowsTheFigureAsWritten() {
        assertEquals("max>2s  threads-640: passed (max = 1 s)", Threshold.parse("max>2s").check(THREADS).toString());
        assertEquals("verdict=collapsed  threads-640: CROSSED (verdict = collapsed)",
                Threshold.parse("verdict=collapsed").check(THREADS).toString());
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "p99", "p99>", "p99>>2s", "p99>2 seconds", "p100>2s", "p0>1s", "latency>2s", "verdict=broken",
        "goodputRatio<high", "p99=2x", ":p99"})
    void aMalformedExpressionIsRefusedWithWhatIsAllowed(String expression) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Threshold.parse(expression));

        assertTrue(e.getMessage().startsWith("got \"" + expression + "\"; allowed [VARIANT:][KIND/]FIGURE OP VALUE"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }
}
