package dev.avalanche.bridge.internal.server;

import java.lang.reflect.Constructor;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadFactory;

/**
 * One simulated gevent process: ONE platform thread (the hub's OS thread) that carries every
 * greenlet of the process, the greenlets being virtual threads scheduled on it alone. A greenlet
 * runs until it blocks (a socket read or write, a sleep), then the next ready one runs, so their
 * I/O waits overlap while their CPU work — bursts, HTTP to the stub, writing the response — runs
 * one at a time, as under gevent's single OS thread.
 *
 * <p>The JDK gives virtual threads a scheduler of one's own only through a constructor it keeps
 * internal; it is reached by reflection, which needs {@code --add-opens java.base/java.lang=ALL-UNNAMED}
 * (the CLI's jar manifest and the test runner give it). Without it {@link #start} returns empty and
 * the caller falls back to {@link CpuBurner#serialized()}. Thread-safe; {@link #close} stops the carrier.
 */
final class GreenletHub implements Executor, AutoCloseable {

    private static final Optional<Constructor<?>> BUILDER = builderWithScheduler();

    /**
     * The process's one OS thread: runs each greenlet that is ready, in turn, until it blocks. (A
     * greenlet's run never throws to its scheduler, so the executor never replaces the thread.)
     */
    private final ExecutorService hub;
    private final Thread carrier;
    private final ExecutorService greenlets;

    private GreenletHub(ExecutorService hub, Thread carrier, String name, Thread.Builder.OfVirtual builder) {
        this.hub = hub;
        this.carrier = carrier;
        this.greenlets = Executors.newThreadPerTaskExecutor(builder.name(name + "greenlet-", 0).factory());
    }

    /** A started hub named {@code name}, or empty when this JVM does not let virtual threads have their own scheduler. */
    static Optional<GreenletHub> start(String name) {
        if (BUILDER.isEmpty()) {
            return Optional.empty();
        }
        Thread[] made = new Thread[1];
        ExecutorService hub = Executors.newSingleThreadExecutor(task -> {
            made[0] = Thread.ofPlatform().daemon().name(name + "hub").unstarted(task);
            return made[0];
        });
        try {
            hub.submit(() -> { }).get(); // starts the carrier, so that it is known
            return Optional.of(new GreenletHub(hub, made[0], name,
                    (Thread.Builder.OfVirtual) BUILDER.get().newInstance((Executor) hub)));
        } catch (ReflectiveOperationException | RuntimeException | ExecutionException e) {
            hub.shutdownNow();
            return Optional.empty();
        } catch (InterruptedException e) {
            hub.shutdownNow();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Whether greenlets can have a hub of their own in this JVM. */
    static boolean available() {
        return BUILDER.isPresent();
    }

    private static Optional<Constructor<?>> builderWithScheduler() {
        try {
            Constructor<?> c = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder").getDeclaredConstructor(Executor.class);
            c.setAccessible(true);
            ThreadFactory probe = ((Thread.Builder.OfVirtual) c.newInstance((Executor) Runnable::run)).factory();
            return probe == null ? Optional.empty() : Optional.of(c);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty(); // not opened (InaccessibleObjectException), or not this JDK's internals
        }
    }

    /** The OS thread every greenlet of this process runs on. */
    Thread carrier() {
        return carrier;
    }

    /** Runs {@code task} on a new greenlet of this process. */
    @Override
    public void execute(Runnable task) {
        greenlets.execute(task);
    }

    /** Interrupts the greenlets, lets them end on the carrier for up to a second, then stops it. */
    @Override
    public void close() {
        greenlets.shutdownNow();
        try {
            greenlets.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        hub.shutdownNow();
    }
}
