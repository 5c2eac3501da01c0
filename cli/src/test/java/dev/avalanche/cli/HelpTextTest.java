package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Every command's help: a version, every option described, examples that can be pasted, an example last. */
class HelpTextTest {

    /** Every command a user can type (the hidden loadgen, started by live, excluded), as its words after ./avalanche. */
    static Stream<String> commands() {
        List<String> all = new ArrayList<>();
        collect(Main.commandLine(), "", all);
        return all.stream();
    }

    private static void collect(CommandLine cl, String prefix, List<String> into) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                String words = (prefix + " " + sub.getCommandName()).strip();
                into.add(words);
                collect(sub, words, into);
            }
        }
    }

    private static CommandSpec spec(String command) {
        CommandLine cl = Main.commandLine();
        for (String word : command.split(" ")) {
            cl = cl.getSubcommands().get(word);
        }
        return cl.getCommandSpec();
    }

    @ParameterizedTest(name = "{0} -V")
    @MethodSource("commands")
    void everyCommandPrintsTheVersionWithDashV(String command) {
        Cli cli = new Cli();
        List<String> args = new ArrayList<>(Arrays.asList(command.split(" ")));
        args.add("-V");
        assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err());
        assertTrue(cli.out().startsWith("avalanche 0.1.0 (Java "), cli.out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyOptionAndParameterIsDescribed(String command) {
        CommandSpec spec = spec(command);
        for (OptionSpec o : spec.options()) {
            assertFalse(String.join("", o.description()).isBlank(), command + " " + o.longestName() + " has no description");
        }
        spec.positionalParameters().forEach(p -> assertFalse(String.join("", p.description()).isBlank(),
                command + " " + p.paramLabel() + " has no description"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyCommandsHelpEndsWithAnExample(String command) {
        List<String> footer = List.of(spec(command).usageMessage().footer());
        assertTrue(footer.stream().anyMatch(l -> l.startsWith("Example")), command + ": " + footer);
        List<String> examples = examples(footer);
        assertFalse(examples.isEmpty(), command + ": " + footer);
        assertTrue(footer.getLast().startsWith("  ") && !footer.getLast().isBlank(), "the last line is an example: " + footer);
    }

    /** picocli wraps a footer line longer than the help's width in the middle of an argument; none is that long. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void noExampleLineIsLongerThanTheHelpSoNoneIsBrokenInTheMiddle(String command) {
        CommandSpec spec = spec(command);
        int width = spec.usageMessage().width();
        for (String line : spec.usageMessage().footer()) {
            assertTrue(line.length() <= width, command + ": a line of " + line.length() + " > " + width + ": " + line);
        }
        String help = new CommandLine(spec).getUsageMessage();
        for (String example : examples(List.of(spec.usageMessage().footer()))) {
            for (String word : words(example)) {
                assertTrue(help.contains(word), "'" + word + "' appears whole in the help of " + command);
            }
        }
    }

    /** An argument in a description (servers.backlog=1024, users.arrivals.rate, 2s) is never broken across lines. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void noArgumentInADescriptionIsBrokenAcrossLines(String command) {
        CommandSpec spec = spec(command);
        String help = new CommandLine(spec).getUsageMessage().replaceAll("\\s+", " ");
        List<String> texts = new ArrayList<>();
        spec.options().forEach(o -> texts.addAll(List.of(o.description())));
        spec.positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));
        texts.addAll(List.of(spec.usageMessage().description()));
        for (String text : texts) {
            for (String word : text.split("\\s+")) {
                String w = word.replaceAll("[.,;:)]+$", "").replaceAll("^[(]+", "");
                if (w.matches(".*\\w[.=/]\\w.*") && !w.matches("e\\.g|i\\.e")) {
                    assertTrue(help.contains(" " + w) || help.contains("(" + w) || help.contains("'" + w),
                            command + ": '" + w + "' is broken in the help:\n" + new CommandLine(spec).getUsageMessage());
                }
            }
        }
    }

    /** Each example, its lines joined, is a command line this program parses (a typo in one would fail here). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyExampleParses(String command) {
        for (String example : examples(List.of(spec(command).usageMessage().footer()))) {
            List<String> words = words(example);
            if (!words.getFirst().equals("./avalanche")) {
                continue; // source <(./avalanche generate-completion)
            }
            String[] args = words.subList(1, words.size()).toArray(String[]::new);
            assertDoesNotThrow(() -> Main.commandLine().parseArgs(args), example);
        }
    }

    @Test
    void sweepsHelpDescribesTheRangeOptions() {
        Cli cli = new Cli();
        assertEquals(0, cli.run("sweep", "--help"));
        for (String option : List.of("--from", "--to", "--step", "--values")) {
            String line = cli.out().lines().filter(l -> l.contains(option + "=")).findFirst().orElse("");
            assertTrue(line.strip().length() > (option + "=X").length() + 10, option + " described: " + line);
        }
    }

    /** The examples of a footer, each with its continuation lines (after a trailing backslash) joined. */
    private static List<String> examples(List<String> footer) {
        List<String> examples = new ArrayList<>();
        StringBuilder current = null;
        for (String line : footer) {
            String t = line.strip();
            if (current != null) {
                current.append(' ').append(t);
            } else if (line.startsWith("  ") && !t.isEmpty()) {
                current = new StringBuilder(t);
            }
            if (current != null && current.toString().endsWith("\\")) {
                current.setLength(current.length() - 1);
            } else if (current != null) {
                examples.add(current.toString().replaceAll("\\s+#.*$", "").replaceAll("\\s+", " ").strip());
                current = null;
            }
        }
        return examples;
    }

    /** A command line split as a shell would: on spaces, keeping 'quoted words' whole. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (!w.isEmpty()) {
                    words.add(w.toString());
                }
                w.setLength(0);
            } else {
                w.append(c);
            }
        }
        if (!w.isEmpty()) {
            words.add(w.toString());
        }
        return words;
    }
}
