package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --fail-on}: each threshold printed as passed or crossed, exit 3 when one is crossed, exit 2 when one is malformed. */
class ThresholdsTest {

    private static final String AB = Path.of("..", "scenarios", "ab-10-vs-10.yaml").toString();
    private static final String CAPACITY = Path.of("..", "scenarios", "story-capacity-limit.yaml").toString();

    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    @Test
    void aCrossedThresholdExitsThreeAfterWritingEverythingAndSaysWhichVariantCrossedIt() {
        // Ten 1 s requests at a time on 10 workers: every latency is about 1 s.
        int code = cli.run("run", AB, "--out", tmp.toString(), "--fail-on", "p99>500ms", "--fail-on", "verdict=collapsed");

        assertEquals(3, code, cli.err());
        assertTrue(Files.exists(tmp.resolve("summary.json")), "the results are written all the same");
        List<String> lines = cli.out().lines().filter(l -> l.startsWith("  p99>500ms") || l.startsWith("  verdict=")).toList();
        assertEquals(4, lines.size(), cli.out());
        assertTrue(lines.get(0).matches("  p99>500ms +threads-10 +CROSSED +p99 = 1(\\.\\d+)? s"), lines.get(0));
        assertTrue(lines.get(2).matches("  verdict=collapsed +threads-10 +passed +verdict = stable"), lines.get(2));
        assertTrue(cli.out().contains("2 of 4 threshold checks crossed: exit 3"), cli.out());
    }

    @Test
    void thresholdsThatHoldForNoVariantExitZero() {
        assertEquals(0, cli.run("run", AB, "--out", tmp.toString(), "--fail-on", "p99>2s", "--fail-on", "goodputRatio<99%"));
        assertTrue(cli.out().contains("0 of 4 threshold checks crossed"), cli.out());
    }

    @Test
    void aThresholdForOneVariantIsJudgedOnThatVariantOnly() {
        assertEquals(3, cli.run("run", AB, "--out", tmp.toString(), "--fail-on", "greenlets-10:elapsed>9s", "-q"));
        assertEquals("", cli.out(), "quiet prints nothing on stdout");
        assertTrue(cli.err().contains("greenlets-10:elapsed>9s  greenlets-10  CROSSED"), cli.err());
        assertFalse(cli.err().contains("threads-10"), cli.err());
    }

    @Test
    void aMalformedThresholdIsBadInputOnOneLineBeforeAnythingRuns() {
        Path dir = tmp.resolve("never");

        assertEquals(2, cli.run("run", AB, "--out", dir.toString(), "--fail-on", "p99 > two seconds"));

        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().startsWith("avalanche run: --fail-on: got \"p99 > two seconds\"; allowed [VARIANT:][KIND/]FIGURE OP VALUE"),
                cli.err());
        assertFalse(Files.exists(dir));
    }

    @Test
    void aThresholdOnAVariantTheScenarioLacksIsBadInput() {
        assertEquals(2, cli.run("run", AB, "--out", tmp.resolve("never").toString(), "--fail-on", "threads-640:p99>2s"));
        assertTrue(cli.err().contains("got variant threads-640; allowed one of the scenario's variants: threads-10, greenlets-10"),
                cli.err());
    }

    @Test
    void aSweepIsJudgedAtEveryValue() {
        int code = cli.run("sweep", CAPACITY, "--param", "users.arrivals.rate", "--values", "260,340", "--set", "variants=null",
                "--set", "duration=4m", "--out", tmp.toString(), "--fail-on", "verdict>=saturated");

        assertEquals(3, code, cli.err());
        assertTrue(cli.out().matches("(?s).*verdict>=saturated +base at users.arrivals.rate=260 +passed.*"), cli.out());
        assertTrue(cli.out().matches("(?s).*verdict>=saturated +base at users.arrivals.rate=340 +CROSSED.*"), cli.out());
    }

    @Test
    void aLiveRunIsJudgedLikeASimulatedOne() throws java.io.IOException {
        com.sun.net.httpserver.HttpServer target = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 64);
        target.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        target.createContext("/view", ex -> {
            try (ex) {
                Thread.sleep(20);
                ex.sendResponseHeaders(200, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        target.start();
        try {
            String url = "http://127.0.0.1:" + target.getAddress().getPort() + "/view";
            int code = cli.run("live", Path.of("..", "scenarios", "validation", "ab-10-vs-10.yaml").toString(), "--target", url,
                    "--set", "users.closed.requests=20", "--set", "variants=null", "--in-process", "--out", tmp.toString(),
                    "--fail-on", "p50>1ms", "--fail-on", "goodputRatio<1");
            assertEquals(3, code, cli.out() + cli.err());
            assertTrue(cli.out().matches("(?s).*p50>1ms +\\S+ +CROSSED.*"), cli.out());
            assertTrue(cli.out().matches("(?s).*goodputRatio<1 +\\S+ +passed +goodputRatio = 100%.*"), cli.out());
            Path hlog;
            try (var files = Files.list(tmp)) {
                hlog = files.filter(f -> f.toString().endsWith(".hlog")).findFirst().orElseThrow();
            }
            long logged = 0;
            try (org.HdrHistogram.HistogramLogReader reader = new org.HdrHistogram.HistogramLogReader(hlog.toFile())) {
                for (var h = reader.nextIntervalHistogram(); h != null; h = reader.nextIntervalHistogram()) {
                    logged += ((org.HdrHistogram.Histogram) h).getTotalCount();
                }
            }
            assertEquals(20, logged, "HdrHistogram's reader finds the live run's 20 responses in its interval log");
        } finally {
            target.stop(0);
        }
    }

    @Test
    void theHelpOfRunSweepAndLiveListsExitCodeThree() {
        for (String command : List.of("run", "sweep", "live")) {
            Cli c = new Cli();
            assertEquals(0, c.run(command, "--help"));
            assertTrue(c.out().matches("(?s).*Exit codes:.*3 +a --fail-on threshold was crossed.*"), command + ": " + c.out());
            assertTrue(c.out().contains("--fail-on=EXPR") && c.out().contains("--percentiles"), command);
        }
    }
}
