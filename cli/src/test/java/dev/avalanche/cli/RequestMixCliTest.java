package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A request mix on the command line: its per-kind rows, its per-kind thresholds, and live mode's refusal. */
class RequestMixCliTest {

    private static final String MIX = Path.of("..", "scenarios", "ecommerce-mix.yaml").toString();
    private static final String AB = Path.of("..", "scenarios", "ab-10-vs-10.yaml").toString();
    /** Four minutes before the slowdown: fast to simulate, every kind served. */
    private static final String[] SHORT = {"--set", "duration=4m", "--set", "warmup=30s"};

    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    private int run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("run", MIX, "--out", tmp.toString()));
        all.addAll(List.of(SHORT));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    @Test
    void aMixPrintsARowPerVariantAndKindAndWritesTheKindsInTheSummary() throws IOException {
        assertEquals(0, run(), cli.err());
        String out = cli.out();
        assertTrue(out.contains("Per kind of request:"), out);
        List<String> rows = out.lines().filter(l -> l.matches("(threads-4x16|gevent-4x1000):(cart|checkout) +\\d+% .*")).toList();
        assertEquals(4, rows.size(), out);
        assertTrue(rows.stream().anyMatch(l -> l.matches("threads-4x16:cart +70% .*")), out);
        String summary = Files.readString(tmp.resolve("summary.json"));
        assertTrue(summary.contains("\"kinds\""), "summary.json has no kinds");
    }

    @Test
    void aSingleRequestPrintsNoPerKindRows() {
        assertEquals(0, cli.run("run", AB, "--out", tmp.toString()), cli.err());
        assertFalse(cli.out().contains("Per kind of request"), cli.out());
    }

    @Test
    void aKindThresholdIsJudgedOnThatKindAlone() {
        // A cart read is about 11 ms; a checkout calls the payment provider (median 400 ms).
        assertEquals(0, run("--fail-on", "cart/p50>100ms"), cli.out());
        assertEquals(3, run("--fail-on", "checkout/p50>100ms"), cli.out());
        assertTrue(cli.out().lines().anyMatch(l -> l.matches(" +checkout/p50>100ms +threads-4x16 +CROSSED +p50 = .*")), cli.out());
    }

    @Test
    void aThresholdOnAKindTheScenarioLacksIsBadInputBeforeAnythingRuns() {
        Path dir = tmp.resolve("never");
        assertEquals(2, cli.run("run", MIX, "--out", dir.toString(), "--fail-on", "search/p99>2s"));
        assertTrue(cli.err().contains("got kind search; allowed one of the scenario's kinds of request: cart, checkout"), cli.err());
        assertFalse(Files.exists(dir));
    }

    @Test
    void aSweepOfAMixWritesEachKindsColumnsWhoseGoodputAddsUpToTheVariants() throws IOException {
        assertEquals(0, cli.run("sweep", MIX, "--param", "users.arrivals.rate", "--from", "100", "--to", "140", "--step", "40",
                "--set", "duration=2m", "--set", "warmup=20s", "--out", tmp.toString(), "-q"), cli.err());
        List<String> rows = Files.readAllLines(tmp.resolve("sweep.csv"));
        List<String> header = List.of(rows.getFirst().split(","));
        assertTrue(header.containsAll(List.of("cart.goodput", "checkout.goodput", "cart.latencyP99")), rows.getFirst());
        assertEquals(5, rows.size(), "2 values x 2 variants");
        for (String row : rows.subList(1, rows.size())) {
            List<String> cells = List.of(row.split(",", -1));
            long all = Long.parseLong(cells.get(header.indexOf("goodput")));
            long cart = Long.parseLong(cells.get(header.indexOf("cart.goodput")));
            long checkout = Long.parseLong(cells.get(header.indexOf("checkout.goodput")));
            assertEquals(all, cart + checkout, row);
        }
    }

    @Test
    void theMergedShardsOfAReplicatedMixWriteTheUnshardedSummaryByteForByte() throws IOException {
        List<String> run = List.of("run", MIX, "--set", "duration=2m", "--set", "warmup=20s", "--replications", "2", "-q");
        Path parts = tmp.resolve("parts");
        assertEquals(0, cli.run(with(run, "--out", tmp.resolve("whole").toString())), cli.err());
        for (String shard : List.of("1/2", "2/2")) {
            assertEquals(0, cli.run(with(run, "--shard", shard, "--out", parts.toString())), cli.err());
        }
        assertEquals(0, cli.run("merge", parts.toString(), "--out", tmp.resolve("merged").toString(), "-q"), cli.err());
        String whole = Files.readString(tmp.resolve("whole/summary.json"));
        assertTrue(whole.contains("\"kinds\""), "no kinds in the summary");
        assertEquals(whole, Files.readString(tmp.resolve("merged/summary.json")));
        assertEquals(Files.readString(tmp.resolve("whole/timeseries.csv")), Files.readString(tmp.resolve("merged/timeseries.csv")));
    }

    private static String[] with(List<String> args, String... more) {
        List<String> all = new java.util.ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void liveModeRefusesAMixOnOneLine() {
        for (String command : List.of("live", "validate")) {
            Cli c = new Cli();
            assertEquals(2, c.run(command, MIX, "--out", tmp.resolve(command).toString()), c.err());
            assertEquals(1, c.err().lines().count(), c.err());
            assertTrue(c.err().matches("(?s).*ecommerce-mix.yaml:\\d+:\\d+: requests: got a mix of 2 kinds; allowed a single"
                    + " request: live mode plays one kind of request for now.*"), c.err());
        }
    }

    @Test
    void sharesThatDoNotSumToOneAreBadInputOnOneLine() {
        assertEquals(2, cli.run("run", MIX, "--out", tmp.resolve("never").toString(), "--set", "requests[1].share=0.2"));
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().contains("requests: got shares summing to 0.9; allowed shares summing to 1"), cli.err());
    }
}
