package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TopLevelTest {

    private final Cli cli = new Cli();
    private final java.io.StringWriter out = cli.out;
    private final java.io.StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help"));
        for (String command : new String[] {"run", "sweep", "capacity", "bench", "generate-completion"}) {
            assertTrue(out.toString().contains("  " + command), command + " in " + out);
        }
    }

    @Test
    void everyCommandsHelpEndsWithAnExample() {
        for (String command : new String[] {"run", "sweep", "capacity", "bench mmc", "bench model"}) {
            out.getBuffer().setLength(0);
            assertEquals(0, run((command + " --help").split(" ")));
            assertTrue(out.toString().contains("Example") && out.toString().contains("./avalanche " + command), out.toString());
        }
    }

    @Test
    void versionNamesTheProjectVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("avalanche 0.1.0"), out.toString());
    }

    @Test
    void theCompletionScriptCompletesTheCommands() {
        assertEquals(0, run("generate-completion"));
        assertTrue(out.toString().contains("complete -F") && out.toString().contains("sweep"), out.toString());
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithExitCodeTwo() {
        assertEquals(2, run("rnu"));
        assertTrue(err.toString().contains("rnu"), err.toString());
    }
}
