package dev.avalanche.scenarios.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.Simulator;
import dev.avalanche.models.result.SweepResult;
import dev.avalanche.scenarios.ScenarioException;
import dev.avalanche.scenarios.Sweeps;
import dev.avalanche.scenarios.output.SweepCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class StudyTest {

    static final Simulator.Progress QUIET = (v, k) -> { };
    private static final Path SWEEP = Path.of("src/test/resources/sweep");

    private static SweepResult sweep(Study study, int parallelism) throws ScenarioException {
        Plan plan = study.plan();
        return plan.sweep(plan.simulate(parallelism, QUIET));
    }

    @Test
    void aSweepGivesTheSameResultsOnOneCoreAsOnTwo() throws ScenarioException {
        Study s = Study.run(Path.of("story-normal-times.yaml"), List.of("duration=2m", "warmup=10s"), null, 1)
                .sweep(List.of("users.arrivals.rate"), List.of(List.of("200"), List.of("300"), List.of("400")));

        SweepResult two = sweep(s, 2);
        assertEquals(sweep(s, 1), two);
        assertEquals(400.0, two.points().get(2).numeric());
    }

    @Test
    void theOneParameterSweepCsvIsByteForByteWhatItWasBeforeSeveralParameters() throws ScenarioException, IOException {
        Study ab = Study.run(Path.of("ab-10-vs-10.yaml"), List.of(), null, 1).sweep(List.of("users.closed.concurrency"),
                Sweeps.grid(List.of(new Sweeps.Listed("users.closed.concurrency", List.of("5", "10", "20")))));
        Study normal = Study.run(Path.of("story-normal-times.yaml"), List.of("duration=2m", "warmup=10s"), null, 2)
                .sweep(List.of("users.arrivals.rate"), Sweeps.grid(List.of(new Sweeps.Ranged("users.arrivals.rate", 200, 300,
                        OptionalDouble.of(50)))));

        assertEquals(Files.readString(SWEEP.resolve("one-parameter-ab-10-vs-10.csv")), SweepCsv.toCsv(sweep(ab, 2)));
        assertEquals(Files.readString(SWEEP.resolve("one-parameter-normal-times.csv")), SweepCsv.toCsv(sweep(normal, 2)));
    }

    @Test
    void aSweepOfTwoParametersHasAColumnPerParameterAndARowPerPointAndVariant() throws ScenarioException {
        Study s = Study.run(Path.of("ab-10-vs-10.yaml"), List.of(), null, 1).sweep(
                List.of("users.closed.concurrency", "users.closed.requests"),
                Sweeps.grid(List.of(new Sweeps.Listed("c", List.of("5", "20")), new Sweeps.Listed("n", List.of("50", "100")))));

        List<String> rows = SweepCsv.toCsv(sweep(s, 2)).lines().toList();
        assertTrue(rows.getFirst().startsWith("users.closed.concurrency,users.closed.requests,variant,verdict,intents,"),
                rows.getFirst());
        assertEquals(1 + 4 * 2, rows.size());
        assertTrue(rows.get(1).startsWith("5,50,threads-10,stable,50,"), rows.get(1));
        assertTrue(rows.get(2).startsWith("5,50,greenlets-10,stable,50,"), rows.get(2));
        assertTrue(rows.get(8).startsWith("20,100,greenlets-10,stable,100,"), rows.get(8));
    }

    @Test
    void everyPointIsLoadedBeforeAnyRunAndABadValueNamesItsPath() throws ScenarioException {
        Study s = Study.run(Path.of("ab-10-vs-10.yaml"), List.of(), null, 1).sweep(List.of("users.closed.concurrency"), List.of(List.of("5"), List.of("-5")));

        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, s::plan);
        assertTrue(e.getMessage().contains("users.closed.concurrency"), e.getMessage());
    }
}
