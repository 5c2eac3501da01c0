package dev.avalanche.cli;

import dev.avalanche.bridge.LiveOptions;
import dev.avalanche.bridge.LiveRun;
import dev.avalanche.bridge.LiveVariant;
import dev.avalanche.bridge.ServerSide;
import dev.avalanche.bridge.UserSide;
import dev.avalanche.charts.ChartOptions;
import dev.avalanche.charts.Charts;
import dev.avalanche.charts.Report;
import dev.avalanche.charts.ReportInputs;
import dev.avalanche.models.result.Percentiles;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.threshold.Threshold;
import dev.avalanche.models.validation.Comparison;
import dev.avalanche.scenarios.Preflights;
import dev.avalanche.scenarios.Problem;
import dev.avalanche.scenarios.Scenario;
import dev.avalanche.models.Variant;
import dev.avalanche.scenarios.output.LatencyFiles;
import dev.avalanche.scenarios.output.SummaryJson;
import dev.avalanche.scenarios.output.TimeseriesCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code avalanche live}: the scenario played for real on loopback, measured like the simulator. */
@Command(name = "live", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
    "0:success", "1:a failure during the run, or stopped early (Ctrl-C)", "2:bad input or usage",
    "3:a --fail-on threshold was crossed"},
        description = {"Play a scenario for real on 127.0.0.1: a third-party stub, the app servers with the scenario's worker"
            + " model (platform threads, virtual threads, or greenlets: virtual threads on one carrier thread per process),"
            + " a reverse proxy playing its balancer when it has one, and the users, in a JVM of their own. Every run"
            + " stops by itself (duration + drain, --max-wall, --max-requests); Ctrl-C stops it early, writes the"
            + " partial results (\"complete\": false) and exits 1.",
            "Writes the same files as run, with \"mode\": \"live\"."},
        footer = {"", "Examples:", "  ./avalanche live scenarios/ab-10-vs-10.yaml --time-scale 10",
            "  ./avalanche live scenarios/ab-10-vs-10.yaml \\",
            "      --target http://127.0.0.1:8000/view"})
