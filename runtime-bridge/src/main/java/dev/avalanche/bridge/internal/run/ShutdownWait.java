package dev.avalanche.bridge.internal.run;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM's hold on its own shutdown (Ctrl-C reaches the whole process group) until it has
 * written its result file: a shutdown hook that first does {@code first} (stops the traffic, say),
 * then waits at most {@code waitNanos} for {@link #close}, which the child calls once the file is
 * written (or on any way out) and which removes the hook again while this JVM is not shutting down.
 *
 * <p>Thread contract: installed and closed by one thread; the hook runs on a thread of its own.
 */
public final class ShutdownWait implements AutoCloseable {

    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread hook;

    private ShutdownWait(String name, long waitNanos, Runnable first) {
        hook = new Thread(() -> {
            first.run();
            try {
                written.await(waitNanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
    }

    /** Installs the hook, a thread named {@code name}. */
    public static ShutdownWait install(String name, long waitNanos, Runnable first) {
        ShutdownWait w = new ShutdownWait(name, waitNanos, first);
        Runtime.getRuntime().addShutdownHook(w.hook);
        return w;
    }

    /** The result is written (or will not be): a waiting hook goes on, and the hook is removed. */
    @Override
    public void close() {
        written.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutting down: the hook has seen the result written.
        }
    }
}
