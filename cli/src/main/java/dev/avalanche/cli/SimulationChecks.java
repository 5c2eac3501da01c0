package dev.avalanche.cli;

import dev.avalanche.models.preflight.Limits;
import dev.avalanche.scenarios.Preflights;
import dev.avalanche.scenarios.Problem;
import dev.avalanche.scenarios.Scenario;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The preflight of every command that simulates (a picocli mixin): {@code --force} and the check
 * itself, against the heap this JVM may use.
 */
final class SimulationChecks {

    @Option(names = "--force", description = "Simulate even when the preflight finds the run large (more than about"
            + " 30 s of simulation, 200000 time-series rows per run, or half the heap). Runs it finds impossible"
            + " (beyond the heap or 1e11 events) are refused anyway.")
    boolean force;

    /**
     * Whether {@code scenarios} (one, or a sweep's values) may be simulated: otherwise their
     * problems are printed to {@code err}, one located line each.
     */
    boolean allow(List<Scenario> scenarios, int replications, int parallelism, PrintWriter err) {
        List<Problem> problems = Preflights.beforeRun(scenarios, replications, parallelism,
                Limits.forMachine(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors()), force);
        problems.forEach(err::println);
        return problems.isEmpty();
    }
}
