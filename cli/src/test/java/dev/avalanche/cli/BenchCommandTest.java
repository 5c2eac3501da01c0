package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void mmcPrintsOneRowPerImplementationAndConfirmsTheSameSamplePath() {
        int code = execute("bench", "mmc", "--customers", "20000", "--rounds", "2");
        String text = out.toString();
        assertEquals(0, code, err.toString());
        assertTrue(text.contains("M/M/640 at 300/s, mean service 2 s"), text);
        long rows = Arrays.stream(text.split("\n"))
                .filter(l -> l.startsWith("engine ") || l.startsWith("hand-written ") || l.startsWith("java.util.PriorityQueue ")
                        || l.startsWith("SSJ BinaryTree ") || l.startsWith("SSJ SplayTree "))
                .count();
        assertEquals(5, rows, text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("hand-written ") && l.endsWith(" 1.00  1.00- 1.00")), text);
        assertTrue(text.contains("same sample path in all: yes"), text);
    }

    @Test
    void mmcScaleRunsThreeStepsAndPrintsEachImplementationsCostAndGrowth() {
        int code = execute("bench", "mmc", "--scale", "--servers", "4", "--rate", "2", "--customers", "5000", "--rounds", "1");
        String text = out.toString();
        assertEquals(0, code, err.toString());
        assertTrue(text.contains("c = 4, 40, 400 at 2, 20, 200/s"), text);
        String hand = text.lines().filter(l -> l.startsWith("hand-written ")).findFirst().orElseThrow();
        String[] cells = hand.substring(30).trim().split(" +");
        assertEquals(4, cells.length, hand);
        double middle = Double.parseDouble(cells[1]);
        double top = Double.parseDouble(cells[2]);
        assertTrue(middle > 0 && top > 0, hand);
        assertTrue(cells[3].endsWith("x"), hand);
        // The cells are rounded to 0.1 ns, the growth to 0.01: compared within what that rounding allows.
        double growth = Double.parseDouble(cells[3].substring(0, cells[3].length() - 1));
        assertEquals(top / middle, growth, 0.005 + 0.05 * (top + middle) / (middle * middle) + 1e-9, "top over middle: " + hand);
        assertTrue(text.contains("same sample path in all, at every step: yes"), text);
    }

    @Test
    void mmcScaleRefusesServersWhoseTopStepWouldPassTheLimit() {
        int code = execute("bench", "mmc", "--scale", "--servers", "20000");
        assertEquals(2, code);
        assertTrue(err.toString().contains("--servers: got 20000; allowed an integer from 1 to 10000"), err.toString());
    }

    @Test
    void preflightPrintsEachVariantsLikelyAndFiredEventsAndTheirRatio() {
        String ab = java.nio.file.Path.of("..", "scenarios", "ab-1000-vs-1000.yaml").toString();
        int code = execute("bench", "preflight", ab, "--rounds", "2");
        assertEquals(0, code, err.toString());
        List<String> rows = out.toString().lines().filter(l -> l.startsWith("ab-1000-vs-1000.yaml ")).toList();
        assertEquals(List.of("threads-1000", "greenlets-1000", "greenlets-1000-backlog-1024"),
                rows.stream().map(l -> l.split(" +")[1]).toList(), out.toString());
        for (String row : rows) {
            String[] cells = row.split(" +");
            double likely = Double.parseDouble(cells[2]);
            long fired = Long.parseLong(cells[3]);
            // ab -c 1000 -n 2000: every request fires a few events; the likely count bounds them.
            assertTrue(fired >= 2000 && fired <= likely, row);
            assertEquals(likely / fired, Double.parseDouble(cells[4].replace("x", "")), 0.01 + likely * 0.001 / fired, row);
        }
    }

    @Test
    void preflightRefusesWhatThePreflightRefusesWithALocatedLine() {
        String mitigations = java.nio.file.Path.of("..", "scenarios", "story-mitigations.yaml").toString();
        int code = execute("bench", "preflight", mitigations, "--rounds", "100");
        assertEquals(2, code);
        assertTrue(err.toString().strip().matches("(?s).*story-mitigations\\.yaml:\\d+:\\d+: duration: got 30m .*or add --force"),
                err.toString());
        assertEquals("", out.toString(), "nothing ran, nothing printed");
    }

    @Test
    void preflightReadsEveryFileBeforeItRunsOrPrintsAnything() {
        String ab = java.nio.file.Path.of("..", "scenarios", "ab-10-vs-10.yaml").toString();
        int code = execute("bench", "preflight", ab, "no-such-scenario.yaml");
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("no-such-scenario.yaml:1:1: "), err.toString());
        assertEquals("", out.toString(), "the first file did not run either");
    }

    @Test
    void aNegativeCustomerCountExitsTwoWithOneLineNamingTheOption() {
        int code = execute("bench", "mmc", "--customers", "-5");
        assertEquals(2, code);
        assertEquals("", out.toString());
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("--customers") && message.contains("-5"), message);
    }

    @Test
    void theHelpShowsAnExample() {
        int code = execute("bench", "mmc", "--help");
        assertEquals(0, code);
        assertTrue(out.toString().contains("./avalanche bench mmc --customers 1000000"), out.toString());
    }

    @Test
    void benchWithoutASubcommandListsMmc() {
        assertEquals(0, execute("bench"));
        assertTrue(out.toString().contains("mmc"), out.toString());
    }

    @Test
    void modelScaleWithZeroMinutesExitsTwoWithOneLineNamingTheOption() {
        int code = execute("bench", "model", "--scale", "--minutes", "0");
        assertEquals(2, code);
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("--minutes") && message.contains("got 0"), message);
    }
}
