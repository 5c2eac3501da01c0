package dev.avalanche.cli;

import dev.avalanche.charts.Charts;
import dev.avalanche.charts.Report;
import dev.avalanche.charts.ReportInputs;
import dev.avalanche.engine.replication.Replications;
import dev.avalanche.models.Simulator;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.scenarios.Scenario;
import dev.avalanche.scenarios.ScenarioException;
import dev.avalanche.scenarios.ScenarioLoader;
import dev.avalanche.scenarios.output.SummaryJson;
import dev.avalanche.scenarios.output.TimeseriesCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code avalanche run}: simulates every variant of a scenario and writes its summary and time series. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Simulate a scenario: every variant, optionally replicated; print a summary table and write "
                + "summary.json and timeseries.csv.",
        footer = {"", "Examples:",
            "  ./avalanche run scenarios/story-avalanche.yaml",
            "  ./avalanche run scenarios/story-capacity-limit.yaml --set users.arrivals.rate=330 --replications 5"})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO.yaml", description = "The scenario file.")
    Path scenarioFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<scenario name>/).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed (default: the scenario's).")
    Long seed;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "1",
            description = "Independent replications per variant; with R >= 2, 95%% confidence half-widths are reported.")
    int replications;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a field of the scenario, e.g. servers.backlog=1024.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--parallelism", paramLabel = "N", description = "Threads for replications (default: the number of cores).")
    Integer parallelism;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (replications < 1) {
            throw new IllegalArgumentException("--replications: got " + replications + "; allowed an integer >= 1");
        }
        int threads = parallelism == null ? Replications.defaultParallelism() : parallelism;
        if (threads < 1) {
            throw new IllegalArgumentException("--parallelism: got " + threads + "; allowed an integer >= 1");
        }
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(scenarioFile, sets);
        } catch (ScenarioException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(p));
            return ExitCodes.BAD_INPUT;
        }
        long runSeed = seed == null ? scenario.seed() : seed;
        Path dir = out == null ? Path.of("out", scenario.name()) : out;
        List<Simulator.Variant> variants = scenario.variants().stream()
                .map(v -> new Simulator.Variant(v.name(), v.config())).toList();
        Progress progress = new Progress(spec.commandLine().getErr(), quiet, variants.size() * replications);
        RunResult result = Simulator.simulate(scenario.name(), runSeed, variants, replications, threads, progress);
        progress.done();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("scenario.yaml"), scenario.yamlText());
        TimeseriesCsv.write(result, dir);
        List<Path> charts = Charts.writeAll(result, Pictures.options(scenario), dir);
        Path report = Report.write(result, new ReportInputs(scenario.description(), scenario.yamlText(),
                AvalancheCommand.version()), charts, dir);
        SummaryJson.write(result, dir);
        if (!quiet) {
            SummaryTable.print(spec.commandLine().getOut(), scenario.description(), result);
            spec.commandLine().getOut().println("Wrote " + dir.resolve("summary.json") + ", timeseries.csv, "
                    + charts.size() + " chart files and " + report);
        }
        return ExitCodes.OK;
    }
}
