package dev.avalanche.cli;

import dev.avalanche.bridge.LiveRun;
import dev.avalanche.bridge.LiveVariant;
import dev.avalanche.charts.ChartOptions;
import dev.avalanche.charts.Charts;
import dev.avalanche.engine.replication.Replications;
import dev.avalanche.models.Simulator;
import dev.avalanche.models.Variant;
import dev.avalanche.models.result.Percentiles;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.validation.Comparison;
import dev.avalanche.models.validation.ConditionLimits;
import dev.avalanche.models.validation.RunConditions;
import dev.avalanche.models.validation.Tolerances;
import dev.avalanche.models.validation.Validation;
import dev.avalanche.scenarios.Preflights;
import dev.avalanche.scenarios.Problem;
import dev.avalanche.scenarios.Scenario;
import dev.avalanche.scenarios.output.SummaryJson;
import dev.avalanche.scenarios.output.ValidationFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code avalanche validate}: the simulation's prediction against a live run of the same scenario. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Simulate a scenario and play it live on 127.0.0.1 (or against --target), then print predicted,"
            + " measured and relative error for throughput, goodput, latency p50/p90/p99, rejected, abandoned and"
            + " elapsed, per variant (and timed out, discarded and SYN retransmissions where either side has some)."
            + " With --repeat N the live side plays N times and a figure passes when the prediction lies within the"
            + " runs' spread (min..max) widened by its tolerance; with --replications R the prediction is the mean of R"
            + " replications, shown with its 95%% half-width.",
            "A live run on a busy host cannot judge: when other processes kept more than --max-host-busy of the"
            + " processors busy (from /proc/stat, less the run's own processes' CPU), or the users sent (or the stub"
            + " answered) late at p99 by more than --max-send-lag of the predicted median latency, the verdict is"
            + " inconclusive, with the reasons.",
            "Writes validation.json and validation.csv (every row, and the verdict: passed, failed or inconclusive),"
            + " the live run's files and report.html into the --out folder, whatever the verdict.",
            "Exit codes: 0 passed; 1 a figure outside its tolerance, or stopped by Ctrl-C (partial live results kept);"
            + " 2 bad input; 4 inconclusive (the host was busy or the load generator lagged)."},
        footer = {"", "Examples:", "  ./avalanche validate scenarios/validation/saturated-pool.yaml",
            "  ./avalanche validate scenarios/ab-10-vs-10.yaml \\",
            "      --time-scale 10 --repeat 3 --replications 5"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    LiveRunOptions live;

    @Mixin
    SimulationChecks checks;

    @Mixin
    ChartFormatOptions charts;

    @Option(names = "--tol-throughput", paramLabel = "R", defaultValue = "0.05", description = "Relative tolerance on throughput and goodput (default ${DEFAULT-VALUE}).")
    double tolThroughput;

    @Option(names = "--tol-p50", paramLabel = "R", defaultValue = "0.10", description = "Relative tolerance on p50 (default ${DEFAULT-VALUE}).")
    double tolP50;

    @Option(names = "--tol-p90", paramLabel = "R", defaultValue = "0.15", description = "Relative tolerance on p90 (default ${DEFAULT-VALUE}).")
    double tolP90;

    @Option(names = "--tol-p99", paramLabel = "R", defaultValue = "0.20", description = "Relative tolerance on p99 (default ${DEFAULT-VALUE}).")
    double tolP99;

    @Option(names = "--tol-elapsed", paramLabel = "R", defaultValue = "0.10", description = "Relative tolerance on elapsed (default ${DEFAULT-VALUE}).")
    double tolElapsed;

    @Option(names = "--tol-counts", paramLabel = "R", defaultValue = "0.10", description = "Relative tolerance on counts (default ${DEFAULT-VALUE}).")
    double tolCounts;

    @Option(names = "--tol-count-abs", paramLabel = "N", defaultValue = "5", description = "Counts also pass within N requests (default ${DEFAULT-VALUE}).")
    long tolCountAbs;

    @Option(names = "--tol-rank", paramLabel = "R", defaultValue = "0.02", description = "A latency percentile beyond its"
            + " tolerance still passes when each side's value is one the other's distribution could report at that rank,"
            + " give or take R for the median and less in the tail (default ${DEFAULT-VALUE}, 2 percentage points): a median"
            + " between two modes moves a long way on a few samples.")
    double tolRank;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1", description = "Play the live side N times (the same"
            + " seed each time, so the spread is the host's noise) and judge each figure by the runs' spread widened by its"
            + " tolerance (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--max-host-busy", paramLabel = "R", defaultValue = "0.25", description = "Inconclusive when other"
            + " processes kept more than this share of the processors busy on average during a live run (default"
            + " ${DEFAULT-VALUE}: half a core of two).")
    double maxHostBusy;

    @Option(names = "--max-send-lag", paramLabel = "R", defaultValue = "0.10", description = "Inconclusive when the users'"
            + " sends, or the stub's answers, were late at p99 by more than this share of the predicted median latency"
            + " (default ${DEFAULT-VALUE}).")
    double maxSendLag;

    @Option(names = "--ignore-host", description = "Judge the figures whatever the host's load and the load generator's lag"
            + " (never inconclusive); the conditions are still measured and written.")
    boolean ignoreHost;

    @Override
    public Integer call() throws Exception {
        CommandLine cmd = spec.commandLine();
        scenario.validate(cmd);
        charts.check();
        if (repeat < 1) {
            throw new CommandLine.ParameterException(cmd, "--repeat: got " + repeat + "; allowed an integer >= 1");
        }
        Tolerances tol = new Tolerances(tolThroughput, tolP50, tolP90, tolP99, tolElapsed, tolCounts, tolCountAbs, tolRank);
        ConditionLimits limits = limits();
        var opts = live.toOptions();
        Optional<Scenario> loaded = scenario.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Scenario s = loaded.get();
        ScenarioOptions.writableFolder(spec.commandLine(), scenario.outOr(s.name() + "-validate"));
        List<Problem> unsupported = Preflights.unsupportedLive(s);
        if (!unsupported.isEmpty()) {
            unsupported.forEach(cmd.getErr()::println);
            return ExitCodes.BAD_INPUT;
        }
        if (!checks.allow(List.of(s), scenario.replications, Replications.defaultParallelism(), cmd.getErr())) {
            return ExitCodes.BAD_INPUT;
        }
        long seed = scenario.seedOr(s.seed());
        List<Variant> variants = s.variants();
        RunResult predicted = Simulator.simulate(s.name(), seed, variants, scenario.replications,
                Replications.defaultParallelism(), (v, k) -> { });
        Path dir = scenario.outOr(s.name() + "-validate");
        List<List<LiveVariant>> runs = new ArrayList<>();
        try (StopOnInterrupt interrupt = new StopOnInterrupt(live.stop)) {
            for (int k = 1; k <= repeat && !live.stop.isStopped(); k++) {
                runs.add(LiveCommand.playVariants(s, seed, opts, LiveCommand.users(live), scenario.sets, spec.commandLine().getErr(),
                        scenario.quiet, repeat == 1 ? "" : " (run " + k + " of " + repeat + ")"));
            }
            int stopped = interrupt.guard(spec.commandLine(), () -> {
                if (!live.stop.isStopped()) {
                    return ExitCodes.OK;
                }
                if (runs.isEmpty() || runs.getLast().isEmpty()) {
                    spec.commandLine().getErr().println("avalanche validate: stopped before anything was played; nothing written");
                } else {
                    LiveCommand.write(LiveRun.toRunResult(s.name(), seed, runs.getLast()), s, dir, List.of());
                    spec.commandLine().getErr().println("avalanche validate: stopped early; nothing compared; wrote the partial"
                            + " live results (\"complete\": false) to " + dir);
                }
                spec.commandLine().getErr().flush();
                return ExitCodes.FAILURE;
            });
            if (stopped != ExitCodes.OK) {
                return stopped;
            }
        }
        return judge(s, seed, predicted, runs, tol, limits, dir);
    }

    private ConditionLimits limits() {
        try {
            return ignoreHost ? ConditionLimits.NONE : new ConditionLimits(maxHostBusy, maxSendLag);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage()
                    .replace("busy-host share:", "--max-host-busy:").replace("lag share:", "--max-send-lag:"), e);
        }
    }

    /** Compares, prints, writes every file; the exit code of the verdict. */
    private int judge(Scenario s, long seed, RunResult predicted, List<List<LiveVariant>> runs, Tolerances tol,
            ConditionLimits limits, Path dir) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Comparison> comparisons = new ArrayList<>();
        List<List<RunConditions>> conditions = new ArrayList<>();
        List<ConditionLimits.Reason> reasons = new ArrayList<>();
        for (int i = 0; i < predicted.variants().size(); i++) {
            int v = i;
            List<VariantResult> measured = runs.stream().map(r -> r.get(v).result()).toList();
            comparisons.add(Comparison.of(predicted.variants().get(i), measured, tol, live.target == null));
            conditions.add(runs.stream().map(r -> r.get(v).conditions()).toList());
            double median = predicted.variants().get(i).result().latency().p50();
            for (int k = 0; k < runs.size(); k++) {
                String label = comparisons.getLast().variant() + (runs.size() > 1 ? ", run " + (k + 1) : "");
                reasons.addAll(limits.reasons(label, conditions.getLast().get(k), median));
            }
            ValidationTable.print(out, comparisons.getLast());
        }
        Validation validation = new Validation(comparisons, reasons);
        Files.createDirectories(dir);
        ValidationFiles.write(new ValidationFiles.Setup(s.name(), seed, scenario.replications, runs.size()), validation,
                conditions, dir);
        RunResult first = LiveRun.toRunResult(s.name(), seed, runs.getFirst());
        Optional<ChartOptions> pictures = charts.apply(Pictures.options(s));
        List<Path> extra = new ArrayList<>();
        if (pictures.isPresent()) {
            extra.addAll(Charts.writeOverlay(predicted, first, pictures.get(), dir));
            extra.addAll(Charts.writeValidation(comparisons, ValidationTable.chartVerdict(validation), pictures.get(), dir));
        }
        LiveCommand.write(first, s, dir, extra, Percentiles.DEFAULT, comparisons, charts);
        for (int k = 1; k < runs.size(); k++) {
            Path runDir = Files.createDirectories(dir.resolve("run-" + (k + 1)));
            SummaryJson.write(LiveRun.toRunResult(s.name(), seed, runs.get(k)), runDir);
        }
        ValidationTable.verdict(out, validation);
        out.println("Wrote validation.json, validation.csv, the live run's files" + (runs.size() > 1 ? " (run 1; the others'"
                + " summary.json in run-2 ...)" : "") + ", the simulation-vs-live overlays and report.html to " + dir);
        return switch (validation.verdict()) {
            case PASSED -> ExitCodes.OK;
            case FAILED -> ExitCodes.FAILURE;
            case INCONCLUSIVE -> ExitCodes.INCONCLUSIVE;
        };
    }

    /** Whole numbers (counts, and rates that happen to be whole) in full; others to four significant digits. */
    static String number(double v) {
        return ValidationTable.number(v);
    }
}
