package dev.avalanche.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.Variant;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.Balancer;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Service;
import dev.avalanche.models.config.Workers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A valid scenario file loads into exactly the records it describes. */
class ScenarioLoaderTest {

    private static final double EPS = 1e-12;

    private static Path full() throws Exception {
        return Path.of(ScenarioLoaderTest.class.getResource("full.yaml").toURI());
    }

    private static SimDuration s(double seconds) {
        return SimDuration.ofSeconds(seconds);
    }

    @Test
    void theScenarioFieldsAndTheSourceTextAreKept() throws Exception {
        Scenario scenario = ScenarioLoader.load(full(), List.of());
        assertEquals("story-2x8x40-300rps", scenario.name());
        assertEquals("The story's production setup at its capacity limit, then a third-party slowdown.", scenario.description());
        assertEquals(42, scenario.seed());
        assertEquals(full(), scenario.source());
        assertEquals(Files.readString(full()), scenario.yamlText());
        assertEquals(List.of("threads-640", "greenlets-1000"), scenario.variants().stream().map(Variant::name).toList());
    }

    @Test
    void timesUsersAndBalancerAreBound() throws Exception {
        ModelConfig c = ScenarioLoader.load(full(), List.of()).variant("threads-640").config();
        assertEquals(s(1800), c.duration());
        assertEquals(s(120), c.warmup());
        assertEquals(s(1), c.interval());
        assertEquals(s(120), c.drain());
        Profile rate = ((Arrivals.Open) c.users().arrivals()).rate();
        assertEquals(List.of(new Profile.Point(s(0), 300), new Profile.Point(s(600), 330)), rate.points());
        assertEquals(4 * Math.exp(0.5 * 0.5 * 0.5), c.users().patience().orElseThrow().mean(), EPS);
        assertEquals(0.9, c.users().refresh().probability());
        assertEquals(5, c.users().refresh().max());
        assertEquals(0.3, c.users().refresh().delay().mean(), EPS);
        assertEquals(new Balancer(Balancer.Policy.LEAST_CONNECTIONS, s(60)), c.balancer().orElseThrow());
    }

    @Test
    void serversAndRequestAreBound() throws Exception {
        ModelConfig c = ScenarioLoader.load(full(), List.of()).variant("threads-640").config();
        assertEquals(new Servers(2, 8, 8, new Workers(Workers.Model.THREADS, 40, 8L << 20), 100, Servers.Overflow.DROP,
                SimDuration.ofNanos(50_000), s(0.001), s(0)), c.servers());
        RequestWork r = c.request();
        assertEquals(0.005, r.cpu().orElseThrow().mean(), EPS);
        assertEquals(List.of(new RequestWork.Call("social", 3, RequestWork.Call.Mode.SEQUENTIAL),
                new RequestWork.Call("payments", 1, RequestWork.Call.Mode.PARALLEL)), r.calls());
        assertEquals(List.of(new RequestWork.LocalStep("db", s(0.005))), r.local());
        assertTrue(r.cpuAfter().isEmpty(), "no CPU after the calls unless stated");
    }

    @Test
    void cpuAfterTheCallsIsBoundAndCanBeSet() throws Exception {
        ModelConfig c = ScenarioLoader.load(full(), List.of("request.cpuAfter=2ms")).variant("threads-640").config();
        assertEquals(0.002, c.request().cpuAfter().orElseThrow().mean(), EPS);
    }

    @Test
    void servicesAreBoundWithTheirDistributionsAndDegradation() throws Exception {
        ModelConfig c = ScenarioLoader.load(full(), List.of()).variant("threads-640").config();
        Service social = c.services().get("social");
        assertEquals(0.62 * Math.exp(0.5 * 0.4 * 0.4), social.latency().mean(), EPS);
        assertEquals(s(30), social.timeout());
        assertEquals(0.01, social.errors());
        assertEquals(OptionalInt.of(500), social.capacity());
        assertEquals(List.of(new Profile.Point(s(600), 1), new Profile.Point(s(660), 4), new Profile.Point(s(960), 4),
                new Profile.Point(s(1020), 1)), social.degradation().points());
        Service payments = c.services().get("payments");
        assertEquals(0.95 * 0.1 + 0.05 * 2, payments.latency().mean(), EPS);
        assertEquals(Profile.constant(1), payments.degradation(), "no degradation: a factor of 1 for ever");
        assertEquals(0, payments.errors());
        assertEquals(OptionalInt.empty(), payments.capacity());
    }

