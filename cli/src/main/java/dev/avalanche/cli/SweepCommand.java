package dev.avalanche.cli;

import dev.avalanche.charts.ChartOptions;
import dev.avalanche.charts.Charts;
import dev.avalanche.charts.Sweep;
import dev.avalanche.engine.replication.Replications;
import dev.avalanche.models.result.SweepResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.scenarios.Preflights;
import dev.avalanche.scenarios.Problem;
import dev.avalanche.scenarios.Scenario;
import dev.avalanche.scenarios.ScenarioException;
import dev.avalanche.scenarios.Sweeps;
import dev.avalanche.scenarios.output.SweepCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code avalanche sweep}: the scenario once per value of a parameter, and the capacity table. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a scenario once per value of one parameter (in parallel across cores; results do not depend "
                + "on the core count) and write sweep.csv: goodput and latency against the parameter, per variant.",
        footer = {"", "Examples:",
            "  ./avalanche sweep scenarios/story-capacity-limit.yaml \\",
            "      --param users.arrivals.rate --from 240 --to 360 --step 20",
            "  ./avalanche sweep scenarios/story-avalanche.yaml \\",
            "      --param servers.backlog --values 100,1024,4096"})
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--param", required = true, paramLabel = "PATH", description = "The field to sweep, e.g. users.arrivals.rate.")
    String parameter;

    @ArgGroup(exclusive = true, multiplicity = "1")
    ValuesOrRange values;

    static final class ValuesOrRange {
        @Option(names = "--values", split = ",", paramLabel = "A,B,C",
                description = "The values, as they would be written in the YAML (at most 1000).")
        List<String> list;

        @ArgGroup(exclusive = false)
        Range range;
    }

    static final class Range {
        @Option(names = "--from", required = true, paramLabel = "X",
                description = "The first value of a numeric range (with --to and --step instead of --values).")
        double from;

        @Option(names = "--to", required = true, paramLabel = "Y",
                description = "The last value of the range, included when it falls on a step.")
        double to;

        @Option(names = "--step", required = true, paramLabel = "S",
                description = "The distance between values (> 0; at most 1000 values in all).")
        double step;
    }

    @Mixin
    SimulationChecks checks;

    @Override
    public Integer call() throws IOException {
        CommandLine cmd = spec.commandLine();
        scenario.validate(cmd);
        List<String> list;
        try {
            list = values.list != null ? values.list : Sweeps.range(values.range.from, values.range.to, values.range.step);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
        if (list.size() > Sweeps.MAX_VALUES) {
            throw new CommandLine.ParameterException(cmd, "--values: got " + list.size() + " values; allowed at most "
                    + Sweeps.MAX_VALUES);
        }
        List<Scenario> scenarios;
        try {
            scenarios = Sweeps.load(scenario.scenarioFile, scenario.sets, parameter, list);
        } catch (ScenarioException e) {
            e.problems().forEach(p -> cmd.getErr().println(p));
            return ExitCodes.BAD_INPUT;
        }
        Path dir = ScenarioOptions.writableFolder(cmd, scenario.outOr(scenarios.getFirst().name() + "-sweep"));
        int parallelism = Replications.defaultParallelism();
        if (!checks.allow(scenarios, scenario.replications, parallelism, cmd.getErr())) {
            return ExitCodes.BAD_INPUT;
        }
        Progress progress = new Progress(cmd.getErr(), scenario.quiet, list.size() * scenario.replications);
        SweepResult sweep = Sweeps.run(scenarios, parameter, list, scenario.seed, scenario.replications, parallelism,
                progress);
        progress.done();
        for (int i = 0; i < scenarios.size(); i++) {
            List<Problem> meaningless = Preflights.afterRun(scenarios.get(i), sweep.points().get(i).run());
            if (!meaningless.isEmpty()) {
                meaningless.forEach(cmd.getErr()::println);
                return ExitCodes.BAD_INPUT;
            }
        }
        StopNotice.say("avalanche sweep: stopped before the end; " + dir + " has no sweep.csv: its charts are incomplete");
        // sweep.csv last, an older one removed first: its presence means the charts beside it are this sweep's.
        java.nio.file.Files.deleteIfExists(dir.resolve("sweep.csv"));
        List<Path> charts = Charts.writeSweep(Sweep.of(sweep), ChartOptions.defaults(), dir);
        Path csv = SweepCsv.write(sweep, dir);
        if (!scenario.quiet) {
            print(sweep, cmd.getOut());
            cmd.getOut().println("Wrote " + csv + " and " + charts.size() + " chart files in " + dir);
        }
        return ExitCodes.OK;
    }

    private static void print(SweepResult sweep, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %s%n", sweep.scenario(), sweep.parameter());
        out.printf(Locale.ROOT, "%12s %-20s %-10s %10s %15s %8s %8s%n", "value", "variant", "verdict", "goodput/s",
                "goodput/intents", "p50 s", "p99 s");
        for (SweepResult.Point p : sweep.points()) {
            for (VariantOutcome o : p.run().variants()) {
                VariantResult r = o.result();
                long intents = r.requests().intents();
                out.printf(Locale.ROOT, "%12s %-20s %-10s %10.1f %14.1f%% %8.2f %8.2f%n", p.value(), r.name(), r.verdict().label(),
                        r.goodputRate(), intents > 0 ? 100.0 * r.requests().goodput() / intents : 0, r.latency().p50(),
                        r.latency().p99());
            }
        }
    }
}
