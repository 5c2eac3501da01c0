package dev.avalanche.cli;

import dev.avalanche.scenarios.Scenario;
import dev.avalanche.scenarios.ScenarioException;
import dev.avalanche.scenarios.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads a scenario shares (a picocli mixin). */
final class ScenarioOptions {

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file.")
    Path scenarioFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, created if need be; checked before the run"
            + " (default: under out/, named after the scenario).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed (default: the scenario's).")
    Long seed;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "1",
            description = "Independent replications per variant; with R >= 2, 95%% confidence half-widths are reported.")
    int replications;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = {"Override a field of the scenario; the value is"
            + " YAML; repeatable, applied in order. For example:", "servers.backlog=1024", "'users.arrivals={rate: 330}'"})
    List<String> sets = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    /** @throws picocli.CommandLine.ParameterException (a usage error) when {@code --replications} is below 1 */
    void validate(picocli.CommandLine cmd) {
        if (replications < 1) {
            throw new picocli.CommandLine.ParameterException(cmd, "--replications: got " + replications
                    + "; allowed an integer >= 1");
        }
    }

    /**
     * The output folder {@code dir}, created and checked writable before any run, so that a run is
     * never lost to a bad {@code --out}.
     *
     * @throws picocli.CommandLine.ParameterException (a usage error) when it is a file, lies under
     *     /proc, /sys or /dev, or cannot be created or written
     */
    static Path writableFolder(picocli.CommandLine cmd, Path dir) {
        String problem = OutputFolder.problem(dir);
        if (problem != null) {
            throw new picocli.CommandLine.ParameterException(cmd, "--out: got " + dir + " (" + problem
                    + "); allowed a folder this user can write");
        }
        return dir;
    }

    /** The scenario with the {@code --set} overrides, or empty after printing one line per problem to {@code err}. */
    Optional<Scenario> load(PrintWriter err) {
        try {
            return Optional.of(ScenarioLoader.load(scenarioFile, sets));
        } catch (ScenarioException e) {
            e.problems().forEach(err::println);
            return Optional.empty();
        }
    }

    long seedOr(long scenarioSeed) {
        return seed == null ? scenarioSeed : seed;
    }

    Path outOr(String defaultName) {
        return out == null ? Path.of("out", defaultName) : out;
    }
}
