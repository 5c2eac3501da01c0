package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real SIGINT to a real {@code avalanche live}: partial results, exit code 1, and no users' JVM left behind. */
class InterruptTest {

    private static final String AB = Path.of("..", "scenarios", "validation", "ab-10-vs-10.yaml").toString();

    @TempDir
    Path tmp;

    /** Whether this process ignores SIGINT (bit 1 of SigIgn in /proc/self/status); false where that is unknown. */
    private static boolean sigintIgnored() throws java.io.IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).strip(), 16) & 2) != 0;
            }
        }
        return false;
    }

    @Test
    void ctrlCDuringALiveRunWritesIncompleteResultsExitsOneAndLeavesNoUsersJvm() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/kill")), "needs /bin/kill to send SIGINT");
        assumeTrue(!sigintIgnored(), "SIGINT is ignored in this process (started in the background without job control),"
                + " and a child would inherit that");
        String java = ProcessHandle.current().info().command().orElseThrow();
        // A target answering after a second, like the scenario's view: unstopped, two variants of 10 rounds.
        try (CountingTarget target = new CountingTarget(1000)) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "live", AB,
                    "--target", target.url(), "--out", tmp.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(tmp.resolve("live.err").toFile()).start();
            try {
                // Once the users' JVM has sent its first round, however long it took to start.
                assertTrue(CountingTarget.eventually(() -> target.received() >= 10 || !p.isAlive()), "the users never sent 10");
                List<ProcessHandle> users = p.descendants().toList();
                assertFalse(users.isEmpty(), "the users run in a JVM of their own");
                new ProcessBuilder("/bin/kill", "-INT", Long.toString(p.pid())).start().waitFor();
                assertTrue(p.waitFor(2, TimeUnit.MINUTES), "ended by itself after Ctrl-C");
                assertEquals(1, p.exitValue(), Files.readString(tmp.resolve("live.err")));
                JsonNode summary = new ObjectMapper().readTree(tmp.resolve("summary.json").toFile());
                assertFalse(summary.get("complete").asBoolean(), summary.toString());
                assertEquals(1, summary.get("variants").size(), "the second variant was not started: " + summary);
                assertTrue(summary.get("variants").get(0).get("requests").get("sent").asLong() >= 10, summary.toString());
                for (ProcessHandle u : users) {
                    assertTrue(u.onExit().get(1, TimeUnit.MINUTES) != null && !u.isAlive(), "users' JVM " + u.pid() + " still running");
                }
            } finally {
                p.destroyForcibly();
                p.waitFor(1, TimeUnit.MINUTES);
            }
        }
    }
}
