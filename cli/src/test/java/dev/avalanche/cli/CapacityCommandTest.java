package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CapacityCommandTest {

    private final Cli cli = new Cli();

    @Test
    void theStorysPoolKeepsSixHundredBusyAndWaitsWithErlangCProbability() {
        assertEquals(0, cli.run("capacity", "--rate", "300", "--latency", "2s", "--workers", "640"));
        assertTrue(cli.out().contains("= 600.0 workers busy"), cli.out());
        assertTrue(cli.out().contains("P(wait) 0.06750"), cli.out());
        assertTrue(cli.out().contains("mean wait 0.003375 s"), cli.out());
    }

    @Test
    void aPoolSmallerThanTheOfferedLoadIsReportedAsUnstable() {
        assertEquals(0, cli.run("capacity", "--rate", "300", "--latency", "2200ms", "--workers", "640"));
        assertTrue(cli.out().contains("640 workers cannot hold 660.0 busy"), cli.out());
    }

    @Test
    void aBadDurationExitsTwoWithOneLineNamingTheOption() {
        assertEquals(2, cli.run("capacity", "--rate", "300", "--latency", "2x"));
        String first = cli.err().lines().findFirst().orElseThrow();
        assertTrue(first.contains("--latency") && first.contains("allowed"), first);
    }
}
