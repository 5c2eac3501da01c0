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

class SweepCommandTest {

    private static final String SCENARIO = Path.of("..", "scenarios", "story-capacity-limit.yaml").toString();

    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    @Test
    void aRateSweepFindsTheKneeBetweenStableAndSaturated() throws IOException {
        assertEquals(0, cli.run("sweep", SCENARIO, "--param", "users.arrivals.rate", "--from", "260", "--to", "340", "--step", "80",
                "--set", "variants=null", "--set", "duration=4m", "--out", tmp.toString(), "-q"));
        List<String> rows = Files.readAllLines(tmp.resolve("sweep.csv"));
        assertEquals(3, rows.size(), "a header and one row per value: " + rows);
        assertTrue(rows.get(1).startsWith("users.arrivals.rate,260,base,stable,"), rows.get(1));
        assertTrue(rows.get(2).startsWith("users.arrivals.rate,340,base,saturated,"), rows.get(2));
    }

    @Test
    void aBadValueIsReportedWithItsPathAndNothingIsWritten() {
        Path dir = tmp.resolve("never");
        assertEquals(2, cli.run("sweep", SCENARIO, "--param", "users.arrivals.rate", "--values", "300,-5", "--out", dir.toString()));
        assertTrue(cli.err().contains("users.arrivals.rate"), cli.err());
        assertTrue(!Files.exists(dir));
    }

    private static final String AB = Path.of("..", "scenarios", "ab-10-vs-10.yaml").toString();

    @Test
    void twoParametersGiveAColumnEachAKneeChartEachAndAHeatMapOfThePair() throws IOException {
        assertEquals(0, cli.run("sweep", AB, "--param", "users.closed.concurrency", "--values", "5,20",
                "--param", "users.closed.requests", "--from", "50", "--to", "100", "--step", "50", "--out", tmp.toString(), "-q"),
                cli.err());

        List<String> rows = Files.readAllLines(tmp.resolve("sweep.csv"));
        assertTrue(rows.getFirst().startsWith("users.closed.concurrency,users.closed.requests,variant,"), rows.getFirst());
        assertEquals(1 + 2 * 2 * 2, rows.size(), "a row per point and variant");
        for (String chart : List.of("sweep-users.closed.concurrency.png", "sweep-users.closed.requests.png",
                "heatmap-users.closed.concurrency-users.closed.requests.png")) {
            assertTrue(Files.size(tmp.resolve(chart)) > 10_000, chart);
        }
        assertFalse(Files.exists(tmp.resolve("sweep.png")));
    }

    @Test
    void aLatinHypercubeIsTheSameForTheSameSeedAndAnotherForAnother() throws IOException {
        String[] lhs = {"sweep", AB, "--design", "lhs", "--points", "4", "--param", "users.closed.concurrency", "--from", "2",
            "--to", "30", "--step", "1", "--param", "users.closed.requests", "--from", "20", "--to", "60", "--step", "1", "-q"};
        for (String[] run : List.of(new String[] {"--out", tmp.resolve("a").toString()}, new String[] {"--out",
            tmp.resolve("b").toString()}, new String[] {"--out", tmp.resolve("c").toString(), "--seed", "7"})) {
            List<String> args = new java.util.ArrayList<>(List.of(lhs));
            args.addAll(List.of(run));
            assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err());
        }

        String a = Files.readString(tmp.resolve("a/sweep.csv"));
        assertEquals(a, Files.readString(tmp.resolve("b/sweep.csv")));
        assertFalse(a.equals(Files.readString(tmp.resolve("c/sweep.csv"))));
        assertEquals(1 + 4 * 2, a.lines().count());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "--param a --from 1 --to 200 --step 1 --param b --from 1 --to 100 --step 1|--param: got a grid of more than 10000 points",
        "--param users.closed.concurrency|--param users.closed.concurrency: got nothing; allowed --values",
        "--param users.closed.concurrency --values 5 --from 1|got --values and --from/--to/--step; allowed one of them",
        "--param users.closed.concurrency --from 1 --to 5|--param users.closed.concurrency --step: got nothing",
        "--param users.closed.concurrency --values 5 --points 3|--points: got 3; allowed only with --design lhs",
        "--param users.closed.concurrency --from 1 --to 5 --design lhs|--points: got nothing; allowed --points N",
        "--param users.closed.concurrency --values 5 --param users.closed.concurrency --values 6|got it twice",
        "--param users.closed.concurrency --from 5 --to 1 --step 1|--to: got 1.0; allowed a number >= --from 5.0"})
    void aWrongSweepIsAUsageErrorWhoseFirstLineNamesTheOptionAndRunsNothing(String options, String expected) {
        List<String> args = new java.util.ArrayList<>(List.of("sweep", AB, "--out", tmp.resolve("never").toString()));
        args.addAll(List.of(options.split(" ")));

        assertEquals(2, cli.run(args.toArray(String[]::new)));
        List<String> lines = cli.err().lines().toList();
        assertTrue(lines.size() <= 3, "a usage error: the line, a hint, where the help is: " + cli.err());
        assertTrue(lines.getFirst().contains(expected), cli.err());
        assertFalse(Files.exists(tmp.resolve("never")));
    }
}
