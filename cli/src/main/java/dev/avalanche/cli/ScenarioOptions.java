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

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: under out/, named after the scenario).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed (default: the scenario's).")
    Long seed;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "1",
            description = "Independent replications per variant; with R >= 2, 95%% confidence half-widths are reported.")
    int replications;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a field of the scenario, e.g. servers.backlog=1024.")
    List<String> sets = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    /** @throws IllegalArgumentException when {@code --replications} is below 1 */
    void validate() {
        if (replications < 1) {
            throw new IllegalArgumentException("--replications: got " + replications + "; allowed an integer >= 1");
        }
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
