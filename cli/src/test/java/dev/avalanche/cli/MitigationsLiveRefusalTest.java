package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What live mode cannot play yet — users' retries, a client policy or a limit over several
 * processes — {@code live} and {@code validate} refuse in one located line per variant, before
 * anything runs.
 */
class MitigationsLiveRefusalTest {

    private static final String AB = Path.of("..", "scenarios", "validation", "ab-10-vs-10.yaml").toString();

    @TempDir
    Path tmp;

    @Test
    void liveRefusesUsersRetriesInOneLocatedLine() {
        Cli cli = new Cli();
        int code = cli.run("live", AB, "--set", "variants=null", "--set", "users.retry={maxAttempts: 2}",
                "--out", tmp.toString(), "-q");
        assertEquals(2, code, cli.out() + cli.err());
        List<String> lines = cli.err().lines().toList();
        assertEquals(1, lines.size(), cli.err());
        assertTrue(lines.getFirst().matches("--set:2:\\d+: users\\.retry: got .*; allowed no users' retries in live mode.*"),
                lines.getFirst());
        assertFalse(Files.exists(tmp.resolve("summary.json")));
    }

    @Test
    void validateRefusesAConcurrencyLimitOverSeveralProcessesBeforeSimulating() {
        Cli cli = new Cli();
        int code = cli.run("validate", AB, "--set", "variants=null", "--set",
                "servers.processes=2", "--set",
                "servers.limit={algorithm: gradient2, initialLimit: 4, minLimit: 2, maxLimit: 8}", "--out", tmp.toString(), "-q");
        assertEquals(2, code, cli.out() + cli.err());
        assertTrue(cli.err().strip().matches("--set:2:\\d+: servers\\.processes: got 2; allowed 1 with a client policy or a concurrency limit.*"),
                cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
    }
}
