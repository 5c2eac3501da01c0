package dev.avalanche.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.avalanche.models.result.SweepResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepsTest {

    private static final Path SCENARIO = Path.of("story-normal-times.yaml");

    @Test
    void aSweepGivesTheSameResultsOnOneCoreAsOnTwo() throws ScenarioException {
        List<String> sets = List.of("duration=2m", "warmup=10s");
        List<String> values = List.of("200", "300", "400");
        SweepResult one = Sweeps.run(SCENARIO, sets, "users.arrivals.rate", values, null, 1, 1, (v, k) -> { });
        SweepResult two = Sweeps.run(SCENARIO, sets, "users.arrivals.rate", values, null, 1, 2, (v, k) -> { });
        assertEquals(one, two);
        assertEquals(400.0, two.points().get(2).numeric());
    }

    @Test
    void aRangeIncludesItsEndWhenItFallsOnAStep() {
        assertEquals(List.of("240", "260", "280", "300"), Sweeps.range(240, 300, 20));
        assertEquals(List.of("0.5", "1", "1.5"), Sweeps.range(0.5, 1.6, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Sweeps.range(1, 2, 0));
    }

    @Test
    void aRangeOfMoreThanAThousandValuesOrWithoutFiniteBoundsIsRefused() {
        assertEquals("--from/--to/--step: got 1.00e+308 values; allowed at most 1000",
                assertThrows(IllegalArgumentException.class, () -> Sweeps.range(0, 1e308, 1)).getMessage());
        assertEquals("--from/--to/--step: got more than 1e308 values; allowed at most 1000",
                assertThrows(IllegalArgumentException.class, () -> Sweeps.range(0, 1e300, 1e-300)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Sweeps.range(Double.NaN, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> Sweeps.range(0, Double.POSITIVE_INFINITY, 1));
        assertEquals(1000, Sweeps.range(1, 1000, 1).size());
    }
}
