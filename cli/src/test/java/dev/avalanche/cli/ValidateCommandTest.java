package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A live run on loopback against the simulation: seconds long, so it runs in the normal suite. */
class ValidateCommandTest {

    private static final String AB = Path.of("..", "scenarios", "validation", "ab-10-vs-10.yaml").toString();

    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    @Test
    void theFirstAbDemoPlayedLiveIsComparedWithTheSimulationFigureByFigureWithItsCharts() throws IOException {
        // How close live comes to the model is measured by validate runs, not asserted here: the
        // tolerances are wide open, so this checks what validate does with any two runs of the demo.
        // --ignore-host: on a busy machine validate would rightly call the run inconclusive (exit 4).
        int code = cli.run("validate", AB, "--time-scale", "2", "--out", tmp.toString(), "-q", "--ignore-host",
                "--tol-throughput", "1000", "--tol-p50", "1000", "--tol-p90", "1000", "--tol-p99", "1000",
                "--tol-elapsed", "1000", "--tol-counts", "1000", "--tol-count-abs", "1000000");
        assertEquals(0, code, cli.out() + cli.err());
        assertTrue(cli.out().contains("validation passed"), cli.out());
        for (String figure : new String[] {"throughput /s", "goodput /s", "latency p50 s", "latency p99 s", "elapsed s"}) {
            assertEquals(2, cli.out().lines().filter(l -> l.contains(figure)).count(), figure + " compared for both variants: "
                    + cli.out());
        }
        var summary = new ObjectMapper().readTree(tmp.resolve("summary.json").toFile());
        assertEquals("live", summary.get("mode").asText());
        assertEquals(100, summary.get("variants").get(0).get("requests").get("goodput").asLong());
        String report = java.nio.file.Files.readString(tmp.resolve("report.html"));
        for (String chart : new String[] {"overlay-threads-10.png", "overlay-greenlets-10.png", "validation.png"}) {
            assertTrue(java.nio.file.Files.exists(tmp.resolve(chart)), chart);
            assertTrue(report.contains(chart), chart + " in report.html");
        }
    }

    @Test
    void aToleranceOfZeroOnLatencyCannotBeMetByARealRun() {
        // A p99 may land in the predicted value's own histogram bucket; elapsed, measured on a wall clock, never does.
        int code = cli.run("validate", AB, "--time-scale", "4", "--out", tmp.toString(), "-q", "--tol-p99", "0",
                "--tol-elapsed", "0", "--ignore-host", "--set", "users.closed.requests=20");
        assertEquals(1, code, cli.out());
        assertTrue(cli.out().contains("FAIL"), cli.out());
    }

    @Test
    void liveModeRejectsAnImpossibleTimeScaleWithExitCodeTwo() {
        assertEquals(2, cli.run("live", AB, "--time-scale", "0"));
        assertTrue(cli.err().contains("--time-scale"), cli.err());
    }

    @Test
    void countsPrintWholeAndOtherFiguresToFourSignificantDigits() {
        assertEquals("12470", ValidateCommand.number(12470));
        assertEquals("0", ValidateCommand.number(0));
        assertEquals("0.6963", ValidateCommand.number(0.69634));
        assertEquals("120.8", ValidateCommand.number(120.8123));
    }
}
