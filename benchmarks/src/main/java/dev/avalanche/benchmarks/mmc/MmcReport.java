package dev.avalanche.benchmarks.mmc;

import java.util.List;

/**
 * The result of {@link MmcHarness#run}: one row per implementation, in {@link MmcImplementation}
 * order, and whether they all simulated the same sample path.
 *
 * @param config the experiment
 * @param rounds measured rounds per implementation (the warm-up round excluded)
 * @param rows one per implementation
 * @param samePath true when every implementation, in every round, produced the same {@link MmcOutcome}
 */
public record MmcReport(MmcConfig config, int rounds, List<Row> rows, boolean samePath) {

    public MmcReport {
        rows = List.copyOf(rows);
    }

    /** The row of {@code implementation}. */
    public Row row(MmcImplementation implementation) {
        return rows.stream().filter(r -> r.implementation() == implementation).findFirst().orElseThrow();
    }

    /**
     * Figures of one implementation.
     *
     * @param implementation which one
     * @param customersPerCpuSecond throughput of each measured round, in customers per CPU-second of the running thread
     * @param medianCustomersPerCpuSecond median of those rounds
     * @param ratiosToHandWritten per measured round, this implementation's throughput divided by the
     *     hand-written baseline's in the same round (all 1.0 for the baseline)
     * @param ratioToHandWritten the median of those ratios
     * @param outcome what the implementation observed (identical across its rounds)
     */
    public record Row(MmcImplementation implementation, List<Double> customersPerCpuSecond,
            double medianCustomersPerCpuSecond, List<Double> ratiosToHandWritten, double ratioToHandWritten,
            MmcOutcome outcome) {

        public Row {
            customersPerCpuSecond = List.copyOf(customersPerCpuSecond);
            ratiosToHandWritten = List.copyOf(ratiosToHandWritten);
        }
    }
}
