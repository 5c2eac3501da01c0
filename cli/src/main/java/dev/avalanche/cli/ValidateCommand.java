package dev.avalanche.cli;

import dev.avalanche.charts.ChartOptions;
import dev.avalanche.charts.Charts;
import dev.avalanche.engine.replication.Replications;
import dev.avalanche.models.Simulator;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.validation.Comparison;
import dev.avalanche.models.validation.Tolerances;
import dev.avalanche.scenarios.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code avalanche validate}: the simulation's prediction against a live run of the same scenario. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Simulate a scenario and play it live on 127.0.0.1 (or against --target), then print predicted,"
            + " measured and relative error for throughput, goodput, latency p50/p90/p99, rejected, abandoned and"
            + " elapsed, per variant (and timed out, discarded and SYN retransmissions where either side has some)."
            + " Exits 1 when an error exceeds its tolerance, or on Ctrl-C (partial live results kept).",
        footer = {"", "Example:", "  ./avalanche validate scenarios/ab-10-vs-10.yaml --time-scale 10"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    LiveRunOptions live;

    @Mixin
    SimulationChecks checks;

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

    @Override
    public Integer call() throws Exception {
        Tolerances tol = new Tolerances(tolThroughput, tolP50, tolP90, tolP99, tolElapsed, tolCounts, tolCountAbs, tolRank);
        var opts = live.toOptions();
        Optional<Scenario> loaded = scenario.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Scenario s = loaded.get();
        ScenarioOptions.writableFolder(spec.commandLine(), scenario.outOr(s.name() + "-validate"));
        if (!checks.allow(List.of(s), 1, Replications.defaultParallelism(), spec.commandLine().getErr())) {
            return ExitCodes.BAD_INPUT;
        }
        long seed = scenario.seedOr(s.seed());
        List<Simulator.Variant> variants = s.variants().stream().map(v -> new Simulator.Variant(v.name(), v.config())).toList();
        RunResult predicted = Simulator.simulate(s.name(), seed, variants, 1, Replications.defaultParallelism(), (v, k) -> { });
        Path dir = scenario.outOr(s.name() + "-validate");
        RunResult measured;
        try (StopOnInterrupt interrupt = new StopOnInterrupt(live.stop)) {
            RunResult played = LiveCommand.playAll(s, seed, opts, live.inProcess, scenario.sets, spec.commandLine().getErr(),
                    scenario.quiet);
            int stopped = interrupt.guard(spec.commandLine(), () -> {
                if (!live.stop.isStopped()) {
                    return ExitCodes.OK;
                }
                LiveCommand.write(played, s, dir, List.of());
                spec.commandLine().getErr().println("avalanche validate: stopped early; nothing compared; wrote the partial live"
                        + " results (\"complete\": false) to " + dir);
                spec.commandLine().getErr().flush();
                return ExitCodes.FAILURE;
            });
            if (stopped != ExitCodes.OK) {
                return stopped;
            }
            measured = played;
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            comparisons.add(Comparison.of(predicted.variants().get(i).result(), measured.variants().get(i).result(), tol,
                    live.target == null));
            print(out, comparisons.getLast());
        }
        boolean pass = comparisons.stream().allMatch(Comparison::pass);
        ChartOptions pictures = Pictures.options(s);
        List<Path> extra = new ArrayList<>(Charts.writeOverlay(predicted, measured, pictures, dir));
        extra.addAll(Charts.writeValidation(comparisons, pictures, dir));
        LiveCommand.write(measured, s, dir, extra);
        out.println(pass ? "validation passed" : "validation FAILED: a measured figure is outside its tolerance");
        out.println("Wrote the live run's files, the simulation-vs-live overlays and report.html to " + dir);
        return pass ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private static void print(PrintWriter out, Comparison c) {
        out.printf(Locale.ROOT, "%n%s%n%-16s %12s %12s %10s %16s %s%n", c.variant(), "figure", "predicted", "measured", "error",
                "tolerance", "");
        for (Comparison.Row r : c.rows()) {
            out.printf(Locale.ROOT, "%-16s %12s %12s %9.1f%% %16s %s%n", r.figure(), number(r.predicted()), number(r.measured()),
                    100 * r.relativeError(), r.tolerance(), r.pass() ? "ok" : "FAIL");
        }
    }

    /** Whole numbers (counts, and rates that happen to be whole) in full; others to four significant digits. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
