package dev.avalanche.bridge.internal;

import java.lang.reflect.Constructor;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
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

    private final LinkedBlockingQueue<Runnable> ready = new LinkedBlockingQueue<>();
    private final Thread carrier;
    private final ExecutorService greenlets;
    private volatile boolean closed;

    private GreenletHub(String name, Thread.Builder.OfVirtual builder) {
        this.carrier = Thread.ofPlatform().daemon().name(name + "hub").unstarted(this::loop);
        this.greenlets = Executors.newThreadPerTaskExecutor(builder.name(name + "greenlet-", 0).factory());
    }

    /** A started hub named {@code name}, or empty when this JVM does not let virtual threads have their own scheduler. */
    static Optional<GreenletHub> start(String name) {
        if (BUILDER.isEmpty()) {
            return Optional.empty();
        }
        GreenletHub[] hub = new GreenletHub[1];
        Executor scheduler = task -> hub[0].schedule(task);
        try {
            hub[0] = new GreenletHub(name, (Thread.Builder.OfVirtual) BUILDER.get().newInstance(scheduler));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
        hub[0].carrier.start();
        return Optional.of(hub[0]);
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

    /** The virtual threads' scheduler: a greenlet ready to run (again) waits its turn on the carrier. */
    private void schedule(Runnable continuation) {
        if (closed) {
            throw new RejectedExecutionException("the process's hub is closed");
        }
        ready.add(continuation);
    }

    private void loop() {
        try {
            while (!closed) {
                ready.take().run();
            }
        } catch (InterruptedException e) {
            // Closed.
        }
    }

    /** Interrupts the greenlets, lets them end on the carrier for up to a second, then stops it. */
    @Override
    public void close() {
        greenlets.shutdownNow();
        try {
            greenlets.awaitTermination(1, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closed = true;
        carrier.interrupt();
    }
}
