package dev.avalanche.benchmarks.model;

import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.sim.AvalancheRun;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times the story hour with 640 and with 64,000 workers, interleaved, after one unmeasured warm-up
 * round, in CPU seconds of the running thread (garbage collection runs on other threads and is
 * not counted; {@code /usr/bin/time} on the whole command counts it).
 */
public final class ModelBench {

    /** One configuration's measurements. */
    public record Row(String label, long workers, long sentPerRun, double[] cpuSeconds) {
        public double medianCpuSeconds() {
            return median(cpuSeconds);
        }

        /** Median CPU microseconds per request sent. */
        public double microsPerRequest() {
            return medianCpuSeconds() * 1e6 / sentPerRun;
        }
    }

    private ModelBench() {
    }

    /** The median; the mean of the two middle values for an even count. */
    public static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /**
     * Runs {@code rounds} measured rounds (plus one warm-up) of each pool size.
     *
     * @throws IllegalArgumentException when {@code minutes < 20} (the slowdown ends at 16 minutes) or {@code rounds < 1}
     */
    public static List<Row> run(int minutes, int rounds, long seed) {
        if (minutes < 20) {
            throw new IllegalArgumentException("--minutes: got " + minutes + "; allowed >= 20 (the slowdown lasts until minute 16)");
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds: got " + rounds + "; allowed >= 1");
        }
        int[] perProcess = {40, 4000};
        double[][] cpu = new double[perProcess.length][rounds];
        long[] sent = new long[perProcess.length];
        ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
        for (int round = -1; round < rounds; round++) {
            for (int i = 0; i < perProcess.length; i++) {
                long c0 = tmx.getCurrentThreadCpuTime();
                VariantResult r = new AvalancheRun(StoryHour.config(minutes, perProcess[i]), new RandomStreams(seed)).run("bench");
                double seconds = (tmx.getCurrentThreadCpuTime() - c0) / 1e9;
                if (round >= 0) {
                    cpu[i][round] = seconds;
                    sent[i] = r.requests().sent();
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < perProcess.length; i++) {
            rows.add(new Row(perProcess[i] * 16L + " workers", perProcess[i] * 16L, sent[i], cpu[i]));
        }
        return rows;
    }
}
