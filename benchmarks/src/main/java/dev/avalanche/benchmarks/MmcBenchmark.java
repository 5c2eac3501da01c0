package dev.avalanche.benchmarks;

import dev.avalanche.benchmarks.mmc.MmcConfig;
import dev.avalanche.benchmarks.mmc.MmcImplementation;
import dev.avalanche.benchmarks.mmc.MmcOutcome;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reference M/M/640 experiment under JMH, for each implementation, as a cross-check of
 * {@link dev.avalanche.benchmarks.mmc.MmcHarness}'s CPU-time figures. One operation is one customer
 * (an arrival and its departure); the score is nanoseconds per customer, including the setup of a
 * fresh simulation, which {@value #CUSTOMERS} customers amortise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class MmcBenchmark {

    static final int CUSTOMERS = 200_000;
    private static final MmcConfig CONFIG = MmcConfig.REFERENCE.withCustomers(CUSTOMERS);

    @Param({"ENGINE", "HAND_WRITTEN", "PRIORITY_QUEUE", "SSJ_BINARY_TREE", "SSJ_SPLAY_TREE"})
    public MmcImplementation implementation;

    @Benchmark
    @OperationsPerInvocation(CUSTOMERS)
    public MmcOutcome mmc() {
        return implementation.simulate(CONFIG);
    }
}
