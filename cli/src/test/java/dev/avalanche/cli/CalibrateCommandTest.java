package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.bridge.internal.server.AppServer;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.bridge.internal.run.LockedStream;
import dev.avalanche.bridge.internal.server.ServerLog;
import dev.avalanche.bridge.internal.stub.ThirdPartyStub;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Servers;
import dev.avalanche.scenarios.Scenario;
import dev.avalanche.scenarios.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calibrate} against the project's own app server (2 processes x 2 threads, a 200 ms call):
 * the scenario it writes loads, holds the pool it counted, says how each number was measured, and
 * {@code validate --target} plays it against the same server. How close the prediction comes is
 * measured by running validate, not asserted here (tolerances wide open).
 */
class CalibrateCommandTest {

    private static final String SERVICE = """
            name: probed
            duration: 1m
            users:
              closed: {concurrency: 4, requests: 10}
            servers: {count: 1, cores: 2, processes: 2, workers: {model: threads, size: 2}, backlog: 100, overflow: reset}
            request:
              calls: [{service: api, count: 1}]
            services:
              api: {latency: 200ms, timeout: 10s}
            """;

    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    @Test
    void theWrittenScenarioHoldsTheCountedPoolSaysHowEachNumberWasMeasuredAndValidatesAgainstTheService() throws Exception {
        ModelConfig cfg = ScenarioLoader.loadString(SERVICE, "probed.yaml", List.of()).variants().getFirst().config();
        RandomStreams streams = new RandomStreams(5);
        LiveClock clock = new LiveClock(1);
        try (ThirdPartyStub stub = ThirdPartyStub.start(cfg.services(), streams, 1, clock::modelNanos);
                AppServer server = AppServer.start(cfg, stub, new LockedStream(streams.stream("cpu")), clock,
                        new ServerLog(100_000), 10, 0)) {
            String url = server.uri().toString();
            Path out = tmp.resolve("calibrated.yaml");
            int code = cli.run("calibrate", "--target", url, "--out", out.toString(), "--max-time", "2m", "--max-concurrency", "32",
                    "--max-connections", "20", "--processes", "2", "--pid", Long.toString(ProcessHandle.current().pid()));
            assertEquals(0, code, cli.out() + cli.err());
            String text = Files.readString(out);
            Scenario written = ScenarioLoader.load(out, List.of());
            Servers servers = written.variants().getFirst().config().servers();
            assertEquals(2, servers.processes(), text);
            assertEquals(2, servers.workers().size(), "4 requests at once, shared by 2 processes: " + text);
            assertTrue(text.contains("# Concurrency limit (processes x workers) = 4: the first wave of a burst"), text);
            assertTrue(text.contains("CPU per request: utime + stime from /proc"), text);
            assertTrue(text.contains("samples"), text);
            assertTrue(cli.err().contains("calibrate: concurrency 1:"), "progress on stderr: " + cli.err());

            Cli validate = new Cli();
            int v = validate.run("validate", out.toString(), "--target", url, "--in-process", "--out", tmp.resolve("v").toString(),
                    "-q", "--ignore-host", "--tol-throughput", "1000", "--tol-p50", "1000", "--tol-p90", "1000", "--tol-p99", "1000",
                    "--tol-elapsed", "1000", "--tol-counts", "1000", "--tol-count-abs", "1000000");
            assertEquals(0, v, validate.out() + validate.err());
            assertTrue(validate.out().contains("validation passed"), validate.out());
        }
    }

    @Test
    void aTargetThatIsNotLoopbackIsRefusedAsLiveRefusesItBeforeAnythingIsSent() {
        int code = cli.run("calibrate", "--target", "http://192.0.2.1:8000/", "--out", tmp.resolve("x.yaml").toString());
        assertEquals(2, code, cli.err());
        assertTrue(cli.err().contains("--target: got http://192.0.2.1:8000/ (192.0.2.1), not a loopback address"), cli.err());
        assertTrue(Files.notExists(tmp.resolve("x.yaml")));
    }
}
