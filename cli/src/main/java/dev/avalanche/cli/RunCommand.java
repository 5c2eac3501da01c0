package dev.avalanche.cli;

import dev.avalanche.charts.ChartOptions;
import dev.avalanche.charts.Charts;
import dev.avalanche.charts.Report;
import dev.avalanche.charts.ReportInputs;
import dev.avalanche.engine.replication.Replications;
import dev.avalanche.models.Simulator;
import dev.avalanche.models.Variant;
import dev.avalanche.models.io.AtomicFiles;
import dev.avalanche.models.io.Tasks;
import dev.avalanche.models.result.Percentiles;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.shard.Shard;
import dev.avalanche.models.threshold.Threshold;
import dev.avalanche.scenarios.Preflights;
import dev.avalanche.scenarios.Problem;
import dev.avalanche.scenarios.Scenario;
import dev.avalanche.scenarios.output.LatencyFiles;
import dev.avalanche.scenarios.output.SummaryJson;
import dev.avalanche.scenarios.output.TimeseriesCsv;
import dev.avalanche.scenarios.study.Study;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code avalanche run}: simulates every variant of a scenario and writes its summary and time series. */
@Command(name = "run", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
    "0:success", "1:a failure during the run", "2:bad input or usage", "3:a --fail-on threshold was crossed"},
        description = "Simulate a scenario: every variant, optionally replicated; print a summary table and write "
                + "summary.json, timeseries.csv, latency histograms, every chart (PNG and SVG; see --charts) and report.html.",
        footer = {"", "Examples:",
            "  ./avalanche run scenarios/story-avalanche.yaml",
            "  ./avalanche run scenarios/story-capacity-limit.yaml \\",
            "      --set users.arrivals.rate=330 --replications 5",
            "  ./avalanche run scenarios/story-avalanche.yaml \\",
            "      --percentiles 50,99,99.9 --fail-on 'verdict=collapsed'"})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    ResultOptions results;

    @Option(names = "--parallelism", paramLabel = "N", description = "Threads for replications (default: the number of cores).")
    Integer parallelism;

    @Mixin
    ShardOptions shards;

    @Mixin
    SimulationChecks checks;

    @Override
    public Integer call() throws IOException {
        CommandLine cmd = spec.commandLine();
        scenario.validate(cmd);
        int threads = parallelism == null ? Replications.defaultParallelism() : parallelism;
        if (threads < 1) {
            throw new CommandLine.ParameterException(cmd, "--parallelism: got " + threads + "; allowed an integer >= 1");
        }
        List<Threshold> thresholds = results.thresholds();
        results.percentiles();
        results.charts.check();
        Optional<Shard> shard = shards.shard();
        if (shard.isPresent()) {
            return ShardRun.run(spec, scenario, checks, () -> Study.run(scenario.scenarioFile, scenario.sets, scenario.seed,
                    scenario.replications), shard.get(), threads, "-shards");
        }
        Optional<Scenario> loaded = scenario.load(cmd.getErr());
        if (loaded.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Scenario s = loaded.get();
        ResultOptions.requireVariants(thresholds, s.variants().stream().map(v -> v.name()).toList(), ResultOptions.kinds(s));
        Path dir = ScenarioOptions.writableFolder(cmd, scenario.outOr(s.name()));
        if (!checks.allow(List.of(s), scenario.replications, threads, cmd.getErr())) {
            return ExitCodes.BAD_INPUT;
        }
        List<Variant> variants = s.variants();
        Progress progress = new Progress(cmd.getErr(), scenario.quiet, variants.size() * scenario.replications);
        long seed = scenario.seedOr(s.seed());
        Optional<ChartOptions> pictures = chartOptions(s, results);
        // The files are written by a pool as wide as the machine; each variant's charts over time
        // are drawn there (in memory) as soon as its simulation is over, on the core that would
        // otherwise idle while the last variants simulate. Nothing is written before the run ends.
        try (ExecutorService pool = Executors.newFixedThreadPool(Replications.defaultParallelism())) {
            Optional<Charts.Drawing> drawing = pictures.map(opts -> Charts.drawing(s.name(), seed, "simulation",
                    variants.stream().map(Variant::name).toList(), opts, dir, pool));
            RunResult result = Simulator.simulate(s.name(), seed, variants, scenario.replications, threads, progress,
                    (i, outcome) -> drawing.ifPresent(d -> d.variantDone(i, outcome.result())));
            progress.done();
            List<Problem> meaningless = Preflights.afterRun(s, result);
            if (!meaningless.isEmpty()) {
                meaningless.forEach(cmd.getErr()::println);
                return ExitCodes.BAD_INPUT;
            }
            StopNotice.say("avalanche run: stopped before the end; " + dir + " has no summary.json: its files are incomplete");
            return report(s, result, dir, spec, scenario.quiet, results, pool, drawing);
        }
    }

    private static Optional<ChartOptions> chartOptions(Scenario s, ResultOptions results) {
        return results.charts.apply(Pictures.options(s).withPercentiles(results.percentiles()));
    }

    /**
     * Writes a run's files into {@code dir} (summary.json last, an older one removed first, so that
     * its presence means the rest is there), unless quiet prints its table, then judges its
     * thresholds: a run's, or its shards' merged. Returns the exit code the thresholds decide.
     */
    static int report(Scenario s, RunResult result, Path dir, CommandSpec spec, boolean quiet, ResultOptions results)
            throws IOException {
        try (ExecutorService pool = Executors.newFixedThreadPool(Replications.defaultParallelism())) {
            return report(s, result, dir, spec, quiet, results, pool, Optional.empty());
        }
    }

    /** As above, the files written on {@code pool}, the charts finished from {@code drawing} when it was begun. */
    private static int report(Scenario s, RunResult result, Path dir, CommandSpec spec, boolean quiet, ResultOptions results,
            ExecutorService pool, Optional<Charts.Drawing> drawing) throws IOException {
        Percentiles percentiles = results.percentiles();
        List<Threshold> thresholds = results.thresholds();
        ResultOptions.requireVariants(thresholds, result.variants().stream().map(v -> v.result().name()).toList(),
                result.variants().stream().flatMap(v -> v.result().kinds().stream()).map(k -> k.name()).distinct().toList());
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve("summary.json"));
        AtomicFiles.writeString(dir.resolve("scenario.yaml"), s.yamlText());
        Optional<ChartOptions> pictures = chartOptions(s, results);
        // The files are independent of one another: each is a task on the pool.
        Future<List<Path>> latencies = pool.submit(() -> {
            TimeseriesCsv.write(result, dir);
            return LatencyFiles.write(result, dir);
        });
        List<Path> charts = drawing.isPresent() ? drawing.get().finish(result)
                : pictures.isPresent() ? Charts.writeAll(result, pictures.get(), dir, pool) : List.of();
        List<Path> histograms = Tasks.join(latencies);
        Path report = Report.write(result, new ReportInputs(s.description(), s.yamlText(), AvalancheCommand.version())
                .withPercentiles(percentiles), charts, dir);
        SummaryJson.write(result, percentiles, dir);
        ThresholdReport judged = new ThresholdReport(thresholds);
        judged.judge(result, "");
        if (!quiet) {
            SummaryTable.print(spec.commandLine().getOut(), s.description(), result, percentiles, results.wide);
            spec.commandLine().getOut().println("Wrote " + dir.resolve("summary.json") + ", timeseries.csv, "
                    + histograms.size() + " latency histogram files (.hgrm, .hlog), " + charts.size() + " chart files and " + report);
        }
        judged.print(spec.commandLine().getOut(), spec.commandLine().getErr(), quiet);
        return judged.exitCode();
    }
}
