package dev.avalanche.cli;

import dev.avalanche.bridge.LiveRun;
import dev.avalanche.bridge.LiveVariant;
import dev.avalanche.charts.Charts;
import dev.avalanche.charts.Report;
import dev.avalanche.charts.ReportInputs;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.scenarios.Scenario;
import dev.avalanche.scenarios.Variant;
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
@Command(name = "live", mixinStandardHelpOptions = true,
        description = {"Play a scenario for real on 127.0.0.1: a third-party stub, an app server with the scenario's worker",
            "model (platform threads, virtual threads, or virtual threads serialised per process for greenlets) and",
            "the users. Every run stops by itself (duration + drain, --max-wall, --max-requests). Writes the same",
            "files as run, with \"mode\": \"live\"."},
        footer = {"", "Example:", "  ./avalanche live scenarios/ab-10-vs-10.yaml --time-scale 10"})
final class LiveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    LiveRunOptions live;

    @Override
    public Integer call() throws IOException, InterruptedException {
        var opts = live.toOptions();
        Optional<Scenario> loaded = scenario.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Scenario s = loaded.get();
        RunResult result = playAll(s, scenario.seedOr(s.seed()), opts, spec.commandLine().getErr(), scenario.quiet);
        Path dir = scenario.outOr(s.name() + "-live");
        write(result, s, dir, List.of());
        if (!scenario.quiet) {
            SummaryTable.print(spec.commandLine().getOut(), s.description(), result);
            spec.commandLine().getOut().println("Wrote " + dir.resolve("summary.json") + (result.complete() ? "" : " (incomplete: a cap cut the run)"));
        }
        return ExitCodes.OK;
    }

    /** Plays every variant in turn, printing each one's notes (departures from the model) to {@code err}. */
    static RunResult playAll(Scenario s, long seed, dev.avalanche.bridge.LiveOptions opts, PrintWriter err, boolean quiet)
            throws InterruptedException {
        List<LiveVariant> played = new ArrayList<>();
        for (Variant v : s.variants()) {
            if (!quiet) {
                err.println("playing " + s.name() + " / " + v.name() + " live on 127.0.0.1 ...");
                err.flush();
            }
            LiveVariant lv = LiveRun.run(s.name(), seed, v.name(), v.config(), opts);
            if (!quiet) {
                lv.notes().forEach(n -> err.println("  note: " + n));
            }
            played.add(lv);
        }
        return LiveRun.toRunResult(s.name(), seed, played);
    }

    /**
     * Writes the run's files the way {@code run} does, with {@code extraCharts} (already written)
     * in the report too; summary.json last, so its presence means the rest is there.
     */
    static void write(RunResult result, Scenario s, Path dir, List<Path> extraCharts) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("scenario.yaml"), s.yamlText());
        TimeseriesCsv.write(result, dir);
        List<Path> charts = new ArrayList<>(extraCharts);
        charts.addAll(Charts.writeAll(result, Pictures.options(s), dir));
        Report.write(result, new ReportInputs(s.description(), s.yamlText(), AvalancheCommand.version()), charts, dir);
        SummaryJson.write(result, dir);
    }
}
