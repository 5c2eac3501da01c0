package dev.avalanche.models.threshold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.stats.LatencyHistogram;
import dev.avalanche.models.result.KindResult;
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

/** {@code [VARIANT:][KIND/]FIGURE}: a threshold on one kind of request of a mix judges that kind's figures. */
class KindThresholdTest {

    private static LatencySummary latencies(long fromMillis, long toMillis) {
        LatencyHistogram h = new LatencyHistogram();
        for (long ms = fromMillis; ms <= toMillis; ms++) {
            h.record(ms * 1_000_000L);
        }
        return LatencySummary.of(h);
    }

    /** Fast carts (1-100 ms, all served) and slow checkouts (1-5 s, 9 of 10 served); overall p99 about 5 s. */
    private static final VariantResult MIX;

    static {
        RequestCounts carts = new RequestCounts(100, 100, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        RequestCounts checkouts = new RequestCounts(4001, 4001, 3601, 3601, 400, 0, 0, 0, 0, 0, 0, 0, 0);
        RequestCounts all = new RequestCounts(4101, 4101, 3701, 3701, 400, 0, 0, 0, 0, 0, 0, 0, 0);
        MIX = new VariantResult("threads", all, latencies(1, 5000), 0, 1, 1, OptionalLong.of(10), 5, 10, 0, 0, 1, 10, 0,
                Verdict.STABLE, OptionalDouble.empty(), true, new Timeline(1, new double[0], Map.of()),
                List.of(new KindResult("cart", 0.7, carts, latencies(1, 100), 1, 1),
                        new KindResult("checkout", 0.3, checkouts, latencies(1000, 5000), 1, 1)));
    }

    private static boolean crossed(String expression) {
        return Threshold.parse(expression).check(MIX).crossed();
    }

    @Test
    void aKindPrefixJudgesThatKindsFiguresAndNotTheVariants() {
        assertFalse(crossed("cart/p99>200ms"), "carts are all under 100 ms");
        assertTrue(crossed("p99>200ms"), "overall the checkouts make p99 seconds");
        assertTrue(crossed("checkout/p50>2s"));
        assertTrue(crossed("checkout/goodputRatio<95%"), "9 of 10 checkouts served");
        assertFalse(crossed("cart/goodputRatio<95%"));
        assertTrue(crossed("checkout/abandoned>0"));
    }

    @Test
    void aVariantAndAKindTogetherNameOneKindOfOneVariant() {
        Threshold t = Threshold.parse("threads:checkout/p99>2s");
        assertEquals(Optional.of("threads"), t.variant());
        assertEquals(Optional.of("checkout"), t.kind());
        assertTrue(t.appliesTo("threads"));
        assertFalse(t.appliesTo("gevent"));
        assertTrue(t.check(MIX).crossed());
    }

    @Test
    void aKindTheResultLacksWasNotMeasuredAndCrosses() {
        assertTrue(crossed("search/p99>2s"));
    }

    @Test
    void aFigureOfTheWholeVariantTakesNoKind() {
        for (String e : List.of("checkout/verdict=collapsed", "checkout/recoverySeconds>60", "cart/elapsed>1m")) {
            IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> Threshold.parse(e), e);
            assertTrue(x.getMessage().startsWith("got \"" + e + "\"; allowed [VARIANT:][KIND/]FIGURE"), x.getMessage());
        }
    }

    @Test
    void aKindTheScenarioLacksIsRefusedNamingItsKinds() {
        Threshold t = Threshold.parse("search/p99>2s");
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> t.requireKindAmong(List.of("cart", "checkout")));
        assertEquals("\"search/p99>2s\": got kind search; allowed one of the scenario's kinds of request: cart, checkout",
                x.getMessage());
        t.requireKindAmong(List.of("search"));
        Threshold.parse("p99>2s").requireKindAmong(List.of());
    }
}
