package dev.avalanche.benchmarks.mmc;

import java.util.Locale;

/**
 * One M/M/c run of one implementation as a whole process, JVM start included: the figure a whole
 * {@code avalanche run benchmarks/scenarios/mm640.yaml} is compared with. Arguments: the
 * implementation ({@code HAND_WRITTEN}, the default, {@code ENGINE} or {@code PRIORITY_QUEUE}) and
 * the number of customers (default: the reference million). Prints the run's outcome on one line.
 */
public final class MmcProcess {

    private MmcProcess() {
    }

    public static void main(String[] args) {
        MmcImplementation implementation = args.length > 0 ? MmcImplementation.valueOf(args[0]) : MmcImplementation.HAND_WRITTEN;
        MmcConfig config = args.length > 1 ? MmcConfig.REFERENCE.withCustomers(Long.parseLong(args[1])) : MmcConfig.REFERENCE;
        MmcOutcome o = implementation.simulate(config);
        System.out.printf(Locale.ROOT, "%s: M/M/%d, %d customers, %d waited, mean wait %.6f s, ended at %.1f s%n",
                implementation.label(), config.servers(), o.customers(), o.waited(), o.meanWaitSeconds(), o.endNanos() / 1e9);
    }
}
