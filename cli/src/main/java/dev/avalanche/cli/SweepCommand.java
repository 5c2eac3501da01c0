package dev.avalanche.cli;

import dev.avalanche.charts.ChartOptions;
import dev.avalanche.charts.Charts;
import dev.avalanche.charts.Sweep;
import dev.avalanche.engine.replication.Replications;
import dev.avalanche.models.result.Percentiles;
import dev.avalanche.models.result.SweepResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.threshold.Threshold;
import dev.avalanche.scenarios.Scenario;
import dev.avalanche.scenarios.ScenarioException;
import dev.avalanche.scenarios.Sweeps;
import dev.avalanche.scenarios.output.SweepCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code avalanche sweep}: the scenario once per value of a parameter, and the capacity table. */
@Command(name = "sweep", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
    "0:success", "1:a failure during the run", "2:bad input or usage", "3:a --fail-on threshold was crossed at some value"},
        description = "Run a scenario once per value of one parameter (in parallel across cores; results do not depend "
                + "on the core count) and write sweep.csv: goodput and latency against the parameter, per variant.",
        footer = {"", "Examples:",
            "  ./avalanche sweep scenarios/story-capacity-limit.yaml --param users.arrivals.rate --from 240 --to 360 --step 20",
            "  ./avalanche sweep scenarios/story-avalanche.yaml --param servers.backlog --values 100,1024,4096"})
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    ResultOptions results;

    @Option(names = "--param", required = true, paramLabel = "PATH", description = "The field to sweep, e.g. users.arrivals.rate.")
    String parameter;

    @ArgGroup(exclusive = true, multiplicity = "1")
    ValuesOrRange values;

    static final class ValuesOrRange {
        @Option(names = "--values", split = ",", paramLabel = "A,B,C", description = "The values, as they would be written in the YAML.")
        List<String> list;

        @ArgGroup(exclusive = false)
        Range range;
    }

    static final class Range {
        @Option(names = "--from", required = true, paramLabel = "X")
        double from;

        @Option(names = "--to", required = true, paramLabel = "Y")
        double to;

        @Option(names = "--step", required = true, paramLabel = "S")
        double step;
    }

    @Override
    public Integer call() throws IOException {
        scenario.validate();
        Percentiles percentiles = results.percentiles();
        List<Threshold> thresholds = results.thresholds();
        if (!thresholds.isEmpty()) {
            Optional<Scenario> loaded = scenario.load(spec.commandLine().getErr());
            if (loaded.isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            ResultOptions.requireVariants(thresholds, loaded.get().variants().stream().map(v -> v.name()).toList());
        }
        List<String> list = values.list != null ? values.list : Sweeps.range(values.range.from, values.range.to, values.range.step);
        SweepResult sweep;
        Progress progress = new Progress(spec.commandLine().getErr(), scenario.quiet, list.size() * scenario.replications);
        try {
            sweep = Sweeps.run(scenario.scenarioFile, scenario.sets, parameter, list, scenario.seed, scenario.replications,
                    Replications.defaultParallelism(), progress);
        } catch (ScenarioException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(p));
            return ExitCodes.BAD_INPUT;
        }
        progress.done();
        Path dir = scenario.outOr(sweep.scenario() + "-sweep");
        Files.createDirectories(dir);
        Path csv = SweepCsv.write(sweep, percentiles, dir);
        List<Path> charts = Charts.writeSweep(Sweep.of(sweep), ChartOptions.defaults().withPercentiles(percentiles), dir);
        ThresholdReport judged = new ThresholdReport(thresholds);
        for (SweepResult.Point p : sweep.points()) {
            judged.judge(p.run(), " at " + sweep.parameter() + "=" + p.value());
        }
        if (!scenario.quiet) {
            print(sweep, percentiles, results.wide, spec.commandLine().getOut());
            spec.commandLine().getOut().println("Wrote " + csv + " and " + charts.size() + " chart files in " + dir);
        }
        judged.print(spec.commandLine().getOut(), spec.commandLine().getErr(), scenario.quiet);
        return judged.exitCode();
    }

    private static void print(SweepResult sweep, Percentiles percentiles, boolean wide, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %s%n", sweep.scenario(), sweep.parameter());
        List<String[]> rows = new ArrayList<>();
        for (SweepResult.Point p : sweep.points()) {
            for (VariantOutcome o : p.run().variants()) {
                rows.add(new String[] {p.value(), o.result().name()});
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
