package dev.avalanche.scenarios;

import static dev.avalanche.scenarios.Fixtures.MINIMAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.Simulator;
import dev.avalanche.models.Variant;
import dev.avalanche.models.preflight.Limits;
import dev.avalanche.models.result.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preflight's findings as located problems: at the field to change, where it is written. */
class PreflightsTest {

    private static final Limits LIMITS = Limits.forMachine(2L << 30, 2);

    private static List<String> before(Scenario s, int replications, boolean force) {
        return Preflights.beforeRun(List.of(s), replications, 2, LIMITS, force).stream().map(Problem::toString).toList();
    }

    @Test
    void aFindingIsLocatedAtTheFieldAsWritten() throws ScenarioException {
        Scenario s = Fixtures.load(MINIMAL.replace("arrivals: {rate: 300}", "arrivals: {rate: 1e30}"));
        String line = before(s, 1, true).getFirst();
        assertTrue(line.startsWith("s.yaml:4:20: users.arrivals.rate: got 1e30 (up to "), line);
        assertTrue(line.endsWith("allowed at most 1.0e+11 events: a smaller users.arrivals.rate"), line);
    }

    @Test
    void aFindingAboutASetValueIsLocatedInTheSet() throws ScenarioException {
        Scenario s = Fixtures.load(MINIMAL, "interval=1ns");
        assertTrue(before(s, 1, false).getFirst().startsWith("--set:1:10: interval: got 1ns (about 1.9e+12 time-series rows"),
                before(s, 1, false).toString());
    }

    @Test
    void aDefaultThatMakesARunLargeIsNamedWithItsValueAtTheTopOfTheFile() throws ScenarioException {
        Scenario s = Fixtures.load(MINIMAL.replace("duration: 30m", "duration: 100000h"));
        String line = before(s, 1, true).getFirst();
        assertTrue(line.startsWith("s.yaml:2:11: duration: got 100000h ("), line);
        Scenario drained = Fixtures.load(MINIMAL, "duration=10s", "interval=1ms", "drain=10000h");
        assertTrue(before(drained, 1, true).getFirst().startsWith("--set:3:7: drain: got 10000h"), before(drained, 1, true).toString());
    }

    @Test
    void forceLetsALargeRunGoButNotAnImpossibleOne() throws ScenarioException {
        Scenario large = Fixtures.load(MINIMAL, "duration=10m", "interval=2ms");
        assertTrue(before(large, 1, false).getFirst().endsWith("or add --force"), before(large, 1, false).toString());
        assertEquals(List.of(), before(large, 1, true));
        Scenario impossible = Fixtures.load(MINIMAL, "interval=1ns");
        assertEquals(1, before(impossible, 1, true).size());
    }

    @Test
    void aFindingInOneVariantOnlyNamesIt() throws ScenarioException {
        Scenario s = Fixtures.load(MINIMAL + "variants:\n  base: {}\n  fine: {interval: 1ns}\n");
        assertTrue(before(s, 1, true).getFirst().startsWith("s.yaml:22:20: interval: got 1ns"), before(s, 1, true).toString());
        assertTrue(before(s, 1, true).getFirst().endsWith("[variant fine]"), before(s, 1, true).toString());
    }

    @Test
    void aClosedLoopThatEndsInsideItsWarmUpIsAProblemAtTheWarmUp() throws ScenarioException {
        String closed = MINIMAL.replace("arrivals: {rate: 300}", "closed: {concurrency: 10, requests: 50}")
                .replace("duration: 30m", "duration: 30m\nwarmup: 20m");
        Scenario s = Fixtures.load(closed);
        RunResult r = Simulator.simulate(s.name(), 1, List.of(new Variant("base", s.variants().getFirst().config())),
                1, 1, (v, k) -> { });
        List<String> lines = Preflights.afterRun(s, r).stream().map(Problem::toString).toList();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.getFirst().startsWith("s.yaml:3:9: warmup: got 20m (every request was sent before it ended"),
                lines.getFirst());
    }

    @Test
    void aRunThatMeasuredSomethingHasNoProblemAfterIt() throws ScenarioException {
        Scenario s = Fixtures.load(MINIMAL, "duration=20s", "warmup=5s");
        RunResult r = Simulator.simulate(s.name(), 1, List.of(new Variant("base", s.variants().getFirst().config())),
                1, 1, (v, k) -> { });
        assertEquals(List.of(), Preflights.afterRun(s, r));
    }
}
