package dev.avalanche.bridge.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.avalanche.bridge.internal.run.Eventually;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.LinuxTcp;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Workers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The worker pool's limits and where its CPU bursts run, seen from jobs that record what they do:
 * orderings and counts that hold however busy the machine is.
 */
class WorkerPoolTest {

    private static WorkerPool pool(Workers.Model model, int size) {
        WorkerPool pool = new WorkerPool(new Workers(model, size, 0), 1, LinuxTcp.DEFAULTS, 100, Servers.Overflow.RESET, SimDuration.ZERO,
                new LiveClock(1));
        pool.play();
        return pool;
    }

    /** Requests waiting for a slot now, by the pool's own level log. */
    private static int queued(LevelLog levels) {
        int n = 0;
        for (int i = 0; i < levels.size(); i++) {
            n += switch (levels.change(i)) {
                case QUEUED -> 1;
                case DEQUEUED -> -1;
                default -> 0;
            };
        }
        return n;
    }

    @ParameterizedTest
    @EnumSource(Workers.Model.class)
    void aPoolOfTenSlotsRunsTenJobsAtOnceNeverElevenAndQueuesTheRest(Workers.Model model) throws InterruptedException {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch gate = new CountDownLatch(1);
        try (WorkerPool pool = pool(model, 10)) {
            for (int i = 0; i < 30; i++) {
                pool.execute(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        gate.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    done.incrementAndGet();
                });
            }
            assertEquals(20, queued(pool.levels()), "admitted at once: 10 jobs took the slots, 20 wait");
            assertTrue(Eventually.holds(() -> running.get() == 10), "the ten slots' jobs run, got " + running.get());
            gate.countDown();
            assertTrue(Eventually.holds(() -> done.get() == 30), "every job ran, " + done.get() + " did");
            assertEquals(10, most.get(), "ten at once at most");
            assertEquals(0, queued(pool.levels()));
        }
    }

    /** When each burst of a pool's jobs began and ended, earliest first, and the burners the jobs were given. */
    private record Bursts(List<long[]> spans, Set<CpuBurner> burners) {
    }

    /** Runs {@code n} jobs on a pool of {@code n} slots, each a CPU burst of {@code nanos}. */
    private static Bursts bursts(Workers.Model model, int n, long nanos) throws InterruptedException {
        List<long[]> spans = Collections.synchronizedList(new ArrayList<>());
        Set<CpuBurner> burners = ConcurrentHashMap.newKeySet();
        try (WorkerPool pool = pool(model, n)) {
            for (int i = 0; i < n; i++) {
                pool.execute(() -> {
                    CpuBurner cpu = WorkerPool.ADMISSION.get().cpu();
                    burners.add(cpu);
                    long began = System.nanoTime();
                    try {
                        cpu.burn(nanos);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    spans.add(new long[] {began, System.nanoTime()});
                });
            }
            assertTrue(Eventually.holds(() -> spans.size() == n), "every burst ended, " + spans.size() + " did");
        }
        List<long[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong(b -> b[0]));
        return new Bursts(sorted, burners);
    }

    @ParameterizedTest
    @EnumSource(value = Workers.Model.class, names = "GREENLETS")
    void theCpuBurstsOfAGreenletProcessNeverOverlap(Workers.Model model) throws InterruptedException {
        // A greenlet never yields its carrier while it computes, so a burst's span is all its own.
        List<long[]> bursts = bursts(model, 10, 20_000_000L).spans();
        for (int i = 1; i < bursts.size(); i++) {
            assertTrue(bursts.get(i)[0] >= bursts.get(i - 1)[1], "burst " + i + " began "
                    + (bursts.get(i - 1)[1] - bursts.get(i)[0]) / 1e6 + " ms before the one before it ended");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Workers.Model.class, names = {"THREADS", "VIRTUAL_THREADS"})
    void theCpuBurstsOfThreadsAndVirtualThreadsRunSideBySide(Workers.Model model) throws InterruptedException {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two processors to show parallel bursts");
        Bursts b = bursts(model, 10, 50_000_000L);
        // A span includes any wait for a lock around the burst, so the burner is checked too: no lock at all.
        assertEquals(Set.of(CpuBurner.direct()), b.burners(), "each burst runs where its thread runs, no lock between them");
        boolean overlap = false;
        long end = b.spans().getFirst()[1];
        for (int i = 1; i < b.spans().size(); i++) {
            overlap |= b.spans().get(i)[0] < end;
            end = Math.max(end, b.spans().get(i)[1]);
        }
        assertTrue(overlap, "some burst began before another had ended: they share the cores, not one carrier");
    }
}
