package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    private static final Path AB_DEMO = Path.of("..", "scenarios", "ab-10-vs-10.yaml");

    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    @Test
    void runningABundledScenarioWritesTheSummaryWithTheBindingFieldNames() throws IOException {
        Path dir = tmp.resolve("ab");
        assertEquals(0, cli.run("run", AB_DEMO.toString(), "--out", dir.toString()));
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals("ab-10-vs-10", summary.get("scenario").asText());
        assertEquals("simulation", summary.get("mode").asText());
        assertEquals(42, summary.get("seed").asLong());
        JsonNode threads = summary.get("variants").get(0);
        assertEquals("threads-10", threads.get("name").asText());
        for (String field : List.of("intents", "sent", "completed", "goodput", "abandoned", "rejected", "timedOut", "failed", "inFlight")) {
            assertTrue(threads.get("requests").has(field), field);
        }
        assertEquals(100, threads.get("requests").get("goodput").asLong());
        assertEquals(10.0, threads.get("elapsed").asDouble(), 0.05);
        assertEquals("stable", threads.get("verdict").asText());
        List<String> csv = Files.readAllLines(dir.resolve("timeseries.csv"));
        assertTrue(csv.getFirst().startsWith("variant,time,intents,sent,completed,goodput,abandoned,rejected"), csv.getFirst());
        assertTrue(cli.out().contains("threads-10"), cli.out());
        String report = Files.readString(dir.resolve("report.html"));
        for (String chart : List.of("variants.png", "avalanche-threads-10.png", "latency-greenlets-10.png", "capacity-threads-10.png")) {
            assertTrue(Files.size(dir.resolve(chart)) > 10_000, chart);
            assertTrue(report.contains(chart), chart + " in report.html");
        }
        assertTrue(Files.readString(dir.resolve("variants.svg")).contains("<svg"));
    }

    @Test
    void theSameSeedWritesAnIdenticalSummaryAndAnotherSeedAnotherOne() throws IOException {
        Path scenario = Path.of("..", "scenarios", "story-normal-times.yaml");
        assertEquals(0, cli.run("run", scenario.toString(), "--out", tmp.resolve("a").toString(), "--set", "duration=3m", "-q"));
        assertEquals(0, cli.run("run", scenario.toString(), "--out", tmp.resolve("b").toString(), "--set", "duration=3m", "-q"));
        assertEquals(0, cli.run("run", scenario.toString(), "--out", tmp.resolve("c").toString(), "--set", "duration=3m", "-q",
                "--seed", "43"));
        String a = Files.readString(tmp.resolve("a/summary.json"));
        assertEquals(a, Files.readString(tmp.resolve("b/summary.json")));
        assertFalse(a.equals(Files.readString(tmp.resolve("c/summary.json"))));
    }

    @Test
    void badInputExitsTwoWithOneLocatedLinePerProblemAndWritesNothing() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(AB_DEMO).replace("backlog: 100", "backlgo: 100"));
        Path dir = tmp.resolve("never");
        assertEquals(2, cli.run("run", bad.toString(), "--out", dir.toString()));
        String first = cli.err().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith(bad + ":"), first);
        assertTrue(first.contains("backlgo") && first.contains("did you mean"), first);
        assertFalse(cli.err().contains("Exception"), cli.err());
        assertFalse(Files.exists(dir), "nothing is written on bad input");
    }

    @Test
    void chosenPercentilesReachTheSummaryAndEveryVariantsLatencyIsWrittenInHdrHistogramsFormats() throws IOException {
        Path dir = tmp.resolve("pct");
        assertEquals(0, cli.run("run", AB_DEMO.toString(), "--out", dir.toString(), "--percentiles", "50,99.9", "-q"));
        JsonNode latency = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("variants").get(0).get("latency");
        for (String key : List.of("min", "p50", "p90", "p99", "p99.9", "max")) {
            assertTrue(latency.has(key), key + " in " + latency);
        }
        for (String file : List.of("latency-threads-10.hgrm", "latency-threads-10.hlog", "latency-greenlets-10.hgrm",
                "latency-greenlets-10.hlog")) {
            assertTrue(Files.size(dir.resolve(file)) > 100, file);
        }
    }

    @Test
    void malformedPercentilesAreBadInputOnOneLine() {
        assertEquals(2, cli.run("run", AB_DEMO.toString(), "--out", tmp.resolve("never").toString(), "--percentiles", "50,abc"));
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().startsWith("avalanche run: --percentiles: got \"50,abc\"; allowed"), cli.err());
        assertFalse(Files.exists(tmp.resolve("never")));
    }

    @Test
    void replicationsReportConfidenceHalfWidths() throws IOException {
        Path dir = tmp.resolve("rep");
        assertEquals(0, cli.run("run", AB_DEMO.toString(), "--out", dir.toString(), "--replications", "3", "-q",
                "--set", "request.cpu={dist: exponential, mean: 50ms}"));
        JsonNode v = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("variants").get(0);
        assertEquals(3, v.get("replications").asInt());
        assertEquals(300, v.get("requests").get("sent").asLong(), "counts are totals over the replications");
        assertTrue(v.get("ci95").get("latency.mean").asDouble() > 0, v.toString());
    }
}
