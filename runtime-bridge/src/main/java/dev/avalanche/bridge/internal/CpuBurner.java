package dev.avalanche.bridge.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Burns a request's CPU burst for real, in a busy loop.
 *
 * <p>On a platform thread the loop runs until the thread's own CPU time ({@link ThreadMXBean}) has
 * grown by the burst, so ten threads bursting at once on two cores take five bursts of wall time,
 * as the model's threads share their host's cores. The JDK does not measure a virtual thread's CPU
 * time; there the loop runs for the burst in wall time, which is close because virtual threads
 * are never time-sliced against each other on their carrier (only other processes can preempt it).
 *
 * <p>{@link #serialized()} is the greenlet approximation: one lock per simulated process, held
 * for the whole burst, so the bursts of one process run one at a time while their I/O waits
 * overlap, as under gevent's single OS thread. Thread-safe.
 */
public sealed interface CpuBurner {

    /** Burns {@code wallNanos} of CPU on the calling thread. */
    void burn(long wallNanos) throws InterruptedException;

    /** Bursts run where and when the calling thread runs. */
    static CpuBurner direct() {
        return Direct.INSTANCE;
    }

    /** Bursts of all callers of this burner run one at a time, in arrival order. */
    static CpuBurner serialized() {
        return new Serialized(new ReentrantLock(true));
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
            long start = cpuClock ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
            long x = start;
            while ((cpuClock ? THREADS.getCurrentThreadCpuTime() : System.nanoTime()) - start < nanos) {
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
    }

    /** The greenlet burner: a fair lock per process around each burst. */
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
