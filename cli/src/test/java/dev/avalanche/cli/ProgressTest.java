package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    /** A progress that started long enough ago to be shown. */
    private static Progress progress(StringWriter out, Progress.Mode mode, int total) {
        return new Progress(new PrintWriter(out), mode, total, System.nanoTime() - 5_000_000_000L);
    }

    /** Two replications reporting a thousand steps each, interleaved. */
    private static void drive(Progress p) {
        for (int i = 1; i <= 1000; i++) {
            p.advanced("a", 0, i / 1000.0);
            p.advanced("b", 0, i / 1000.0);
        }
        p.replicationDone("a", 0);
        p.replicationDone("b", 0);
        p.done();
    }

    @Test
    void withoutATerminalProgressIsOneLinePerTenthAndNoCarriageReturn() {
        StringWriter out = new StringWriter();

        drive(progress(out, Progress.Mode.LINES, 2));

        List<String> lines = out.toString().lines().toList();
        assertEquals(10, lines.size(), out.toString());
        assertTrue(lines.getFirst().startsWith("progress: 10% of simulated time"), lines.getFirst());
        assertTrue(lines.getLast().startsWith("progress: 100% of simulated time"), lines.getLast());
        assertFalse(out.toString().contains("\r"));
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndEndsWithANewLine() {
        StringWriter out = new StringWriter();

        drive(progress(out, Progress.Mode.REDRAW, 2));

        assertTrue(out.toString().startsWith("\r["), out.toString().substring(0, 40));
        assertEquals(1, out.toString().chars().filter(c -> c == '\n').count(), "one line, rewritten");
        assertTrue(out.toString().chars().filter(c -> c == '\r').count() > 1, "redrawn");
        assertTrue(out.toString().endsWith("\n"));
    }

    @Test
    void quietShowsNothing() {
        StringWriter out = new StringWriter();

        drive(progress(out, Progress.Mode.QUIET, 2));

        assertEquals("", out.toString());
    }

    @Test
    void aQuickRunShowsNothing() {
        StringWriter out = new StringWriter();
        // Started in the future: never a second old while it runs, however slow the machine.
        Progress p = new Progress(new PrintWriter(out), Progress.Mode.LINES, 2, System.nanoTime() + 3_600_000_000_000L);

        drive(p);

        assertEquals("", out.toString());
    }
}
