package dev.avalanche.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The top-level {@code avalanche} command: it only lists and dispatches its subcommands, which
 * {@link #SUBCOMMANDS} names in the order the help lists them ({@link Main} adds them, all of them
 * or only the one invoked).
 */
@Command(
        name = "avalanche",
        mixinStandardHelpOptions = true,
        versionProvider = AvalancheCommand.Version.class,
        description = {
            "What happens to my service when a third party slows down, and would green threads have saved me?",
            ""
        },
        footer = {"", "Examples:", "  ./avalanche run scenarios/story-avalanche.yaml",
            "  source <(./avalanche generate-completion)   # completion in bash or zsh"})
final class AvalancheCommand implements Runnable {

    /**
     * Every subcommand by the name its {@code @Command} gives it, in the order of the help. Each
     * supplier makes a new command object; picocli reads its annotations when it is added.
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("run", RunCommand::new);
        m.put("sweep", SweepCommand::new);
        m.put("merge", MergeCommand::new);
        m.put("live", LiveCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("capacity", CapacityCommand::new);
        m.put("calibrate", CalibrateCommand::new);
        m.put("import", ImportCommand::new);
        m.put("bench", BenchCommand::new);
        m.put("loadgen", LoadgenCommand::new);
        m.put("schema", SchemaCommand::new);
        // A lambda, not a constructor reference: JDK 25.0.3 crashes writing the start-up cache after
        // the training run when a linked call site names a class the cache leaves out, as it leaves
        // out picocli's (Java 5 class files).
        m.put("generate-completion", () -> new picocli.AutoComplete.GenerateCompletion());
        return Collections.unmodifiableMap(m);
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The project's version, as Maven wrote it into the jar's resources. */
    static String version() throws IOException {
        Properties p = new Properties();
        try (InputStream in = AvalancheCommand.class.getResourceAsStream("/avalanche-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return p.getProperty("version", "unknown");
    }

    /** The {@code --version} text. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"avalanche " + version() + " (Java " + Runtime.version() + ")"};
        }
    }
}
