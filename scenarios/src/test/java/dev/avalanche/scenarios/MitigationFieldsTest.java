package dev.avalanche.scenarios;

import static dev.avalanche.scenarios.Fixtures.MINIMAL;
import static dev.avalanche.scenarios.Fixtures.minimalWith;
import static dev.avalanche.scenarios.Fixtures.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.config.Breaker;
import dev.avalanche.models.config.ModelConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mitigations' fields: bound with their defaults, and every mistake one located line. */
class MitigationFieldsTest {

    private static final String SERVICE = "    timeout: 30s\n";

    private static String withClient(String client) {
        return minimalWith(SERVICE, SERVICE + "    client: " + client + "\n");
    }

    @Test
    void aScenarioWithoutMitigationsHasNone() throws ScenarioException {
        assertFalse(Fixtures.load(MINIMAL).variants().getFirst().config().mitigated());
    }

    @Test
    void aBreakerTakesResilience4jsDefaultsForWhatIsNotWritten() throws ScenarioException {
        ModelConfig c = Fixtures.load(withClient("{breaker: {failureRate: 40, fallback: 5ms}}")).variants().getFirst().config();
        Breaker b = c.services().get("social").client().breaker().orElseThrow();
        assertTrue(c.mitigated());
        assertEquals(Breaker.Window.COUNT, b.window());
        assertEquals(100, b.windowSize());
        assertEquals(100, b.minimumCalls());
        assertEquals(40, b.failureRate());
        assertEquals(100, b.slowCallRate());
        assertEquals(60, b.waitInOpen().seconds());
        assertEquals(10, b.halfOpenCalls());
        assertEquals(0.005, b.fallback().orElseThrow().seconds(), 1e-12);
    }

    @Test
    void everyMitigationBindsFromTheFormat() throws ScenarioException {
        String yaml = withClient("{retry: {maxAttempts: 3, backoff: 100ms, budget: {ratio: 0.1}}, "
                + "bulkhead: {maxConcurrent: 20, maxWait: 50ms}}")
                .replace("  overflow: drop\n", "  overflow: drop\n  shedAfter: 2s\n  limit: {algorithm: gradient2, minLimit: 4, initialLimit: 10, maxLimit: 40}\n")
                .replace("  arrivals: {rate: 300}\n", "  arrivals: {rate: 300}\n  retry: {maxAttempts: 2}\n");
        ModelConfig c = Fixtures.load(yaml).variants().getFirst().config();
        var client = c.services().get("social").client();
        assertEquals(0.1, client.retry().orElseThrow().budget().orElseThrow().ratio());
        assertEquals(20, client.bulkhead().orElseThrow().maxConcurrent());
        assertEquals(2, c.servers().protection().shedAfter().orElseThrow().seconds());
        assertEquals(4, c.servers().protection().limit().orElseThrow().minLimit());
        assertEquals(2, c.users().retry().orElseThrow().maxAttempts());
    }

    @Test
    void aFailureRateAbove100IsReportedAtItsValue() {
        assertEquals(List.of("s.yaml:20:37: services.social.client.breaker.failureRate: got 150; allowed a percentage in (0, 100]"),
                problems(withClient("{breaker: {failureRate: 150}}")));
    }

    @Test
    void anUnknownBreakerWindowNamesTheTwoKinds() {
        List<String> p = problems(withClient("{breaker: {window: sliding}}"));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.getFirst().startsWith("s.yaml:20:32: services.social.client.breaker.window: got sliding; allowed "),
                p.getFirst());
        assertTrue(p.getFirst().contains("count") && p.getFirst().contains("time"), p.getFirst());
    }

    @Test
    void aSingleAttemptIsNoRetry() {
        assertEquals(List.of("s.yaml:20:35: services.social.client.retry.maxAttempts: got 1; allowed an integer >= 2"),
                problems(withClient("{retry: {maxAttempts: 1}}")));
    }

    @Test
    void aBudgetRatioAboveOneIsReportedAtIt() {
        assertEquals(List.of("s.yaml:20:54: services.social.client.retry.budget.ratio: got 2; allowed a probability in [0, 1]"),
                problems(withClient("{retry: {maxAttempts: 3, budget: {ratio: 2}}}")));
    }

    @Test
    void usersRetriesHaveNoBudget() {
        List<String> p = problems(minimalWith("  arrivals: {rate: 300}\n",
                "  arrivals: {rate: 300}\n  retry: {maxAttempts: 3, budget: {ratio: 0.1}}\n"));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.getFirst().startsWith("s.yaml:5:27: users.retry.budget: got an unknown key"), p.getFirst());
    }

    @Test
    void anAlgorithmOtherThanGradient2IsRefused() {
        assertEquals(List.of("s.yaml:13:22: servers.limit.algorithm: got vegas; allowed gradient2 (Netflix concurrency-limits'"
                + " Gradient2Limit)"),
                problems(minimalWith("  overflow: drop\n", "  overflow: drop\n  limit: {algorithm: vegas}\n")));
    }

    @Test
    void aLimitWhoseInitialValueIsOutsideItsBoundsIsReported() {
        assertEquals(List.of("s.yaml:13:47: servers.limit.initialLimit: got 50; allowed an integer from minLimit 20 to"
                + " maxLimit 40"),
                problems(minimalWith("  overflow: drop\n",
                        "  overflow: drop\n  limit: {algorithm: gradient2, initialLimit: 50, maxLimit: 40}\n")));
    }

    @Test
    void aNegativeSheddingLimitIsReported() {
        List<String> p = problems(minimalWith("  overflow: drop\n", "  overflow: drop\n  shedAfter: -1s\n"));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.getFirst().startsWith("s.yaml:13:14: servers.shedAfter: got -1s"), p.getFirst());
    }
}
