package dev.avalanche.scenarios;

import static dev.avalanche.scenarios.Fixtures.MINIMAL;
import static dev.avalanche.scenarios.Fixtures.load;
import static dev.avalanche.scenarios.Fixtures.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Workers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Variants and --set: the value at a dotted path is replaced, in order, base first. */
class OverridesTest {

    private static final String WITH_MEMORY = MINIMAL.replace("{model: threads, size: 40}",
            "{model: threads, size: 40, memory: 8MiB}");

    private static String withVariants(String base, String variants) {
        return base + "variants:\n" + variants;
    }

    private static Workers workers(Scenario s, String variant) {
        return s.variant(variant).config().servers().workers();
    }

    @Test
    void aVariantsMappingReplacesTheWholeMappingAtItsPath() throws ScenarioException {
        Scenario s = load(withVariants(WITH_MEMORY, """
                  threads-640: {}
                  greenlets-1000: {servers.workers: {model: greenlets, size: 1000}}
                """));
        assertEquals(new Workers(Workers.Model.THREADS, 40, 8L << 20), workers(s, "threads-640"));
        assertEquals(new Workers(Workers.Model.GREENLETS, 1000, 0), workers(s, "greenlets-1000"));
    }

    @Test
    void aLongerPathChangesOneFieldAndKeepsItsSiblings() throws ScenarioException {
        Scenario s = load(withVariants(WITH_MEMORY, "  threads-1000: {servers.workers.size: 1000}\n"));
        assertEquals(new Workers(Workers.Model.THREADS, 1000, 8L << 20), workers(s, "threads-1000"));
    }

    @Test
    void aDistributionIsReplacedNotMergedSoItsFormMayChange() throws ScenarioException {
        Scenario s = load(withVariants(MINIMAL, "  slow: {services.social.latency: {dist: exponential, mean: 2s}}\n"));
        assertEquals(2.0, s.variant("slow").config().services().get("social").latency().mean(), 1e-12);
    }

    @Test
    void aVariantsOverridesApplyInTheirYamlOrder() throws ScenarioException {
        Scenario s = load(withVariants(MINIMAL, """
                  size-then-workers: {servers.workers.size: 10, servers.workers: {model: greenlets, size: 20}}
                  workers-then-size: {servers.workers: {model: greenlets, size: 20}, servers.workers.size: 10}
                """));
        assertEquals(20, workers(s, "size-then-workers").size());
        assertEquals(10, workers(s, "workers-then-size").size());
    }

    @Test
    void aListItemIsAddressedByIndexInBracketsOrAsAPathSegment() throws ScenarioException {
        Scenario s = load(withVariants(MINIMAL, """
                  five-calls:
                    request.calls[0].count: 5
                  six-calls: {request.calls.0.count: 6}
                """));
        assertEquals(5, s.variant("five-calls").config().request().calls().getFirst().count());
        assertEquals(6, s.variant("six-calls").config().request().calls().getFirst().count());
    }

    @Test
    void nullRemovesAField() throws ScenarioException {
        Scenario s = load(withVariants(MINIMAL, "  direct: {balancer: null, servers.count: 1}\n"));
        assertFalse(s.variant("direct").config().balancer().isPresent());
    }

    @Test
    void setAppliesToTheBaseBeforeTheVariants() throws ScenarioException {
        Scenario s = load(withVariants(MINIMAL, """
                  threads: {}
                  four-cores: {servers.cores: 4}
                """), "servers.cores=2", "servers.backlog=7");
        assertEquals(2, s.variant("threads").config().servers().cores());
        assertEquals(4, s.variant("four-cores").config().servers().cores());
        assertEquals(7, s.variant("four-cores").config().servers().backlog());
    }

    @Test
    void aSetValueIsYamlSoItCanBeAMapping() throws ScenarioException {
        ModelConfig c = load(MINIMAL, "users.arrivals={profile: [{at: 0s, rate: 100}, {at: 1m, rate: 200}]}")
                .variants().getFirst().config();
        assertEquals(200, ((Arrivals.Open) c.users().arrivals()).rate().max());
    }

    @Test
    void setChangesTheSeed() throws ScenarioException {
        assertEquals(7, load(MINIMAL, "seed=7").seed());
        assertEquals(1, load(MINIMAL).seed());
    }

    @Test
    void aMisspelledSetPathIsReportedAtTheSetWithTheClosestKey() {
        assertEquals(List.of("--set:1:9: servers.wrokers: got an unknown key (did you mean \"workers\"?); allowed count, cores,"
                + " processes, workers, backlog, overflow, accept, overhead, discard, abandoned, front, tcp, deferAccept, shedAfter, limit"),
                problems(MINIMAL, "servers.wrokers.size=3"));
    }

    @Test
    void aSetPathThroughAScalarIsReported() {
        assertEquals(List.of("--set:2:10: duration.unit: got a --set path into duration, which is 30m;"
                + " allowed a path through mappings and lists"), problems(MINIMAL, "seed=3", "duration.unit=s"));
    }

    @Test
    void aSetPathToAMissingListItemIsReported() {
        assertEquals(List.of("--set:1:14: request.calls[3]: got a --set path to item 3 of request.calls, which is a list of 1;"
                + " allowed an existing item of a list"), problems(MINIMAL, "request.calls[3].count=2"));
    }

    @Test
    void aSetWithoutAValueIsReported() {
        assertEquals(List.of("--set:1:1: servers.cores: got --set servers.cores; allowed --set path=value,"
                + " such as servers.workers.size=100 or users.arrivals={rate: 330}"), problems(MINIMAL, "servers.cores"));
    }

    @Test
    void aMalformedSetPathIsReported() {
        assertEquals(List.of("--set:1:1: servers..cores: got a --set path servers..cores; allowed keys joined by dots,"
                + " with [i] for a list's item, such as servers.workers.size or request.calls[0].count"),
                problems(MINIMAL, "servers..cores=4"));
    }

    @Test
    void aBadSetValueIsReportedAtTheValue() {
        assertEquals(List.of("--set:1:15: servers.cores: got -4; allowed an integer >= 1"), problems(MINIMAL, "servers.cores=-4"));
    }

    @Test
    void aVariantCannotChangeTheSeed() {
        assertEquals(List.of("s.yaml:22:16: variants.other-seed.seed: got an override of seed; allowed overrides of the model's"
                + " fields: duration, warmup, interval, drain, users, balancer, servers, request, requests, services"
                + " (name, description, seed, variants belong to the whole scenario)"),
                problems(withVariants(MINIMAL, "  base: {}\n  other-seed: {seed: 3}\n")));
    }

    @Test
    void aProblemInSomeVariantsNamesThem() {
        assertEquals(List.of("s.yaml:22:32: servers.workers.size: got 0; allowed an integer >= 1 [variant zero]"),
                problems(withVariants(MINIMAL, "  base: {}\n  zero: {servers.workers.size: 0}\n")));
    }

    @Test
    void aProblemOfTheBaseIsReportedOnceForAllVariants() {
        assertEquals(List.of("s.yaml:8:10: servers.cores: got 0; allowed an integer >= 1"),
                problems(withVariants(MINIMAL.replace("cores: 8", "cores: 0"), "  a: {}\n  b: {servers.backlog: 5}\n")));
    }
}
