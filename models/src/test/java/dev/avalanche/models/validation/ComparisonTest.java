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
}
