package dev.avalanche.cli;

import dev.avalanche.benchmarks.model.ModelBench;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code avalanche bench model}: the avalanche model's cost per simulated request, 640 vs 64,000 workers. */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Simulates the story's avalanche (300 intents/s, a threefold third-party slowdown, refreshing users) for"
            + " --minutes with 640 workers and with 64,000, interleaved after one warm-up round, and prints the median"
            + " CPU seconds of the simulating thread, the CPU microseconds per request sent, and their ratio.",
        footer = {"", "Example (the reference run, about half a minute):", "  ./avalanche bench model --minutes 60 --rounds 3"})
final class BenchModelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--minutes", paramLabel = "M", description = "Simulated minutes (default: ${DEFAULT-VALUE}).")
    int minutes = 60;

    @Option(names = "--rounds", paramLabel = "R", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Override
    public Integer call() {
        List<ModelBench.Row> rows = ModelBench.run(minutes, rounds, seed);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "story avalanche, %d simulated minutes, seed %d, %d measured rounds after 1 warm-up%n%n",
                minutes, seed, rounds);
        out.printf(Locale.ROOT, "%-16s %12s %14s %14s %8s%n", "pool", "requests", "median CPU s", "CPU us/request", "ratio");
        double base = rows.getFirst().microsPerRequest();
        for (ModelBench.Row r : rows) {
            out.printf(Locale.ROOT, "%-16s %12d %14.2f %14.2f %8.2f%n", r.label(), r.sentPerRun(), r.medianCpuSeconds(),
                    r.microsPerRequest(), r.microsPerRequest() / base);
        }
        return ExitCodes.OK;
    }
}
