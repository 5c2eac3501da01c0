package dev.avalanche.cli;

import dev.avalanche.models.analytic.LittlesLaw;
import dev.avalanche.models.analytic.MMc;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code avalanche capacity}: quick answers from Little's law and Erlang C, no simulation. */
@Command(name = "capacity", mixinStandardHelpOptions = true,
        description = "Little's law and Erlang C (M/M/c): the busy workers to expect, the workers needed for a target "
                + "P(wait) or p99 wait, and what a given pool holds.",
        footer = {"", "Example:", "  ./avalanche capacity --rate 300 --latency 2s --workers 640"})
final class CapacityCommand implements Callable<Integer> {

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--rate", required = true, paramLabel = "PER_SECOND", description = "Arrival rate, requests per second.")
    double rate;

    @Option(names = "--latency", required = true, paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Mean time a request holds a worker, e.g. 2s or 650ms.")
    double latency;

    @Option(names = "--workers", paramLabel = "N", description = "A pool size to evaluate (at most 10000000).")
    Integer workers;

    @Option(names = "--target-wait-probability", paramLabel = "P", defaultValue = "0.05",
            description = "Size the pool so that at most this fraction of requests wait for a worker (default ${DEFAULT-VALUE}).")
    double targetWait;

    @Option(names = "--target-p99-wait", paramLabel = "DURATION", defaultValue = "100ms", converter = DurationConverter.class,
            description = "Size the pool so that the 99th percentile of the wait is at most this (default 100ms).")
    double targetP99;

    /** The sizing evaluates Erlang C for every pool size up to the answer: ten million takes a few seconds. */
    static final double MOST_WORKERS = 10_000_000;

    @Override
    public Integer call() {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw usage("--rate: got " + rate + "; allowed a finite number > 0 (requests per second)");
        }
        if (!(latency > 0)) {
            throw usage("--latency: got " + latency + " s; allowed a duration > 0");
        }
        if (!(rate * latency <= MOST_WORKERS)) {
            throw usage(String.format(Locale.ROOT, "--rate x --latency: got %.4g workers busy on average; allowed at most"
                    + " %.0f", rate * latency, MOST_WORKERS));
        }
        if (workers != null && (workers < 1 || workers > MOST_WORKERS)) {
            throw usage("--workers: got " + workers + "; allowed an integer from 1 to " + (long) MOST_WORKERS);
        }
        if (!(targetWait > 0 && targetWait < 1)) {
            throw usage("--target-wait-probability: got " + targetWait + "; allowed a probability in (0, 1)");
        }
        PrintWriter out = spec.commandLine().getOut();
        double mu = 1 / latency;
        double busy = LittlesLaw.meanNumber(rate, latency);
        out.printf(Locale.ROOT, "Little's law: %.4g/s x %.4g s = %.1f workers busy on average%n", rate, latency, busy);
        out.printf(Locale.ROOT, "Workers needed (Erlang C, M/M/c): P(wait) <= %.3g: %d; p99 wait <= %.4g s: %d%n", targetWait,
                MMc.minimumServersForWaitProbability(rate, mu, targetWait), targetP99,
                MMc.minimumServersForWaitQuantile(rate, mu, 0.99, targetP99));
        if (workers != null) {
            if (workers <= busy) {
                out.printf(Locale.ROOT, "%d workers cannot hold %.1f busy: the queue grows without bound (utilisation %.1f%%)%n",
                        workers, busy, 100 * busy / workers);
            } else {
                MMc q = new MMc(rate, mu, workers);
                out.printf(Locale.ROOT, "With %d workers: utilisation %.1f%%, P(wait) %.4g, mean wait %.4g s, p99 wait %.4g s%n",
                        workers, 100 * q.utilisation(), q.probabilityOfWait(), q.meanWait(), q.waitQuantile(0.99));
            }
        }
        return ExitCodes.OK;
    }
}
