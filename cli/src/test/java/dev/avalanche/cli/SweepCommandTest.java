package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
