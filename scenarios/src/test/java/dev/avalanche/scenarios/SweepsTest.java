package dev.avalanche.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.scenarios.Sweeps.Axis;
import dev.avalanche.scenarios.Sweeps.Listed;
import dev.avalanche.scenarios.Sweeps.Ranged;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SweepsTest {

    @Test
    void aRangeIncludesItsEndWhenItFallsOnAStep() {
        assertEquals(List.of("240", "260", "280", "300"), Sweeps.range(240, 300, 20));
        assertEquals(List.of("0.5", "1", "1.5"), Sweeps.range(0.5, 1.6, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Sweeps.range(1, 2, 0));
    }

    @Test
    void aGridHoldsEveryCombinationWithTheFirstParameterVaryingSlowest() {
        List<Axis> axes = List.of(new Listed("a", List.of("1", "2")), new Ranged("b", 10, 30, OptionalDouble.of(10)));

        assertEquals(List.of(List.of("1", "10"), List.of("1", "20"), List.of("1", "30"), List.of("2", "10"), List.of("2", "20"),
                List.of("2", "30")), Sweeps.grid(axes));
    }

    @Test
    void aGridBeyondTheLimitIsRefusedNamingItsSizeAndTheWayOut() {
        List<Axis> axes = List.of(new Ranged("users.arrivals.rate", 1, 200, OptionalDouble.of(1)),
                new Ranged("servers.backlog", 1, 100, OptionalDouble.of(1)));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sweeps.grid(axes));
        assertEquals("--param: got a grid of more than 10000 points (200 x 100); allowed at most 10000 (fewer values, "
                + "several sweeps, or --design lhs --points N)", e.getMessage());
    }

    @Test
    void aRangeWithoutAStepIsRefusedOnAGridNamingItsParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sweeps.grid(List.of(new Ranged("servers.backlog", 1, 100, OptionalDouble.empty()))));

        assertEquals("--param servers.backlog --step: got nothing; allowed --step S with --from/--to on a grid, or --design lhs",
                e.getMessage());
    }

    @Test
    void aLatinHypercubePutsExactlyOnePointInEachStratumOfEachRange() {
        int n = 40;
        List<List<String>> points = Sweeps.latinHypercube(List.of(new Ranged("a", 0, 100, OptionalDouble.empty()),
                new Ranged("b", -1, 1, OptionalDouble.empty())), n, 7);

        assertEquals(n, points.size());
        for (int axis = 0; axis < 2; axis++) {
            double from = axis == 0 ? 0 : -1;
            double width = axis == 0 ? 100 : 2;
            Set<Integer> strata = new HashSet<>();
            for (List<String> p : points) {
                double u = (Double.parseDouble(p.get(axis)) - from) / width;
                assertTrue(u >= 0 && u <= 1, p.toString());
                strata.add((int) Math.min(n - 1, Math.floor(u * n)));
            }
            assertEquals(n, strata.size(), "axis " + axis + ": one point per stratum");
        }
    }

    @Test
    void aLatinHypercubeIsTheSameForASeedAndAnotherForAnotherSeed() {
        List<Axis> axes = List.of(new Ranged("a", 0, 1, OptionalDouble.empty()), new Ranged("b", 0, 1, OptionalDouble.empty()));

        assertEquals(Sweeps.latinHypercube(axes, 10, 3), Sweeps.latinHypercube(axes, 10, 3));
        assertNotEquals(Sweeps.latinHypercube(axes, 10, 3), Sweeps.latinHypercube(axes, 10, 4));
    }

    @Test
    void aLatinHypercubeGivesEachListedValueAnEqualShareAndSnapsRangesToTheirStep() {
        List<List<String>> points = Sweeps.latinHypercube(List.of(new Listed("mode", List.of("drop", "reset", "none")),
                new Ranged("backlog", 100, 1000, OptionalDouble.of(50))), 12, 1);
        Map<String, Integer> shares = new HashMap<>();
        for (List<String> p : points) {
            shares.merge(p.get(0), 1, Integer::sum);
            int backlog = Integer.parseInt(p.get(1));
            assertTrue(backlog >= 100 && backlog <= 1000 && (backlog - 100) % 50 == 0, p.toString());
        }

        assertEquals(Map.of("drop", 4, "reset", 4, "none", 4), shares);
    }

    @Test
    void aLatinHypercubeOfTooManyPointsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sweeps.latinHypercube(List.of(new Ranged("a", 0, 1, OptionalDouble.empty())), 10_001, 1));

        assertEquals("--points: got 10001; allowed 1 to 10000", e.getMessage());
    }

    @Test
    void aValueIsANumberADurationInSecondsOrItsPositionAmongItsParametersValues() {
        assertEquals(330.0, Sweeps.numeric("330", List.of("330")));
        assertEquals(0.25, Sweeps.numeric("250ms", List.of("250ms")));
        assertEquals(1.0, Sweeps.numeric("reset", List.of("drop", "reset")));
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
