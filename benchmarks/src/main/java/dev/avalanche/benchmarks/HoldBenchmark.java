package dev.avalanche.benchmarks;

import dev.avalanche.engine.Event;
import dev.avalanche.engine.Simulation;
import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;
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
 * The kernel's hold model: a steady population of pending events, each of which, when it fires,
 * schedules itself again after an exponential delay (mean 1 s). One operation is one fired event,
 * so the score is the cost of one fire plus one schedule at that heap size.
 *
 * <p>With {@code timers=patience} every step also does what the domain does with user patience
 * timers: it cancels the holder's pending timer and arms a new one 5 s ahead, which fires only when
 * the next step is more than 5 s away (e^-5, about 0.7% of steps). Cancelled timers stay in the heap
 * until they surface or the calendar compacts, so this exercises lazy deletion at twice the
 * population. One operation is still one holder step (its rare timer firings come on top).
 *
 * <p>Delays come from a precomputed table of exponential draws, so the score is the kernel's, not
 * the random generator's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class HoldBenchmark {

    /** Fired events per benchmark invocation; large enough to hide the cost of entering run(). */
    static final int BATCH = 10_000;
    private static final int DELAY_TABLE_SIZE = 1 << 16;
    private static final long PATIENCE_NANOS = 5_000_000_000L;

    /** Pending events (holders) at all times. */
    @Param({"1000", "64000"})
    public int population;

    /** {@code none}: the plain hold model; {@code patience}: each step also cancels and re-arms a timer. */
    @Param({"none", "patience"})
    public String timers;

    private Simulation sim;
    private boolean patienceTimers;
    private long[] delays;
    private int nextDelay;
    private int remaining;
    private long abandoned;

    @Setup(Level.Trial)
    public void setUp() {
        sim = new Simulation();
        patienceTimers = switch (timers) {
            case "none" -> false;
            case "patience" -> true;
            default -> throw new IllegalArgumentException("timers must be none or patience but was " + timers);
        };
        RandomStream rng = new RandomStreams(1).stream("hold.delays");
        delays = new long[DELAY_TABLE_SIZE];
        for (int i = 0; i < delays.length; i++) {
            delays[i] = Math.round(rng.nextExponential() * 1e9);
        }
        for (int i = 0; i < population; i++) {
            sim.scheduleNanos(new Holder(), nextDelay());
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long step() {
        remaining = BATCH;
        sim.run();
        return sim.nowNanos() + abandoned;
    }

    private long nextDelay() {
        return delays[nextDelay++ & (DELAY_TABLE_SIZE - 1)];
    }

    /** A holder reschedules itself; it also re-arms its patience timer when {@code timers=patience}. */
    private final class Holder extends Event {
        private final Patience patience = new Patience();

        @Override
        protected void fire() {
            sim.scheduleNanos(this, nextDelay());
            if (patienceTimers) {
                patience.cancel();
                sim.scheduleNanos(patience, PATIENCE_NANOS);
            }
            if (--remaining == 0) {
                sim.stop();
            }
        }
    }

    /** A user's patience running out: rare, since the holder usually cancels it first. */
    private final class Patience extends Event {
        @Override
        protected void fire() {
            abandoned++;
        }
    }
}
