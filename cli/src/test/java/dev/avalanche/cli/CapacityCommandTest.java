package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CapacityCommandTest {

    private final Cli cli = new Cli();
    private final java.io.StringWriter out = cli.out;
    private final java.io.StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
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
