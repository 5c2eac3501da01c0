package dev.avalanche.benchmarks.preflight;

import dev.avalanche.benchmarks.model.ModelBench;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.Variant;
import dev.avalanche.models.preflight.Estimate;
import dev.avalanche.models.preflight.Preflight;
import dev.avalanche.models.sim.AvalancheRun;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * The preflight's clock against runs: for each variant, the events the preflight expects it to
 * fire for its time ({@link Estimate#likelyEvents}), the events it fires, and how many it fires per
 * CPU second of the simulating thread. Together they say how long the preflight's estimate at
 * {@link Preflight#EVENTS_PER_SECOND} is against the time runs take.
 *
 * <p>Stateless; each call runs on the caller's thread.
 */
public final class PreflightBench {

    /**
     * One variant's figures.
     *
     * @param likelyEvents what the preflight expects the run to fire for its time
     * @param fired what one run fires (the same in every round: same seed)
     * @param threadCpuSeconds the simulating thread's CPU of each measured round
     */
    public record Row(String variant, double likelyEvents, long fired, double[] threadCpuSeconds) {

        /** How many times the events fired the likely count is. */
        public double likelyOverFired() {
            return likelyEvents / fired;
        }

        /** Events fired per CPU second of the thread, median over the rounds. */
        public double firedPerCpuSecond() {
            return fired / ModelBench.median(threadCpuSeconds);
        }

        /** The preflight's estimate of the run's time over the median time it took. */
        public double estimateOverTaken() {
            return likelyEvents / Preflight.EVENTS_PER_SECOND / ModelBench.median(threadCpuSeconds);
        }
    }

    private PreflightBench() {
    }

    /**
     * Runs each variant once unmeasured and {@code rounds} times measured, with {@code seed}.
     *
     * @throws IllegalArgumentException when {@code rounds < 1}
     */
    public static List<Row> run(List<Variant> variants, long seed, int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds: got " + rounds + "; allowed >= 1");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Row> rows = new ArrayList<>();
        for (Variant v : variants) {
            double[] cpu = new double[rounds];
            long fired = 0;
            for (int k = -1; k < rounds; k++) {
                long before = threads.getCurrentThreadCpuTime();
                AvalancheRun run = new AvalancheRun(v.config(), new RandomStreams(seed));
                run.run(v.name());
                if (k >= 0) {
                    cpu[k] = (threads.getCurrentThreadCpuTime() - before) / 1e9;
                }
                fired = run.eventsFired();
            }
            rows.add(new Row(v.name(), Estimate.of(v.config()).likelyEvents(), fired, cpu));
        }
        return rows;
    }
}
