package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The command line {@link Main} builds for a subcommand alone answers as the whole one does: the
 * same help, version, usage errors and exit codes, word for word.
 */
class CommandLineOfOneTest {

    /**
     * Argument lists that stop before running anything: help, version and a usage error for every
     * command but the completion script (which prints a script), and for a command with
     * subcommands, no more (its usage) or an unknown one.
     */
    static Stream<String> lines() {
        List<String> lines = new ArrayList<>();
        collect(Main.commandLine(), "", lines);
        return lines.stream();
    }

    private static void collect(CommandLine cl, String prefix, List<String> into) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            String words = (prefix + " " + sub.getCommandName()).strip();
            if (!words.equals("generate-completion")) {
                for (String tail : new String[] {"--help", "-V", "--no-such-option"}) {
                    into.add(words + " " + tail);
                }
                if (!sub.getSubcommands().isEmpty()) {
                    into.add(words);
                    into.add(words + " no-such-command");
                }
            }
            collect(sub, words, into);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void answersAsTheWholeCommandLine(String line) {
        String[] args = line.split(" ");
        Cli one = new Cli();
        Cli whole = new Cli();
        int code = one.run(Main.commandLine(args), args);
        assertEquals(whole.run(Main.commandLine(), args), code, line);
        assertEquals(whole.out(), one.out(), line);
        assertEquals(whole.err(), one.err(), line);
        assertEquals(1, Main.commandLine(args).getSubcommands().size(), line);
    }

    @Test
    void everySubcommandIsBuiltAloneFromItsName() {
        CommandLine whole = Main.commandLine();
        assertEquals(List.copyOf(AvalancheCommand.SUBCOMMANDS.keySet()), List.copyOf(whole.getSubcommands().keySet()));
        for (String name : AvalancheCommand.SUBCOMMANDS.keySet()) {
            if (!name.equals("generate-completion")) {
                assertEquals(List.of(name), List.copyOf(Main.commandLine(name, "--help").getSubcommands().keySet()), name);
            }
        }
    }

    @Test
    void theCompletionScriptAndUnknownCommandsGetTheWholeLine() {
        int all = AvalancheCommand.SUBCOMMANDS.size();
        assertEquals(all, Main.commandLine("generate-completion").getSubcommands().size());
        assertEquals(all, Main.commandLine("rnu").getSubcommands().size());
        assertEquals(all, Main.commandLine("--help").getSubcommands().size());
        assertEquals(all, Main.commandLine().getSubcommands().size());
        assertEquals(2, new Cli().run("rnu"));
    }
}
