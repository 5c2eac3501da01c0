package dev.avalanche.benchmarks.mmc;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the M/M/c implementations side by side in one JVM and one thread, interleaved, and
 * compares their speed in customers per CPU-second of the running thread.
 *
 * <p>Why this shape: on a shared machine wall-clock time measures the neighbours as much as the
 * code, and two measurements taken minutes apart do not compare. Thread CPU time excludes time the
 * thread was descheduled; interleaving (each round runs all of them, starting with a different one)
 * exposes them to the same JIT state, heap and noise; medians discard the odd disturbed round. The
 * first round of each is a warm-up and is not counted. GC work done by other threads is not in the
 * figure (it matters only for the PriorityQueue, which allocates per event).
 *
 * <p>Stateless; each call runs on the caller's thread.
 */
public final class MmcHarness {

    private MmcHarness() {
    }

    /**
     * Runs one warm-up round and {@code rounds} measured rounds of every implementation.
     *
     * @throws IllegalArgumentException when {@code rounds < 1}
     * @throws UnsupportedOperationException when this JVM cannot measure thread CPU time
     */
    public static MmcReport run(MmcConfig config, int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be >= 1 but was " + rounds);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        if (!cpu.isCurrentThreadCpuTimeSupported()) {
            throw new UnsupportedOperationException("this JVM cannot measure the CPU time of the current thread");
        }
        cpu.setThreadCpuTimeEnabled(true);
        MmcImplementation[] all = MmcImplementation.values();
        Map<MmcImplementation, List<Double>> speeds = new EnumMap<>(MmcImplementation.class);
        Map<MmcImplementation, MmcOutcome> outcomes = new EnumMap<>(MmcImplementation.class);
        boolean samePath = true;
        MmcOutcome reference = null;
        for (int round = 0; round <= rounds; round++) {
            for (int k = 0; k < all.length; k++) {
                // Rotate the starting implementation so none always runs first (or last) in a round.
                MmcImplementation impl = all[(round + k) % all.length];
                long start = cpu.getCurrentThreadCpuTime();
                MmcOutcome outcome = impl.simulate(config);
                long cpuNanos = Math.max(1, cpu.getCurrentThreadCpuTime() - start);
                if (reference == null) {
                    reference = outcome;
                }
                samePath &= outcome.equals(reference);
                outcomes.putIfAbsent(impl, outcome);
                if (round > 0) {
                    speeds.computeIfAbsent(impl, i -> new ArrayList<>()).add(outcome.customers() * 1e9 / cpuNanos);
                }
            }
        }
        List<Double> baseline = speeds.get(MmcImplementation.HAND_WRITTEN);
        List<MmcReport.Row> rows = new ArrayList<>();
        for (MmcImplementation impl : all) {
            List<Double> own = speeds.get(impl);
            // Paired within each round: both ran moments apart, under the same neighbours.
            List<Double> ratios = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                ratios.add(own.get(r) / baseline.get(r));
            }
            rows.add(new MmcReport.Row(impl, own, median(own), ratios, median(ratios), outcomes.get(impl)));
        }
        return new MmcReport(config, rounds, rows, samePath);
    }

    /** The median; the mean of the two middle values for an even count. */
    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
