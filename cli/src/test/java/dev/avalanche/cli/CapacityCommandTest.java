package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CapacityCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void theStorysPoolKeepsSixHundredBusyAndWaitsWithErlangCProbability() {
        assertEquals(0, run("capacity", "--rate", "300", "--latency", "2s", "--workers", "640"));
        assertTrue(out.toString().contains("= 600.0 workers busy"), out.toString());
        assertTrue(out.toString().contains("P(wait) 0.06750"), out.toString());
        assertTrue(out.toString().contains("mean wait 0.003375 s"), out.toString());
    }

    @Test
    void aPoolSmallerThanTheOfferedLoadIsReportedAsUnstable() {
        assertEquals(0, run("capacity", "--rate", "300", "--latency", "2200ms", "--workers", "640"));
        assertTrue(out.toString().contains("640 workers cannot hold 660.0 busy"), out.toString());
    }

    @Test
    void aBadDurationExitsTwoWithOneLineNamingTheOption() {
        assertEquals(2, run("capacity", "--rate", "300", "--latency", "2x"));
        String first = err.toString().lines().findFirst().orElseThrow();
        assertTrue(first.contains("--latency") && first.contains("allowed"), first);
    }
}
