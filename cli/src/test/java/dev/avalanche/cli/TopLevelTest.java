package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TopLevelTest {

    private final Cli cli = new Cli();

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, cli.run("--help"));
        for (String command : new String[] {"run", "sweep", "live", "validate", "capacity", "bench", "generate-completion"}) {
            assertTrue(cli.out().contains("  " + command), command + " in " + cli.out());
        }
    }

    @Test
    void everyCommandsHelpEndsWithAnExample() {
        for (String command : new String[] {"run", "sweep", "live", "validate", "capacity", "bench mmc", "bench model"}) {
            cli.out.getBuffer().setLength(0);
            assertEquals(0, cli.run((command + " --help").split(" ")));
            assertTrue(cli.out().contains("Example") && cli.out().contains("./avalanche " + command), cli.out());
        }
    }

    @Test
    void versionNamesTheProjectVersion() {
        assertEquals(0, cli.run("--version"));
        assertTrue(cli.out().startsWith("avalanche 0.1.0"), cli.out());
    }

    @Test
    void theCompletionScriptCompletesTheCommands() {
        assertEquals(0, cli.run("generate-completion"));
        assertTrue(cli.out().contains("complete -F") && cli.out().contains("sweep"), cli.out());
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithExitCodeTwo() {
        assertEquals(2, cli.run("rnu"));
        assertTrue(cli.err().contains("rnu"), cli.err());
    }
}
