package dev.avalanche.charts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.charts.Results;
import dev.avalanche.charts.StoryRuns;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.Verdict;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BackdropTest {

    @Test
    void eachRunOfIntervalsWithTheThirdPartySlowerIsOneSpan() {
        double[] factor = {1, 1, 2, 3, 1, 1, 1.5, 1.5, 1};
        Timeline t = Results.timeline(10, factor.length, Map.of(Causes.COLUMN, factor));

        Backdrop b = Backdrop.of(t, OptionalDouble.of(15));

        assertEquals(List.of(new Backdrop.Span(20, 40), new Backdrop.Span(60, 80)), b.slowdowns());
        assertEquals(OptionalDouble.of(15), b.warmupSeconds());
        assertEquals(2, b.legend().size());
    }

    @Test
    void noWarmUpAndNoSlowdownShadeNothing() {
        Timeline t = Results.timeline(1, 5, Map.of(Causes.COLUMN, Results.constant(5, 1)));

        Backdrop b = Backdrop.of(t, OptionalDouble.of(0));

        assertEquals(List.of(), b.slowdowns());
        assertTrue(b.warmupSeconds().isEmpty());
        assertEquals(List.of(), b.legend());
    }

    @Test
    void aThirdPartyThatNeverChangedSpeedIsNoCauseToDraw() {
        Timeline flat = Results.timeline(1, 5, Map.of(Causes.COLUMN, Results.constant(5, 1)));
        RunResult ab = new RunResult("ab", 1, "simulation", true, List.of(new VariantOutcome(
                Results.variant("a", Verdict.STABLE, OptionalLong.of(10), 1, 1, 10, flat), 1, Map.of())));

        assertTrue(!Causes.varied(ab));
        assertEquals(3, ChartInspection.panels(VariantsChart.variants(ab, OptionalDouble.empty())).size(), "no third-party panel");
        assertTrue(Causes.varied(StoryRuns.small()));
    }
}
