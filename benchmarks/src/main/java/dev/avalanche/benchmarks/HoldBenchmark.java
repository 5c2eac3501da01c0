package dev.avalanche.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The kernel's schedule / fire / cancel mix: the {@link HoldModel} at a given population, with or
 * without patience timers. One operation is one holder step (a fire and a schedule, plus a cancel
 * and a schedule with timers), so the score is the kernel's cost per step at that heap size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class HoldBenchmark {

    /** Steps per benchmark invocation; large enough to hide the cost of entering run(). */
    static final int BATCH = 10_000;

    /** Pending holders at all times. */
    @Param({"1000", "64000"})
    public int population;

    /** {@code none}: the plain hold model; {@code patience}: each step also cancels and re-arms a timer. */
    @Param({"none", "patience"})
    public String timers;

    private HoldModel model;

    @Setup(Level.Trial)
    public void setUp() {
        boolean patience = switch (timers) {
            case "none" -> false;
            case "patience" -> true;
            default -> throw new IllegalArgumentException("timers must be none or patience but was " + timers);
        };
        model = new HoldModel(population, patience, 1);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long step() {
        model.steps(BATCH);
        return model.simulation().nowNanos();
    }
}
