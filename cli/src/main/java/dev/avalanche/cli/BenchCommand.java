package dev.avalanche.cli;

import dev.avalanche.benchmarks.mmc.MmcConfig;
import dev.avalanche.benchmarks.mmc.MmcHarness;
import dev.avalanche.benchmarks.mmc.MmcImplementation;
import dev.avalanche.benchmarks.mmc.MmcReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code avalanche bench}: speed measurements of the kernel that need no JMH. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measures the simulation kernel against hand-written baselines (mmc) and the avalanche model's"
            + " cost per request (model), and the preflight's estimate of time against runs (preflight); BENCHMARKS.md has"
            + " the reference figures.",
        subcommands = {BenchCommand.Mmc.class, BenchModelCommand.class, BenchPreflightCommand.class},
        footer = {"", "Examples:", "  ./avalanche bench mmc --customers 1000000 --rounds 5",
            "  ./avalanche bench model --minutes 60 --rounds 3"})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code avalanche bench mmc}: the side-by-side M/M/c harness, printed as a table. */
    @Command(
            name = "mmc",
            mixinStandardHelpOptions = true,
            description = "Simulates the same M/M/c sample path with the engine, a hand-written primitive-array heap,"
                    + " a java.util.PriorityQueue and SSJ (its BinaryTree and SplayTree event lists), interleaved in one"
                    + " JVM, and prints each one's median customers per CPU-second of the running thread, their range,"
                    + " and the median and range of its ratio to the hand-written heap within each round. The first"
                    + " round is a warm-up and is not counted. Exits 1 if they did not all see the same sample path.",
            footer = {"", "Examples (the reference run, about 5 s; at three scales, about a minute):",
                "  ./avalanche bench mmc --customers 1000000 --rounds 5",
                "  ./avalanche bench mmc --scale --customers 2000000 --rounds 3"})
    static final class Mmc implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--customers", paramLabel = "N", description = "Customers to simulate per run (default: ${DEFAULT-VALUE}).")
        long customers = MmcConfig.REFERENCE.customers();

        @Option(names = "--rounds", paramLabel = "R", description = "Measured rounds of each implementation (default: ${DEFAULT-VALUE}).")
        int rounds = 5;

        @Option(names = "--servers", paramLabel = "C", description = "Number of servers c (default: ${DEFAULT-VALUE}).")
        int servers = MmcConfig.REFERENCE.servers();

        @Option(names = "--rate", paramLabel = "L", description = "Arrival rate, customers per second (default: ${DEFAULT-VALUE}).")
        double rate = MmcConfig.REFERENCE.arrivalsPerSecond();

        @Option(names = "--mean-service", paramLabel = "S", description = "Mean service time, seconds (default: ${DEFAULT-VALUE}).")
        double meanService = MmcConfig.REFERENCE.meanServiceSeconds();

        @Option(names = "--seed", paramLabel = "N", description = "Master seed of the random streams (default: ${DEFAULT-VALUE}).")
        long seed = MmcConfig.REFERENCE.seed();

        @Option(names = "--scale", description = "Run at c, 10c and 100c servers with 10 and 100 times the rate (the"
                + " same utilisation and customers at each step), and print each implementation's CPU ns per customer"
                + " at each step and its growth from the middle step to the top: what a heap of that many customers in"
                + " service costs as it outgrows the processor's cache, the floor under bench model --scale.")
        boolean scale;

        /** The steps of {@code --scale}: the given servers and rate times these. */
        static final int[] SCALE_STEPS = {1, 10, 100};

        @Override
        public Integer call() {
            requireWithin("--customers", customers, 1_000_000_000);
            requireWithin("--rounds", rounds, 1_000);
            requireWithin("--servers", servers, scale ? 1_000_000 / SCALE_STEPS[SCALE_STEPS.length - 1] : 1_000_000);
            requirePositive("--rate", rate);
            requirePositive("--mean-service", meanService);
            if (scale) {
                return scaled();
            }
            MmcConfig config = new MmcConfig(servers, rate, meanService, customers, seed);
            MmcReport report = MmcHarness.run(config, rounds);
            print(report, spec.commandLine().getOut());
            return report.samePath() ? ExitCodes.OK : ExitCodes.FAILURE;
        }

        private int scaled() {
            PrintWriter out = spec.commandLine().getOut();
            List<MmcReport> reports = new ArrayList<>();
            for (int k : SCALE_STEPS) {
                reports.add(MmcHarness.run(new MmcConfig(servers * k, rate * k, meanService, customers, seed), rounds));
            }
            MmcConfig c = reports.getFirst().config();
            out.printf(Locale.ROOT, "M/M/c scaled: c = %s at %s/s, mean service %s s (utilisation %.2f%%), %d customers each,"
                    + " seed %d%n", String.join(", ", reports.stream().map(r -> String.format(Locale.ROOT, "%,d", r.config().servers()))
                    .toList()), String.join(", ", reports.stream().map(r -> plain(r.config().arrivalsPerSecond())).toList()),
                    plain(c.meanServiceSeconds()), 100 * c.utilisation(), c.customers(), c.seed());
            out.printf(Locale.ROOT, "%d measured rounds after 1 warm-up at each step; CPU ns per customer of the running thread"
                    + " (median over the rounds);%ngrowth: the top step's cost per customer over the middle step's%n%n", rounds);
            out.printf(Locale.ROOT, "%-30s", "implementation");
            for (MmcReport r : reports) {
                out.printf(Locale.ROOT, " %10s", String.format(Locale.ROOT, "c=%,d", r.config().servers()));
            }
            out.printf(Locale.ROOT, " %8s%n", "growth");
            for (MmcImplementation impl : MmcImplementation.values()) {
                out.printf(Locale.ROOT, "%-30s", impl.label());
                double[] ns = reports.stream().mapToDouble(r -> 1e9 / r.row(impl).medianCustomersPerCpuSecond()).toArray();
                for (double v : ns) {
                    out.printf(Locale.ROOT, " %10.1f", v);
                }
                out.printf(Locale.ROOT, " %7.2fx%n", ns[ns.length - 1] / ns[ns.length - 2]);
            }
            boolean same = reports.stream().allMatch(MmcReport::samePath);
            out.printf(Locale.ROOT, "%nsame sample path in all, at every step: %s%n", same ? "yes" : "NO");
            out.flush();
            return same ? ExitCodes.OK : ExitCodes.FAILURE;
        }

        private static void print(MmcReport report, PrintWriter out) {
            MmcConfig c = report.config();
            out.printf(Locale.ROOT, "M/M/%d at %s/s, mean service %s s (utilisation %.2f%%), %d customers, seed %d%n",
                    c.servers(), plain(c.arrivalsPerSecond()), plain(c.meanServiceSeconds()), 100 * c.utilisation(),
                    c.customers(), c.seed());
            out.printf(Locale.ROOT, "%d measured rounds after 1 warm-up, interleaved; customers per CPU-second of the running thread;%n"
                    + "ratio: to the hand-written heap in the same round, median and range over the rounds%n%n",
                    report.rounds());
            out.printf(Locale.ROOT, "%-30s %12s %25s %8s %11s%n", "implementation", "median", "range", "ratio", "its range");
            for (MmcReport.Row row : report.rows()) {
                var speed = row.customersPerCpuSecond().stream().mapToDouble(Double::doubleValue).summaryStatistics();
                var ratio = row.ratiosToHandWritten().stream().mapToDouble(Double::doubleValue).summaryStatistics();
                out.printf(Locale.ROOT, "%-30s %,12.0f %,12.0f-%,12.0f %8.2f %5.2f-%5.2f%n", row.implementation().label(),
                        row.medianCustomersPerCpuSecond(), speed.getMin(), speed.getMax(), row.ratioToHandWritten(),
                        ratio.getMin(), ratio.getMax());
            }
            var outcome = report.row(MmcImplementation.HAND_WRITTEN).outcome();
            out.printf(Locale.ROOT, "%nsame sample path in all: %s (mean wait %.6f s, %d of %d customers waited)%n",
                    report.samePath() ? "yes" : "NO", outcome.meanWaitSeconds(), outcome.waited(), outcome.customers());
            out.flush();
        }

        /** A number as typed: 300 rather than 300.0, 0.5 as 0.5. */
        private static String plain(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }

        /** Within bounds that keep a run to minutes and its arrays in the heap. */
        private static void requireWithin(String option, long value, long most) {
            if (value < 1 || value > most) {
                throw new IllegalArgumentException(option + ": got " + value + "; allowed an integer from 1 to " + most);
            }
        }

        private static void requirePositive(String option, double value) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(option + ": got " + value + "; allowed a finite number > 0");
            }
        }
    }
}
