package dev.avalanche.cli;

import dev.avalanche.benchmarks.model.ModelBench;
import dev.avalanche.benchmarks.model.ScaleBench;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code avalanche bench model}: the avalanche model's cost per simulated request, 640 vs 64,000 workers, or scaled. */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Simulates the story's avalanche (300 intents/s, a threefold third-party slowdown, refreshing users) for"
            + " --minutes with 640 workers and with 64,000, interleaved after one warm-up round, and prints the median"
            + " CPU seconds of the simulating thread, the CPU microseconds per request sent, and their ratio. With --scale,"
            + " the story's shape at 300 intents/s on 2 servers, 3,000 on 20 and 30,000 on 200 (no slowdown within 5"
            + " minutes), and the CPU per request of the thread and of the whole process at each step, with the marginal"
            + " cost from one step to the next.",
        footer = {"", "Examples (the reference runs: about half a minute; a few minutes, 70 CPU-s):",
            "  ./avalanche bench model --minutes 60 --rounds 3", "  ./avalanche bench model --scale --rounds 3"})
final class BenchModelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--minutes", paramLabel = "M", description = "Simulated minutes (default: 60; 5 with --scale).")
    Integer minutes;

    @Option(names = "--rounds", paramLabel = "R", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--scale", description = "The story's shape at 2, 20 and 200 servers, 150 intents/s per server.")
    boolean scale;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (scale) {
            int m = minutes == null ? 5 : minutes;
            printScale(ScaleBench.run(m, rounds, seed), m, out);
            return ExitCodes.OK;
        }
        int m = minutes == null ? 60 : minutes;
        List<ModelBench.Row> rows = ModelBench.run(m, rounds, seed);
        out.printf(Locale.ROOT, "story avalanche, %d simulated minutes, seed %d, %d measured rounds after 1 warm-up%n%n",
                m, seed, rounds);
        out.printf(Locale.ROOT, "%-16s %12s %14s %14s %8s%n", "pool", "requests", "median CPU s", "CPU us/request", "ratio");
        double base = rows.getFirst().microsPerRequest();
        for (ModelBench.Row r : rows) {
            out.printf(Locale.ROOT, "%-16s %12d %14.2f %14.2f %8.2f%n", r.label(), r.sentPerRun(), r.medianCpuSeconds(),
                    r.microsPerRequest(), r.microsPerRequest() / base);
        }
        return ExitCodes.OK;
    }

    private void printScale(List<ScaleBench.Step> steps, int minutes, PrintWriter out) {
        out.printf(Locale.ROOT, "story's shape scaled, %d simulated minutes each, seed %d, %d measured rounds after 1 warm-up%n",
                minutes, seed, rounds);
        out.printf(Locale.ROOT, "CPU us per request sent: median over the rounds (range); thread: the simulating thread;"
                + " process: the whole JVM, GC and JIT included;%nmarginal: the step's extra process CPU over the step"
                + " before's, per extra request%n%n");
        out.printf(Locale.ROOT, "%-22s %10s %22s %22s %9s%n", "step", "requests", "thread us/request", "process us/request",
                "marginal");
        ScaleBench.Step previous = null;
        double firstMarginal = Double.NaN;
        for (ScaleBench.Step s : steps) {
            String marginal = "";
            if (previous != null) {
                double m = (ModelBench.median(s.processCpuSeconds()) - ModelBench.median(previous.processCpuSeconds()))
                        * 1e6 / (s.requests() - previous.requests());
                marginal = String.format(Locale.ROOT, "%.2f", m);
                if (Double.isNaN(firstMarginal)) {
                    firstMarginal = m;
                } else {
                    marginal += String.format(Locale.ROOT, " (%.2fx)", m / firstMarginal);
                }
            }
            out.printf(Locale.ROOT, "%-22s %,10d %22s %22s %9s%n",
                    String.format(Locale.ROOT, "%,.0f/s, %d servers", s.rate(), s.servers()), s.requests(),
                    perRequest(s.threadCpuSeconds(), s.requests()), perRequest(s.processCpuSeconds(), s.requests()), marginal);
            previous = s;
        }
        ScaleBench.Step first = steps.getFirst();
        ScaleBench.Step last = steps.getLast();
        out.printf(Locale.ROOT, "%nupper step against lower, per request: thread %.2fx, process %.2fx%n",
                last.threadMicrosPerRequest() / first.threadMicrosPerRequest(),
                last.processMicrosPerRequest() / first.processMicrosPerRequest());
        out.flush();
    }

    private static String perRequest(double[] seconds, long requests) {
        double[] us = Arrays.stream(seconds).map(x -> x * 1e6 / requests).sorted().toArray();
        return String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", ModelBench.median(us), us[0], us[us.length - 1]);
    }
}
