package dev.avalanche.cli;

import dev.avalanche.benchmarks.preflight.PreflightBench;
import dev.avalanche.models.preflight.Preflight;
import dev.avalanche.scenarios.Scenario;
import dev.avalanche.scenarios.ScenarioException;
import dev.avalanche.scenarios.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code avalanche bench preflight}: the preflight's estimate of time against what the runs take. */
@Command(name = "preflight", mixinStandardHelpOptions = true,
        description = "Simulates every variant of each scenario (one warm-up run, then --rounds measured runs, each with"
            + " the scenario's seed) and prints, for each, the events the preflight expects it to fire for its time,"
            + " the events it fires, their ratio, the events fired per CPU second of the simulating thread, and the"
            + " preflight's estimate of the run's time over the time it took. The preflight applies to the runs as"
            + " to run's (--force to go past it).",
        footer = {"", "Example (every bundled scenario, twice each; about half a minute):",
            "  ./avalanche bench preflight scenarios/*.yaml --force"})
final class BenchPreflightCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO.yaml", description = "The scenario files.")
    List<Path> files;

    @Option(names = "--rounds", paramLabel = "R", description = "Measured runs of each variant (default: ${DEFAULT-VALUE}).")
    int rounds = 1;

    @Mixin
    SimulationChecks checks;

    @Override
    public Integer call() {
        if (rounds < 1 || rounds > 100) {
            throw new IllegalArgumentException("--rounds: got " + rounds + "; allowed an integer from 1 to 100");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Every file read and checked before anything runs or prints.
        List<Scenario> scenarios = new ArrayList<>();
        for (Path f : files) {
            try {
                scenarios.add(ScenarioLoader.load(f, List.of()));
            } catch (ScenarioException e) {
                e.problems().forEach(err::println);
                return ExitCodes.BAD_INPUT;
            }
        }
        if (!checks.allow(scenarios, rounds + 1, 1, err)) {
            return ExitCodes.BAD_INPUT;
        }
        out.printf(Locale.ROOT, "likely: the events the preflight expects for the run's time; fired: the events one run fires;%n"
                + "M/s: millions fired per CPU second of the simulating thread (median of %d measured runs after 1"
                + " warm-up);%nestimate/taken: the preflight's time at %.0f million likely events a second over the time"
                + " taken%n%n", rounds, Preflight.EVENTS_PER_SECOND / 1e6);
        out.printf(Locale.ROOT, "%-30s %-28s %10s %10s %7s %6s %15s%n", "scenario", "variant", "likely", "fired",
                "ratio", "M/s", "estimate/taken");
        for (int i = 0; i < files.size(); i++) {
            Scenario s = scenarios.get(i);
            for (PreflightBench.Row r : PreflightBench.run(s.variants(), s.seed(), rounds)) {
                out.printf(Locale.ROOT, "%-30s %-28s %10.3g %10d %6.2fx %6.2f %14.1fx%n", files.get(i).getFileName(),
                        r.variant(), r.likelyEvents(), r.fired(), r.likelyOverFired(), r.firedPerCpuSecond() / 1e6,
                        r.estimateOverTaken());
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