    @Test
    void aVariantDiffersFromTheBaseOnlyWhereItOverrides() throws Exception {
        Scenario scenario = ScenarioLoader.load(full(), List.of());
        ModelConfig threads = scenario.variant("threads-640").config();
        ModelConfig greenlets = scenario.variant("greenlets-1000").config();
        assertEquals(new Workers(Workers.Model.GREENLETS, 1000, 0), greenlets.servers().workers());
        assertEquals(threads.users().arrivals(), greenlets.users().arrivals());
        assertEquals(threads.servers().backlog(), greenlets.servers().backlog());
        assertEquals(threads.request(), greenlets.request());
    }

    @Test
    void omittedOptionalFieldsTakeTheirDefaults() throws ScenarioException {
        Scenario scenario = Fixtures.load(Fixtures.minimalWith("balancer: {policy: round-robin, timeout: 60s}\n", "")
                .replace("count: 2", "count: 1"));
        assertEquals("", scenario.description());
        assertEquals(1, scenario.seed());
        assertEquals(List.of("base"), scenario.variants().stream().map(Variant::name).toList());
        ModelConfig c = scenario.variants().getFirst().config();
        assertEquals(SimDuration.ZERO, c.warmup());
        assertEquals(s(1), c.interval());
        assertEquals(s(120), c.drain());
        assertFalse(c.balancer().isPresent());
        assertFalse(c.users().patience().isPresent());
        assertFalse(c.users().refresh().enabled());
        assertEquals(0, c.servers().workers().memoryBytesPerWorker());
        assertEquals(SimDuration.ZERO, c.servers().accept());
        assertEquals(SimDuration.ZERO, c.servers().overhead());
        assertEquals(SimDuration.ZERO, c.servers().discard());
        assertFalse(c.request().cpu().isPresent());
        assertEquals(RequestWork.Call.Mode.SEQUENTIAL, c.request().calls().getFirst().mode());
        assertTrue(c.request().local().isEmpty());
    }

    @Test
    void aClosedLoopIsBoundLikeAb() throws ScenarioException {
        ModelConfig c = Fixtures.load(Fixtures.minimalWith("arrivals: {rate: 300}",
                "closed: {concurrency: 10, requests: 100, think: {dist: exponential, mean: 1s}}"))
                .variants().getFirst().config();
        Arrivals.Closed closed = (Arrivals.Closed) c.users().arrivals();
        assertEquals(10, closed.concurrency());
        assertEquals(100, closed.requests());
        assertEquals(1, closed.think().mean(), EPS);
    }

    @Test
    void aClosedLoopWithoutThinkTimeHasNone() throws ScenarioException {
        ModelConfig c = Fixtures.load(Fixtures.minimalWith("arrivals: {rate: 300}", "closed: {concurrency: 10, requests: 100}"))
                .variants().getFirst().config();
        assertNull(((Arrivals.Closed) c.users().arrivals()).think());
    }

    @Test
    void memorySizesTakeBinaryAndDecimalUnits() throws ScenarioException {
        String[][] cases = {{"65536", "65536"}, {"512KiB", "524288"}, {"8MiB", "8388608"}, {"1GiB", "1073741824"},
            {"100MB", "100000000"}, {"2KB", "2000"}, {"1.5KiB", "1536"}};
        for (String[] c : cases) {
            long bytes = Fixtures.load(Fixtures.MINIMAL, "servers.workers.memory=" + c[0])
                    .variants().getFirst().config().servers().workers().memoryBytesPerWorker();
            assertEquals(Long.parseLong(c[1]), bytes, c[0]);
        }
    }

    @Test
    void anAliasStandsForItsAnchorsValue() throws ScenarioException {
        String yaml = Fixtures.MINIMAL.replace("latency: {dist: lognormal", "latency: &lat {dist: lognormal")
                + "  search:\n    latency: *lat\n    timeout: 5s\n";
        ModelConfig c = Fixtures.load(yaml).variants().getFirst().config();
        assertEquals(c.services().get("social").latency().mean(), c.services().get("search").latency().mean());
    }
}
