package dev.avalanche.models.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.result.Verdict;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static VariantResult result(double throughput, double p50, double p99, long rejected, double elapsed) {
        RequestCounts c = new RequestCounts(100, 100, 100 - rejected, 100 - rejected, 0, rejected, 0, 0, 0, 0, 0, 0, 0);
        return new VariantResult("v", c, new LatencySummary(100, p50, p50, p99 * 0.9, p99, p99), 0, throughput, throughput,
                OptionalLong.of(10), 5, 10, 0, 0, 1, elapsed, 0, Verdict.STABLE, OptionalDouble.empty(), true,
                new Timeline(1, new double[0], Map.of()));
    }

    @Test
    void aMeasurementWithinEveryTolerancePasses() {
        Comparison c = Comparison.of(result(50, 0.2, 0.25, 0, 10), result(48.5, 0.21, 0.28, 3, 10.5), Tolerances.DEFAULTS);
        assertTrue(c.pass(), c.toString());
    }

    @Test
    void aThroughputSixPercentOffFailsTheFivePercentTolerance() {
        Comparison c = Comparison.of(result(50, 0.2, 0.25, 0, 10), result(47, 0.2, 0.25, 0, 10), Tolerances.DEFAULTS);
        assertFalse(c.pass());
        assertEquals("throughput /s", c.rows().stream().filter(r -> !r.pass()).findFirst().orElseThrow().figure());
        assertEquals(0.06, c.rows().getFirst().relativeError(), 1e-12);
    }

    @Test
    void countsPassWithinFiveRequestsEvenWhenTheRelativeErrorIsLarge() {
        Comparison near = Comparison.of(result(50, 0.2, 0.25, 1, 10), result(50, 0.2, 0.25, 6, 10), Tolerances.DEFAULTS);
        Comparison far = Comparison.of(result(50, 0.2, 0.25, 1, 10), result(50, 0.2, 0.25, 7, 10), Tolerances.DEFAULTS);
        assertTrue(near.pass());
        assertFalse(far.pass());
    }

    @Test
    void anErrorExactlyAtTheToleranceIsWithinIt() {
        // 2.1 against 2 is 5% up to binary rounding (0.05000000000000004).
        Comparison c = Comparison.of(result(50, 2, 3, 0, 10), result(50, 2.1, 3, 0, 10), Tolerances.DEFAULTS);
        Comparison.Row p50 = c.rows().stream().filter(r -> r.figure().equals("latency p50 s")).findFirst().orElseThrow();
        assertTrue(p50.pass(), p50.toString());
        assertEquals(0.10, p50.relativeTolerance());
        assertEquals("10%", p50.tolerance());
    }

    private static VariantResult withCounts(VariantResult r, long timedOut, long discarded, long syns) {
        RequestCounts c = r.requests();
        RequestCounts counts = new RequestCounts(c.intents(), c.sent(), c.completed(), c.goodput(), c.abandoned(), c.rejected(),
                timedOut, c.failed(), c.inFlight(), c.orphaned(), discarded, syns, c.refreshes());
        return new VariantResult(r.name(), counts, r.latency(), r.waitMean(), r.throughput(), r.goodputRate(), r.capacity(),
                r.busyMean(), r.busyMax(), r.queueMean(), r.queueMax(), r.amplification(), r.elapsed(), r.memoryBytes(),
                r.verdict(), r.recoverySeconds(), r.recovered(), r.timeline());
    }

    @Test
    void timedOutDiscardedAndSynCountsAreComparedWhereEitherSideHasSomeAndTheServerWasSeen() {
        VariantResult none = result(50, 0.2, 0.25, 0, 10);
        assertEquals(8, Comparison.of(none, none, Tolerances.DEFAULTS).rows().size(), "the issue's eight figures alone");
        VariantResult predicted = withCounts(none, 40, 10, 30);
        Comparison far = Comparison.of(predicted, withCounts(none, 40, 10, 50), Tolerances.DEFAULTS);
        assertEquals(11, far.rows().size());
        assertFalse(far.pass(), "50 SYN retransmissions against 30");
        Comparison target = Comparison.of(predicted, withCounts(none, 40, 0, 0), Tolerances.DEFAULTS, false);
        assertEquals(9, target.rows().size(), "against a target the server's discards and SYNs are unseen: " + target);
        assertTrue(target.pass(), target.toString());
    }

    private static VariantResult withLatency(VariantResult r, LatencySummary latency) {
        return new VariantResult(r.name(), r.requests(), latency, r.waitMean(), r.throughput(), r.goodputRate(), r.capacity(),
                r.busyMean(), r.busyMax(), r.queueMean(), r.queueMax(), r.amplification(), r.elapsed(), r.memoryBytes(),
                r.verdict(), r.recoverySeconds(), r.recovered(), r.timeline());
    }

    /** {@code fast} latencies of 200 ms and {@code 1000 - fast} of 1 s. */
    private static LatencySummary twoModes(int fast) {
        dev.avalanche.engine.stats.LatencyHistogram h = new dev.avalanche.engine.stats.LatencyHistogram();
        for (int i = 0; i < 1000; i++) {
            h.record(i < fast ? 200_000_000L : 1_000_000_000L);
        }
        return LatencySummary.of(h);
    }

    @Test
    void aMedianBetweenTwoModesPassesByRankWhenTheDistributionsAgree() {
        VariantResult base = result(50, 0.2, 0.25, 0, 10);
        // 500 fast of 1000 against 501: the medians are 200 ms and 1 s apart, the ranks a tenth of a point.
        Comparison c = Comparison.of(withLatency(base, twoModes(501)), withLatency(base, twoModes(499)), Tolerances.DEFAULTS);
        Comparison.Row p50 = c.rows().get(2);
        assertTrue(p50.relativeError() > 1, "the medians differ a lot: " + p50);
        assertTrue(p50.pass(), p50.toString());
        assertEquals("10% (by rank)", p50.tolerance());
        // 600 fast against 400: the distributions differ, and so do the ranks.
        Comparison apart = Comparison.of(withLatency(base, twoModes(600)), withLatency(base, twoModes(400)), Tolerances.DEFAULTS);
        assertFalse(apart.rows().get(2).pass(), apart.rows().get(2).toString());
    }
}
