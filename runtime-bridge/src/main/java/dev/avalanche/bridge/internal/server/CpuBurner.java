package dev.avalanche.bridge.internal.server;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Burns a request's CPU burst for real, in a busy loop.
 *
 * <p>On a platform thread the loop runs until the thread's own CPU time ({@link ThreadMXBean}) has
 * grown by the burst, so ten threads bursting at once on two cores take five bursts of wall time,
 * as the model's threads share their host's cores. The JDK does not measure a virtual thread's CPU
 * time; there the loop runs for the burst in wall time, which is close because virtual threads
 * are never time-sliced against each other on their carrier (only other processes can preempt it).
 *
 * <p>{@link #onCarrier} is for greenlets, virtual threads that all run on one platform thread of
 * their process ({@link GreenletHub}): the loop runs until that carrier's CPU time has grown by the
 * burst, so the processes' carriers share the machine's cores as the model's processes share their
 * host's. {@link #serialized()} is the greenlet approximation where a hub is not available: one
 * lock per simulated process, held for the whole burst, so the bursts of one process run one at a
 * time while their I/O waits overlap. Thread-safe.
 */
public sealed interface CpuBurner {

    /** Burns {@code wallNanos} of CPU on the calling thread. */
    void burn(long wallNanos) throws InterruptedException;

    /** Bursts run where and when the calling thread runs. */
    static CpuBurner direct() {
        return Direct.INSTANCE;
    }

    /** Bursts measured by the CPU time of {@code carrier}, the platform thread every caller runs on. */
    static CpuBurner onCarrier(Thread carrier) {
        return new OnCarrier(carrier.threadId());
    }

    /** Bursts of all callers of this burner run one at a time, in arrival order. */
    static CpuBurner serialized() {
        return new Serialized(new ReentrantLock(true));
    }

    /** Computes until {@code clock} has advanced by {@code nanos}. */
    private static void spin(LongSupplier clock, long nanos) throws InterruptedException {
        long start = clock.getAsLong();
        long x = start;
        while (clock.getAsLong() - start < nanos) {
            for (int i = 0; i < 200; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted in a CPU burst");
            }
        }
        if (x == 42) {
            Thread.onSpinWait();
        }
    }

    /** The direct burner. */
    enum Direct implements CpuBurner {
        INSTANCE;

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        @Override
        public void burn(long nanos) throws InterruptedException {
            if (nanos <= 0) {
                return;
            }
            boolean cpuClock = !Thread.currentThread().isVirtual() && THREADS.isCurrentThreadCpuTimeSupported()
                    && THREADS.isThreadCpuTimeEnabled();
            spin(cpuClock ? THREADS::getCurrentThreadCpuTime : System::nanoTime, nanos);
        }
    }

    /** The greenlet burner on a hub: the carrier's CPU clock. */
    record OnCarrier(long carrierId) implements CpuBurner {
        @Override
        public void burn(long nanos) throws InterruptedException {
            if (nanos <= 0) {
                return;
            }
            ThreadMXBean threads = Direct.THREADS;
            boolean cpuClock = threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
            if (!cpuClock) {
                Direct.INSTANCE.burn(nanos);
                return;
            }
            spin(() -> threads.getThreadCpuTime(carrierId), nanos);
        }
    }

    /** The greenlet approximation: a fair lock per process around each burst. */
    record Serialized(ReentrantLock hub) implements CpuBurner {
        @Override
        public void burn(long nanos) throws InterruptedException {
            if (nanos <= 0) {
                return;
            }
            hub.lockInterruptibly();
            try {
                Direct.INSTANCE.burn(nanos);
            } finally {
                hub.unlock();
            }
        }
    }
}
