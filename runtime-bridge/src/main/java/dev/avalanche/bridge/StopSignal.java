package dev.avalanche.bridge;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A request, from another thread, that a live run end early: a Ctrl-C handler or a test calls
 * {@link #stop}; the run then sends nothing more, gives the requests in flight at most
 * {@link LiveRun#STOP_GRACE} to finish or time out, and returns its partial results as incomplete.
 * One signal may serve several runs in turn (every variant of a scenario); once stopped it stays
 * stopped. Thread-safe.
 */
public final class StopSignal {

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile long stoppedAtNanoTime;

    /** Asks the runs that watch this signal to stop; later calls do nothing. */
    public void stop() {
        if (stopped.getCount() > 0) {
            stoppedAtNanoTime = System.nanoTime();
            stopped.countDown();
        }
    }

    public boolean isStopped() {
        return stopped.getCount() == 0;
    }

    /** The {@link System#nanoTime()} of the first {@link #stop}; valid once {@link #isStopped()}. */
    public long stoppedAtNanoTime() {
        return stoppedAtNanoTime;
    }

    /**
     * Waits until the signal is stopped or {@code nanos} have passed, whichever is first.
     *
     * @return whether it is stopped
     */
    public boolean await(long nanos) throws InterruptedException {
        return stopped.await(Math.max(0, nanos), TimeUnit.NANOSECONDS);
    }
}
