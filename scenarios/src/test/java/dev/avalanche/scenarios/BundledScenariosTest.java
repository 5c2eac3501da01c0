package dev.avalanche.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.Simulator;
import dev.avalanche.models.Variant;
import dev.avalanche.models.preflight.Limits;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.result.Verdict;
import dev.avalanche.scenarios.output.SummaryJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled scenario library, and the story's demo cases in {@code seed-demo/}: each loads,
 * conserves every request, matches its golden summary
 * (fixed seed; regenerate with {@code -Davalanche.updateGolden=true} after a deliberate model
 * change and review the diff), and shows what its description says.
 */
class BundledScenariosTest {

    private static final Path LIBRARY = Path.of(".");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Map<String, RunResult> RUNS = new ConcurrentHashMap<>();

    /** The library at the root, then the story's demo against the real stack ({@code seed-demo/}). */
    static Stream<Path> bundled() throws IOException {
        Stream.Builder<Path> all = Stream.builder();
        for (Path dir : new Path[] {LIBRARY, Path.of("seed-demo")}) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(all);
            }
        }
        return all.build();
    }

    private static RunResult run(String name) {
        return RUNS.computeIfAbsent(name, n -> {
            try {
                Scenario s = ScenarioLoader.load(LIBRARY.resolve(n + ".yaml"), List.of());
                List<Variant> variants = s.variants();
                return Simulator.simulate(s.name(), s.seed(), variants, 1, 2, (v, k) -> { });
            } catch (ScenarioException e) {
                throw new AssertionError(e.problems().toString(), e);
            }
        });
    }

    private static VariantResult variant(String scenario, String name) {
        return run(scenario).variants().stream().map(VariantOutcome::result).filter(r -> r.name().equals(name))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyBundledScenarioConservesEveryRequestAndMatchesItsGoldenSummary(Path file) throws IOException {
        String name = file.normalize().toString().replace(".yaml", "");
        RunResult r = run(name);
        for (VariantOutcome o : r.variants()) {
            assertTrue(o.result().requests().conserved(), o.result().name() + ": " + o.result().requests());
        }
        String json = SummaryJson.toJson(r).toPrettyString() + "\n";
        Path golden = GOLDEN.resolve(name.replace('/', '-') + ".json");
        if (Boolean.getBoolean("avalanche.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, json);
        }
        assertTrue(Files.exists(golden), "no golden summary " + golden + ": run mvn test -pl scenarios "
                + "-Davalanche.updateGolden=true -Dtest=BundledScenariosTest, review it and commit it");
        assertEquals(Files.readString(golden), json, "summary of " + name + " differs from " + golden);
    }

    /**
     * A bundled scenario runs as shipped: the preflight of a two-core machine with a 2 GiB heap finds
     * nothing that needs {@code --force}. Its estimate of time has to stay near what runs take, or
     * the scenarios that show the most (the mitigations: eleven half-hour variants, a few seconds on
     * two cores) would be refused with an estimate several times too long.
     */
    @ParameterizedTest
    @MethodSource("bundled")
    void everyBundledScenarioRunsWithoutForce(Path file) throws ScenarioException {
        Scenario s = ScenarioLoader.load(file, List.of());
        Limits limits = Limits.forMachine(2L << 30, 2);
        assertEquals(List.of(), Preflights.beforeRun(List.of(s), 1, 2, limits, false), file.toString());
    }

    @Test
    void theCapacityLimitIsStableWithSixHundredBusyAndTenPercentMoreOfEitherSaturates() {
        VariantResult base = variant("story-capacity-limit", "base");
        assertEquals(Verdict.STABLE, base.verdict());
        assertEquals(600, base.busyMean(), 12);
        assertEquals(Verdict.SATURATED, variant("story-capacity-limit", "load-plus-10pct").verdict());
        assertEquals(Verdict.SATURATED, variant("story-capacity-limit", "latency-plus-10pct").verdict());
    }

    @Test
    void inNormalTimesAboutAThirdOfTheWorkersAreBusy() {
        VariantResult r = variant("story-normal-times", "base");
        assertEquals(640 / 3.0, r.busyMean(), 15);
        assertEquals(Verdict.STABLE, r.verdict());
    }

    @Test
    void theAvalancheCollapsesThreadsWhichRecoverWhileGreenletsKeepGoodputCloseToIntents() {
        VariantResult threads = variant("story-avalanche", "threads-640");
        assertEquals(Verdict.COLLAPSED, threads.verdict());
        assertTrue(threads.amplification() > 1.3, "amplification " + threads.amplification());
        assertTrue(threads.recoverySeconds().isPresent(), "threads recover by themselves");
        VariantResult greenlets = variant("story-avalanche", "greenlets-1000");
        assertTrue(greenlets.requests().goodput() >= 0.99 * greenlets.requests().intents(), greenlets.requests().toString());
        VariantResult remedy = variant("story-avalanche", "threads-2000");
        assertTrue(remedy.requests().goodput() >= 0.99 * remedy.requests().intents(), remedy.requests().toString());
        assertEquals(2000 * 8.0 * (1 << 20), remedy.memoryBytes(), "2000 OS threads of 8 MiB");
        assertEquals(16_000 * 64.0 * (1 << 10), greenlets.memoryBytes(), "16,000 greenlets of 64 KiB");
    }

    @Test
    void impatientUsersKeepThreadsInAMetastableOverloadWhileGreenletsRecover() {
        VariantResult threads = variant("story-metastable", "threads-640");
        assertTrue(threads.recoverySeconds().isEmpty(), "threads never recover: " + threads.recoverySeconds());
        assertFalse(threads.recovered());
        double[] sent = threads.timeline().column("sent");
        double[] intents = threads.timeline().column("intents");
        double lateSent = 0;
        double lateIntents = 0;
        for (int i = 30 * 60; i < 39 * 60; i++) {
            lateSent += sent[i];
            lateIntents += intents[i];
        }
        assertTrue(lateSent > 1.5 * lateIntents, "long after the slowdown refreshes still multiply the load: "
                + lateSent / lateIntents);
        VariantResult greenlets = variant("story-metastable", "greenlets-1000");
        assertTrue(greenlets.recoverySeconds().isPresent());
    }

    @Test
    void abDemosTakeTenSecondsForTenByTenAndAboutThreeForAThousandGreenletsBehindABacklogOfHundred() {
        assertEquals(10.0, variant("ab-10-vs-10", "threads-10").elapsed(), 0.05);
        assertEquals(10.0, variant("ab-10-vs-10", "greenlets-10").elapsed(), 0.05);
        VariantResult small = variant("ab-1000-vs-1000", "greenlets-1000");
        VariantResult large = variant("ab-1000-vs-1000", "greenlets-1000-backlog-1024");
        assertTrue(small.requests().synRetransmissions() >= 200, small.requests().toString());
        assertEquals(3.0, small.elapsed(), 0.5);
        assertEquals(0, large.requests().synRetransmissions());
        assertEquals(2.03, large.elapsed(), 0.03);
    }
}
