package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTableTest {

    private static final String AB = Path.of("..", "scenarios", "ab-10-vs-10.yaml").toString();

    @TempDir
    Path tmp;

    /** The table's lines: from the first header to the "Wrote" line. */
    private static List<String> table(String out) {
        List<String> lines = out.lines().toList();
        int from = 0;
        while (!lines.get(from).startsWith("variant")) {
            from++;
        }
        int to = from;
        while (!lines.get(to).startsWith("Wrote")) {
            to++;
        }
        return lines.subList(from, to);
    }

    @Test
    void theTableShowsElapsedThroughputGoodputTheChosenPercentilesAndTheVerdictWithin100Columns() {
        Cli cli = new Cli();
        assertEquals(0, cli.run("run", AB, "--out", tmp.toString(), "--percentiles", "50,90,99,99.9,99.99"));

        List<String> table = table(cli.out());

        for (String header : List.of("verdict", "elapsed s", "throughput/s", "goodput/s", "p50 s", "p90 s", "p99 s", "p99.9 s",
                "p99.99 s", "recovery", "abandoned")) {
            assertTrue(table.stream().anyMatch(l -> l.startsWith("variant") && l.contains(header)), header + " in " + table);
        }
        assertTrue(table.stream().allMatch(l -> l.length() <= SummaryTable.WIDTH), String.join("\n", table));
        assertTrue(table.stream().anyMatch(l -> l.matches("threads-10 +stable +10\\.0 +.*")), "elapsed ~10 s: " + table);
    }

    @Test
    void wideTablesKeepOneLinePerVariant() {
        Cli cli = new Cli();
        assertEquals(0, cli.run("run", AB, "--out", tmp.toString(), "--wide"));

        List<String> table = table(cli.out());

        assertEquals(3, table.size(), "a header and two variants: " + table);
        assertTrue(table.getFirst().length() > SummaryTable.WIDTH, table.getFirst());
    }

    @Test
    void replicatedFiguresCarryTheirHalfWidthsAndSaySo() {
        Cli cli = new Cli();
        assertEquals(0, cli.run("run", AB, "--out", tmp.toString(), "--replications", "3",
                "--set", "request.cpu={dist: exponential, mean: 50ms}"));

        assertTrue(cli.out().contains("Replicated: means of 3 replications, ± the 95% confidence half-width."), cli.out());
        assertTrue(table(cli.out()).stream().anyMatch(l -> l.startsWith("threads-10") && l.matches(".* \\d+(\\.\\d+)? ± \\d.*")),
                cli.out());
        assertTrue(table(cli.out()).stream().allMatch(l -> l.length() <= SummaryTable.WIDTH), cli.out());
    }

    @Test
    void halfWidthsAreGivenToTwoSignificantDigits() {
        assertEquals("1.05 ± 0.0079", SummaryTable.withHalfWidth(1.0512, 0.00790123));
        assertEquals("17.7", SummaryTable.withHalfWidth(17.71, Double.NaN));
        assertEquals("304 ± 12", SummaryTable.withHalfWidth(304.2, 12.34));
    }

    @Test
    void memoryIsShownInBinaryUnits() {
        assertEquals("16 GiB", SummaryTable.bytes(2000 * 8.0 * (1 << 20)));
        assertEquals("5.0 GiB", SummaryTable.bytes(640 * 8.0 * (1 << 20)));
        assertEquals("512 B", SummaryTable.bytes(512));
        assertEquals("-", SummaryTable.bytes(0), "no memory per worker given");
    }
}
