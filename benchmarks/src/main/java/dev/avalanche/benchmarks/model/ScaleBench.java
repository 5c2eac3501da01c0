package dev.avalanche.benchmarks.model;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.sim.AvalancheRun;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The story's shape scaled tenfold twice (300 intents/s on 2 servers, 3,000 on 20, 30,000 on 200;
 * 640, 6,400 and 64,000 threads), to show whether the cost of a request grows with the size of the
 * model: whatever grows with the number of servers or of pending events counts.
 *
 * <p>Each round runs the three steps in turn, starting with a different one each round, after one
 * unmeasured warm-up round of the two smaller steps; a collection runs before each measured run, so
 * that no run pays for the garbage of the one before it. Two clocks: the CPU time of the simulating
 * thread, and the CPU time of the whole process (garbage collection and the JIT included). The
 * warm-up period is zero, so every request sent is counted.
 *
 * <p>Stateless; each call runs on the caller's thread.
 */
public final class ScaleBench {

    /** The steps: servers and intents per second, in proportion. */
    static final int[] SERVERS = {2, 20, 200};
    static final double RATE_PER_SERVER = 150;

    /**
     * One step's measurements, one entry per measured round.
     *
     * @param requests requests sent in one run (the same in every round: same seed)
     */
    public record Step(int servers, double rate, long workers, long requests, double[] threadCpuSeconds,
            double[] processCpuSeconds) {

        /** Median thread CPU microseconds per request. */
        public double threadMicrosPerRequest() {
            return median(threadCpuSeconds) * 1e6 / requests;
        }

        /** Median process CPU microseconds per request. */
        public double processMicrosPerRequest() {
            return median(processCpuSeconds) * 1e6 / requests;
        }
    }

    private ScaleBench() {
    }

    /**
     * Runs one warm-up round and {@code rounds} measured rounds of every step.
     *
     * @throws IllegalArgumentException when {@code minutes < 1} or {@code rounds < 1}
     */
    public static List<Step> run(int minutes, int rounds, long seed) {
        if (minutes < 1) {
            throw new IllegalArgumentException("--minutes: got " + minutes + "; allowed >= 1");
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds: got " + rounds + "; allowed >= 1");
        }
        int n = SERVERS.length;
        double[][] thread = new double[n][rounds];
        double[][] process = new double[n][rounds];
        long[] sent = new long[n];
        ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < n - 1; i++) {
            simulate(i, minutes, seed);
        }
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < n; k++) {
                int i = (round + k) % n;
                System.gc();
                long t0 = tmx.getCurrentThreadCpuTime();
                long p0 = os.getProcessCpuTime();
                VariantResult r = simulate(i, minutes, seed);
                thread[i][round] = (tmx.getCurrentThreadCpuTime() - t0) / 1e9;
                process[i][round] = (os.getProcessCpuTime() - p0) / 1e9;
                sent[i] = r.requests().sent();
            }
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            steps.add(new Step(SERVERS[i], SERVERS[i] * RATE_PER_SERVER, SERVERS[i] * 8L * 40, sent[i], thread[i], process[i]));
        }
        return steps;
    }

    private static VariantResult simulate(int step, int minutes, long seed) {
        return new AvalancheRun(StoryHour.config(minutes, 40, SERVERS[step], SERVERS[step] * RATE_PER_SERVER, SimDuration.ZERO),
                new RandomStreams(seed)).run("scale");
    }

    /** The median of {@code values} (the mean of the middle two when their count is even). */
    public static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