final class LiveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    LiveRunOptions live;

    @Mixin
    ResultOptions results;

    @Override
    public Integer call() throws Exception {
        LiveOptions opts = live.toOptions();
        Percentiles percentiles = results.percentiles();
        List<Threshold> thresholds = results.thresholds();
        results.charts.check();
        Optional<Scenario> loaded = scenario.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Scenario s = loaded.get();
        ResultOptions.requireVariants(thresholds, s.variants().stream().map(Variant::name).toList(), ResultOptions.kinds(s));
        ScenarioOptions.writableFolder(spec.commandLine(), scenario.outOr(s.name() + "-live"));
        List<Problem> rows = new ArrayList<>(Preflights.unsupportedLive(s));
        rows.addAll(Preflights.beforeLive(s));
        if (!rows.isEmpty()) {
            rows.forEach(spec.commandLine().getErr()::println);
            return ExitCodes.BAD_INPUT;
        }
        try (StopOnInterrupt interrupt = new StopOnInterrupt(live.stop)) {
            return interrupt.guard(spec.commandLine(), () -> playAndWrite(s, opts, percentiles, thresholds));
        }
    }

    private int playAndWrite(Scenario s, LiveOptions opts, Percentiles percentiles, List<Threshold> thresholds)
            throws IOException, InterruptedException {
        RunResult result = playAll(s, scenario.seedOr(s.seed()), opts, users(live), scenario.sets, spec.commandLine().getErr(),
                scenario.quiet);
        Path dir = scenario.outOr(s.name() + "-live");
        write(result, s, dir, List.of(), percentiles, List.of(), results.charts);
        if (live.stop.isStopped()) {
            spec.commandLine().getErr().println("avalanche live: stopped early; wrote the partial results (\"complete\": false) to " + dir);
            spec.commandLine().getErr().flush();
            return ExitCodes.FAILURE;
        }
        ThresholdReport judged = new ThresholdReport(thresholds);
        judged.judge(result, "");
        if (!scenario.quiet) {
            SummaryTable.print(spec.commandLine().getOut(), s.description(), result, percentiles, results.wide);
            spec.commandLine().getOut().println("Wrote " + dir.resolve("summary.json") + (result.complete() ? "" : " (incomplete: a cap cut the run)"));
        }
        judged.print(spec.commandLine().getOut(), spec.commandLine().getErr(), scenario.quiet);
        return judged.exitCode();
    }

    /**
     * Plays every variant in turn (none after a stop), printing each one's notes (departures from the
     * model) to {@code err}; the users run in {@code userProcesses} child JVMs, or in this one when it is 0.
     */
    static RunResult playAll(Scenario s, long seed, LiveOptions opts, int userProcesses, List<String> sets, PrintWriter err,
            boolean quiet) throws IOException, InterruptedException {
        return LiveRun.toRunResult(s.name(), seed, playVariants(s, seed, opts, userProcesses, sets, err, quiet, ""));
    }

    /** How many JVMs the users run in: 0 for this one ({@code --in-process}), else {@code --user-processes}. */
    static int users(LiveRunOptions live) {
        return live.inProcess ? 0 : live.userProcesses;
    }

    /**
     * As {@link #playAll}, the variants as played; {@code label} (e.g. " (run 2 of 3)") follows each
     * variant's name in the progress line.
     */
    static List<LiveVariant> playVariants(Scenario s, long seed, LiveOptions opts, int userProcesses, List<String> sets,
            PrintWriter err, boolean quiet, String label) throws IOException, InterruptedException {
        List<LiveVariant> played = new ArrayList<>();
        Path copy = Files.createTempFile("avalanche-scenario-", ".yaml");
        try {
            Files.writeString(copy, s.yamlText());
            for (Variant v : s.variants()) {
                if (opts.stop().isStopped()) {
                    break;
                }
                if (!quiet) {
                    err.println("playing " + s.name() + " / " + v.name() + label + " live on "
                            + opts.target().map(Object::toString).orElse("127.0.0.1") + " ...");
                    err.flush();
                }
                LiveOptions o = userProcesses == 0 ? opts
                        : opts.withUsers(new UserSide.ChildJvm(Main.class.getName(), childArgs(copy, sets, v), userProcesses));
                if (o.servers() instanceof ServerSide.ChildJvms) {
                    List<String> args = new ArrayList<>(childArgs(copy, sets, v));
                    args.add("--app-server");
                    o = o.withServers(new ServerSide.ChildJvms(Main.class.getName(), args));
                }
                LiveVariant lv = LiveRun.run(s.name(), seed, v.name(), v.config(), o);
                if (!quiet) {
                    lv.notes().forEach(n -> err.println("  note: " + n));
                }
                played.add(lv);
            }
        } finally {
            Files.deleteIfExists(copy);
        }
        return played;
    }

    /** The hidden {@code loadgen} command's arguments: the same scenario text, overrides and variant. */
    private static List<String> childArgs(Path scenarioCopy, List<String> sets, Variant v) {
        List<String> args = new ArrayList<>(List.of("loadgen", scenarioCopy.toString(), "--variant", v.name()));
        for (String set : sets) {
            args.add("--set");
            args.add(set);
        }
        return args;
    }

    /**
     * Writes the run's files the way {@code run} does, with {@code extraCharts} (already written)
     * in the report too; summary.json last, so its presence means the rest is there. ImageIO's disk
     * cache is turned off first: it registers a shutdown hook, which fails while Ctrl-C shuts the
     * JVM down (this process ends right after writing anyway).
     */
    static void write(RunResult result, Scenario s, Path dir, List<Path> extraCharts) throws IOException {
        write(result, s, dir, extraCharts, Percentiles.DEFAULT, List.of(), new ChartFormatOptions());
    }

    /**
     * As {@link #write(RunResult, Scenario, Path, List)}, reporting {@code percentiles} and, for a
     * validation, the {@code comparisons} side by side in the report; also each variant's .hgrm and
     * .hlog; the charts in the {@code formats} chosen.
     */
    static void write(RunResult result, Scenario s, Path dir, List<Path> extraCharts, Percentiles percentiles,
            List<Comparison> comparisons, ChartFormatOptions formats) throws IOException {
        javax.imageio.ImageIO.setUseCache(false);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("scenario.yaml"), s.yamlText());
        TimeseriesCsv.write(result, dir);
        LatencyFiles.write(result, dir);
        List<Path> charts = new ArrayList<>(extraCharts);
        Optional<ChartOptions> pictures = formats.apply(Pictures.options(s).withPercentiles(percentiles));
        if (pictures.isPresent()) {
            charts.addAll(Charts.writeAll(result, pictures.get(), dir));
        }
        Report.write(result, new ReportInputs(s.description(), s.yamlText(), AvalancheCommand.version())
                .withPercentiles(percentiles).withComparisons(comparisons), charts, dir);
        SummaryJson.write(result, percentiles, dir);
    }
}
