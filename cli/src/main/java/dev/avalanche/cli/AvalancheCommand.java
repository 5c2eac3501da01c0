package dev.avalanche.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level {@code avalanche} command: it only lists and dispatches its subcommands. */
@Command(
        name = "avalanche",
        mixinStandardHelpOptions = true,
        versionProvider = AvalancheCommand.Version.class,
        description = {
            "What happens to my service when a third party slows down, and would green threads have saved me?",
            ""
        },
        subcommands = {RunCommand.class, SweepCommand.class, MergeCommand.class, LiveCommand.class, ValidateCommand.class, CapacityCommand.class,
            CalibrateCommand.class, ImportCommand.class, BenchCommand.class, LoadgenCommand.class, SchemaCommand.class,
            picocli.AutoComplete.GenerateCompletion.class},
        footer = {"", "Examples:", "  ./avalanche run scenarios/story-avalanche.yaml",
            "  source <(./avalanche generate-completion)   # completion in bash or zsh"})
final class AvalancheCommand implements Runnable {

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
