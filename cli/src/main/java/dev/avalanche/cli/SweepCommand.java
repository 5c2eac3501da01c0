package dev.avalanche.cli;

import dev.avalanche.charts.ChartOptions;
import dev.avalanche.charts.Charts;
import dev.avalanche.engine.replication.Replications;
import dev.avalanche.models.result.Percentiles;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.SweepResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.shard.Shard;
import dev.avalanche.models.threshold.Threshold;
import dev.avalanche.scenarios.Preflights;
import dev.avalanche.scenarios.Problem;
import dev.avalanche.scenarios.Scenario;
import dev.avalanche.scenarios.ScenarioException;
import dev.avalanche.scenarios.Sweeps;
import dev.avalanche.scenarios.output.SweepCsv;
import dev.avalanche.scenarios.study.Plan;
import dev.avalanche.scenarios.study.Study;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code avalanche sweep}: the scenario at every point of one or several parameters, and the capacity table. */
@Command(name = "sweep", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
    "0:success", "1:a failure during the run", "2:bad input or usage", "3:a --fail-on threshold was crossed at some point"},
        description = "Run a scenario at every value of one parameter, or at every combination of several (a grid), or at N "
                + "points of a Latin hypercube over their ranges (--design lhs), in parallel across cores (results do not depend "
                + "on the core count), and write sweep.csv (a row per point and variant), the knee chart of each parameter and, "
                + "with several, a heat map of each pair. At most " + Sweeps.MAX_POINTS + " points.",
        footer = {"", "Examples:",
            "  ./avalanche sweep scenarios/story-capacity-limit.yaml \\",
            "      --param users.arrivals.rate --from 240 --to 360 --step 20",
            "  ./avalanche sweep scenarios/story-avalanche.yaml \\",
            "      --param servers.backlog --values 100,1024,4096",
            "  ./avalanche sweep scenarios/story-capacity-limit.yaml \\",
            "      --param users.arrivals.rate --from 240 --to 360 --step 40 \\",
            "      --param servers.workers.size --values 30,40,50",
            "  ./avalanche sweep scenarios/story-capacity-limit.yaml \\",
            "      --design lhs --points 50 --replications 3 \\",
            "      --param users.arrivals.rate --from 200 --to 400 \\",
            "      --param servers.workers.size --from 20 --to 80 --step 1"})
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    ShardOptions shards;

    @Mixin
    ResultOptions results;

    @Mixin
    SimulationChecks checks;

    @ArgGroup(exclusive = false, multiplicity = "1..*", heading = "Parameters (repeat for several):%n")
    List<Axis> axes;

    /** How the points are chosen. */
    enum Design { grid, lhs }

    @Option(names = "--design", paramLabel = "grid|lhs", defaultValue = "grid", description = "grid: every combination of the "
            + "values (default); lhs: --points N of a Latin hypercube over the ranges, drawn from the seed.")
    Design design;

    @Option(names = "--points", paramLabel = "N", description = "The number of points of a Latin hypercube (--design lhs).")
    Integer points;

    /** One {@code --param} and its values: listed, or a range. */
    static final class Axis {
        @Option(names = "--param", required = true, paramLabel = "PATH", description = "A field to sweep, e.g. users.arrivals.rate.")
        String path;

        @Option(names = "--values", split = ",", paramLabel = "A,B,C", description = "Its values, as they would be written in the YAML.")
        List<String> values;

        @Option(names = "--from", paramLabel = "X", description = "The range's first value.")
        Double from;

        @Option(names = "--to", paramLabel = "Y", description = "The range's last value.")
        Double to;

        @Option(names = "--step", paramLabel = "S", description = "The range's step (on a grid; in a hypercube, values snap to it).")
        Double step;

        /** @throws IllegalArgumentException when both or neither of the values and a range are given, or half a range */
        Sweeps.Axis axis() {
            boolean range = from != null || to != null || step != null;
            if (values != null && range) {
                throw new IllegalArgumentException("--param " + path + ": got --values and --from/--to/--step; allowed one of them");
            }
            if (values != null) {
                return new Sweeps.Listed(path, values);
            }
            if (from == null || to == null) {
                throw new IllegalArgumentException("--param " + path + (range ? (from == null ? " --from" : " --to") : "")
                        + ": got nothing; allowed --values A,B,C or --from X --to Y [--step S]");
            }
            return new Sweeps.Ranged(path, from, to, step == null ? java.util.OptionalDouble.empty()
                    : java.util.OptionalDouble.of(step));
        }
    }

    @Override
    public Integer call() throws IOException {
        CommandLine cmd = spec.commandLine();
        scenario.validate(cmd);
        List<Threshold> thresholds = results.thresholds();
        results.percentiles();
        results.charts.check();
        if (!thresholds.isEmpty()) {
            Optional<Scenario> loaded = scenario.load(cmd.getErr());
            if (loaded.isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            ResultOptions.requireVariants(thresholds, loaded.get().variants().stream().map(v -> v.name()).toList(),
                    ResultOptions.kinds(loaded.get()));
        }
        List<Sweeps.Axis> swept;
        try {
            swept = axes.stream().map(Axis::axis).toList();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
        List<String> paths = swept.stream().map(Sweeps.Axis::path).toList();
        for (String p : paths) {
            if (paths.indexOf(p) != paths.lastIndexOf(p)) {
                throw new CommandLine.ParameterException(cmd, "--param " + p + ": got it twice; allowed each parameter once");
            }
        }
        if (design == Design.grid && points != null) {
            throw new CommandLine.ParameterException(cmd, "--points: got " + points + "; allowed only with --design lhs");
        }
        if (design == Design.lhs && points == null) {
            throw new CommandLine.ParameterException(cmd, "--points: got nothing; allowed --points N with --design lhs");
        }
        List<List<String>> grid;
        try {
            grid = design == Design.grid ? Sweeps.grid(swept) : null;
            if (grid == null) {
                Sweeps.latinHypercube(swept, points, 0); // the ranges and the point count checked before anything loads
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
        ShardRun.Source source = () -> {
            Study base = Study.run(scenario.scenarioFile, scenario.sets, scenario.seed, scenario.replications);
            return base.sweep(paths, grid != null ? grid : Sweeps.latinHypercube(swept, points, base.designSeed()));
        };
        Optional<Shard> shard = shards.shard();
        if (shard.isPresent()) {
            return ShardRun.run(spec, scenario, checks, source, shard.get(), Replications.defaultParallelism(), "-sweep-shards");
        }
        Plan plan;
        try {
            plan = source.study().plan();
        } catch (ScenarioException e) {
            e.problems().forEach(p -> cmd.getErr().println(p));
            return ExitCodes.BAD_INPUT;
        }
        Path dir = ScenarioOptions.writableFolder(cmd, scenario.outOr(plan.scenarios().getFirst().name() + "-sweep"));
        int parallelism = Replications.defaultParallelism();
        if (!checks.allow(plan.scenarios(), scenario.replications, parallelism, cmd.getErr())) {
            return ExitCodes.BAD_INPUT;
        }
        Progress progress = new Progress(cmd.getErr(), scenario.quiet, plan.batch().size());
        List<RunResult> runs = plan.simulate(parallelism, progress);
        progress.done();
        for (int i = 0; i < runs.size(); i++) {
            List<Problem> meaningless = Preflights.afterRun(plan.scenarios().get(i), runs.get(i));
            if (!meaningless.isEmpty()) {
                meaningless.forEach(cmd.getErr()::println);
                return ExitCodes.BAD_INPUT;
            }
        }
        StopNotice.say("avalanche sweep: stopped before the end; " + dir + " has no sweep.csv: its charts are incomplete");
        return report(plan.sweep(runs), dir, spec, scenario.quiet, results);
    }

    /**
     * Writes a sweep's files into {@code dir}, unless quiet prints its table, then judges its
     * thresholds at every point: a sweep's, or its shards' merged. Returns the exit code they decide.
     */
    static int report(SweepResult sweep, Path dir, CommandSpec spec, boolean quiet, ResultOptions results) throws IOException {
        Percentiles percentiles = results.percentiles();
        List<Threshold> thresholds = results.thresholds();
        Files.createDirectories(dir);
        // sweep.csv last, an older one removed first: its presence means the charts beside it are this sweep's.
        Files.deleteIfExists(dir.resolve("sweep.csv"));
        Optional<ChartOptions> pictures = results.charts.apply(ChartOptions.defaults().withPercentiles(percentiles));
        List<Path> charts = pictures.isPresent() ? Charts.writeSweepGrid(sweep, pictures.get(), dir) : List.of();
        Path csv = SweepCsv.write(sweep, percentiles, dir);
        ThresholdReport judged = new ThresholdReport(thresholds);
        for (SweepResult.Point p : sweep.points()) {
            judged.judge(p.run(), " at " + point(sweep, p));
        }
        if (!quiet) {
            print(sweep, percentiles, results.wide, spec.commandLine().getOut());
            spec.commandLine().getOut().println("Wrote " + csv + " and " + charts.size() + " chart files in " + dir);
        }
        judged.print(spec.commandLine().getOut(), spec.commandLine().getErr(), quiet);
        return judged.exitCode();
    }

    /** {@code path=value} of every swept parameter at {@code p}, comma-separated. */
    private static String point(SweepResult sweep, SweepResult.Point p) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sweep.parameters().size(); i++) {
            parts.add(sweep.parameters().get(i) + "=" + p.values().get(i));
        }
        return String.join(",", parts);
    }

    private static void print(SweepResult sweep, Percentiles percentiles, boolean wide, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %s%n", sweep.scenario(), String.join(", ", sweep.parameters()));
        List<String[]> rows = new ArrayList<>();
        for (SweepResult.Point p : sweep.points()) {
            for (VariantOutcome o : p.run().variants()) {
                rows.add(new String[] {String.join(",", p.values()), o.result().name()});
            }
        }
        List<VariantOutcome> outcomes = sweep.points().stream().flatMap(p -> p.run().variants().stream()).toList();
        TextTable t = new TextTable().column("value", false, rows.stream().map(r -> r[0]).toList())
                .column("variant", true, rows.stream().map(r -> r[1]).toList())
                .column("verdict", true, outcomes.stream().map(o -> o.result().verdict().label()).toList())
                .column("goodput/s", false, outcomes.stream().map(o -> SummaryTable.number(o.result().goodputRate())).toList())
                .column("of intents", false, outcomes.stream().map(o -> ratio(o.result())).toList());
        for (double q : percentiles.values()) {
            t.column(Percentiles.label(q) + " s", false, outcomes.stream().map(o -> SummaryTable.withHalfWidth(
                    o.result().latency().percentile(q), o.percentileHalfWidth95(q))).toList());
        }
        t.print(out, wide ? Integer.MAX_VALUE : SummaryTable.WIDTH);
    }

    private static String ratio(VariantResult r) {
        long intents = r.requests().intents();
        return intents > 0 ? String.format(Locale.ROOT, "%.1f%%", 100.0 * r.requests().goodput() / intents) : "-";
    }
}
