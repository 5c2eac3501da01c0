package dev.avalanche.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.charts.SweepGrids.Outcome;
import dev.avalanche.models.result.SweepResult;
import dev.avalanche.models.result.Verdict;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SweepAlongTest {

    /** Rate against workers: unstable once the rate passes 10 x workers. */
    private static SweepResult rateAgainstWorkers(List<Double> workers) {
        return SweepGrids.sweep(List.of("rate", "workers"), SweepGrids.grid(List.of(10.0, 20.0, 30.0, 40.0), workers),
                List.of("t"), p -> List.of(p.get(0) > 10 * p.get(1) ? new Outcome(50, Verdict.SATURATED)
                        : new Outcome(100, Verdict.STABLE)));
    }

    @Test
    void onAGridWithFewSettingsEachSettingOfTheOthersIsACurveWithItsOwnKnee() {
        Sweep along = Sweep.along(rateAgainstWorkers(List.of(1.0, 2.0, 3.0)), 0);

        assertEquals(List.of("t, workers=1", "t, workers=2", "t, workers=3"), along.variants());
        assertEquals(OptionalDouble.of(20), along.knee("t, workers=1"));
        assertEquals(OptionalDouble.of(30), along.knee("t, workers=2"));
        assertEquals(OptionalDouble.of(40), along.knee("t, workers=3"));
        assertEquals("rate", along.parameter());
    }

    @Test
    void withMoreCurvesThanColoursTheWorstRunAtEachValueIsDrawn() {
        Sweep along = Sweep.along(rateAgainstWorkers(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)), 0);

        assertEquals(List.of("t"), along.variants());
        assertEquals(4, along.curve("t").size());
        assertEquals(OptionalDouble.of(20), along.knee("t"), "at rate 20 some run (1 worker) is no longer stable");
        assertEquals(50, along.curve("t").get(1).result().requests().goodput(), "the worst run at 20");
        assertTrue(along.parameter().contains("the worst run over workers"), along.parameter());
    }
}
