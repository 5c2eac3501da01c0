package dev.avalanche.bridge.internal.server;

import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.LinuxTcp;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Workers;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The app server's workers, given to its {@link AppFront} as its executor: {@code processes}
 * simulated processes (separate worker pools in this one JVM) of {@code size} worker slots each,
 * behind ONE {@link AcceptQueue} shared by all processes, as a uWSGI listen socket is.
 *
 * <p>The front accepts connections eagerly and hands every request to {@link #execute}, so the
 * kernel's backlog rarely fills; the scenario's backlog is therefore played by the
 * {@link AcceptQueue}: a request that finds every slot busy waits there, or overflows by Linux's
 * rules (a refusal, or a dropped SYN retransmitted on the kernel's schedule). The kernel's listen
 * backlog is the scenario's too, so a burst of connections faster than the front accepts them
 * still overflows it as Linux does. A worker that finishes takes the queue's head on the same
 * thread, as a worker accepts its next connection; a new request goes to the process with the
 * most free slots. With an accept cost ({@code servers.accept}), each process takes one request at
 * a time through an acceptor thread that spends that long on it, the slot held meanwhile, as the
 * simulator's process does.
 *
 * <p>Worker models: {@code THREADS} runs each process on a fixed pool of {@code size} platform
 * threads; {@code VIRTUAL_THREADS} on a virtual thread per request, at most {@code size} at once
 * per process (no limit when 0); {@code GREENLETS} likewise, each process's virtual threads all
 * carried by one platform thread of its own ({@link GreenletHub}), as gevent runs a process's
 * greenlets on one OS thread; where the JVM does not allow that, by virtual threads whose CPU
 * bursts are serialised by {@link CpuBurner#serialized()} ({@link #greenletsOnHubs}).
 *
 * <p>Each request runs with {@link #ADMISSION} bound: when it was received and its process's CPU
 * burner.
 *
 * <p>Thread contract: thread-safe. {@link #execute} is called by the front's connection threads,
 * the accept queue's SYN timer and the warm-ups at once; one lock guards the slots, the acceptors'
 * state and the accept queue, and is never held while a request runs or an acceptor spins;
 * {@link #play()} is called once, by the run's thread, while the pool is idle.
 */
public final class WorkerPool implements Executor, AutoCloseable {

    /** What the handler of the running request needs from its worker. */
    public static final ScopedValue<Admission> ADMISSION = ScopedValue.newInstance();

    /**
     * @param receivedNanos wall time the request reached the pool
     * @param cpu its process's CPU burner
     * @param refused true when the accept queue was full: answer 502 without work
     * @param spawn where the request's parallel calls run: its process's hub for greenlets (as
     *     gevent spawns them), empty for the handler's own virtual threads
     */
    public record Admission(long receivedNanos, CpuBurner cpu, boolean refused, Optional<Executor> spawn) {
    }

    /** A request that can say whether its user has left (closed its connection). */
    public interface Job extends Runnable {
        boolean abandoned();
    }

    private static final class Process {
        final Executor carrier;
        final ExecutorService pool;
        final GreenletHub hub;
        final CpuBurner cpu;
        /** Where its requests' parallel calls run: its hub, or empty for the handler's own executor. */
        final Optional<Executor> spawn;
        final boolean unbounded;
        /**
         * Takes one request at a time when accepting costs time ({@code servers.accept}), from
         * {@link #play()} on; null before, or when it costs none. Guarded by the pool's lock.
         */
        ExecutorService acceptor;
        boolean accepting;
        int free;

        Process(ExecutorService pool, CpuBurner cpu, int size) {
            this(pool, pool, null, cpu, size);
        }

        Process(GreenletHub hub, int size) {
            this(hub, null, hub, CpuBurner.onCarrier(hub.carrier()), size);
        }

        private Process(Executor carrier, ExecutorService pool, GreenletHub hub, CpuBurner cpu, int size) {
            this.carrier = carrier;
            this.pool = pool;
            this.hub = hub;
            this.cpu = cpu;
            this.spawn = Optional.ofNullable(hub);
            this.unbounded = size == 0;
            this.free = size;
        }

        /** Whether it can take a request now: a free slot, and an acceptor that is not busy. */
        boolean hasFree() {
            return (unbounded || free > 0) && !accepting;
        }
    }

    private final LiveClock clock;
    private final Process[] processes;
    private final ReentrantLock lock = new ReentrantLock();
    /** Guarded by lock. */
    private final AcceptQueue queue;
    private final LevelLog levels = new LevelLog();
    private final long acceptWallNanos;
    private int busy;
    private int rotor;

    /**
     * @param workers the worker model and each process's slots
     * @param tcp the kernel's rules for the accept queue ({@code servers.tcp})
     * @param backlog the scenario's listen backlog
     * @param overflow what a request finding the queue full meets
     * @param accept the time a process takes to accept one request, one at a time ({@code servers.accept})
     */
    public WorkerPool(Workers workers, int processes, LinuxTcp tcp, int backlog, Servers.Overflow overflow,
            SimDuration accept, LiveClock clock) {
        this.clock = clock;
        this.acceptWallNanos = clock.toWall(accept);
        this.queue = new AcceptQueue(tcp, backlog, overflow, clock, this::admit);
        this.processes = new Process[processes];
        for (int i = 0; i < processes; i++) {
            String name = "app-p" + i + "-";
            this.processes[i] = switch (workers.model()) {
                case THREADS -> new Process(Executors.newFixedThreadPool(workers.size(),
                        Thread.ofPlatform().name(name + "thread-", 0).daemon().factory()), CpuBurner.direct(), workers.size());
                case VIRTUAL_THREADS -> new Process(virtual(name), CpuBurner.direct(), workers.size());
                case GREENLETS -> GreenletHub.start(name).map(hub -> new Process(hub, workers.size()))
                        .orElseGet(() -> new Process(virtual(name), CpuBurner.serialized(), workers.size()));
            };
        }
    }

    private static ExecutorService virtual(String name) {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(name + "virtual-", 0).factory());
    }

    @Override
    public void execute(Runnable exchange) {
        admit(new AcceptQueue.Connection(exchange, clock.wallNanos(), 0));
    }

    /** Gives {@code c} a free slot, or to the accept queue when there is none. */
    private void admit(AcceptQueue.Connection c) {
        Process p;
        boolean throughAcceptor;
        lock.lock();
        try {
            if (queue.gone(c)) {
                return;
            }
            p = freest();
            if (p == null) {
                if (queue.offer(c) == AcceptQueue.Offer.QUEUED) {
                    levels.add(c.receivedNanos(), LevelLog.Change.QUEUED);
                }
                return;
            }
            p.free--;
            busy++;
            levels.add(c.receivedNanos(), LevelLog.Change.BUSY);
            throughAcceptor = p.acceptor != null;
            p.accepting = throughAcceptor;
        } finally {
            lock.unlock();
        }
        start(p, c, throughAcceptor);
    }

    /** Runs {@code job} on a slot of {@code p} taken for it: at once, or once its acceptor has taken it. */
    private void start(Process p, AcceptQueue.Connection job, boolean throughAcceptor) {
        if (!throughAcceptor) {
            p.carrier.execute(() -> work(p, job));
            return;
        }
        try {
            p.acceptor.execute(() -> {
                for (long until = System.nanoTime() + acceptWallNanos; System.nanoTime() < until; ) {
                    Thread.onSpinWait();
                }
                lock.lock();
                try {
                    p.accepting = false;
                } finally {
                    lock.unlock();
                }
                p.carrier.execute(() -> work(p, job));
                pump();
            });
        } catch (RejectedExecutionException e) {
            // Closing: the connection goes with the rest.
        }
    }

    /** With an accept cost: processes that can take a request take the queue's head, each through its acceptor. */
    private void pump() {
        while (true) {
            Process p;
            AcceptQueue.Connection job;
            lock.lock();
            try {
                p = queue.isEmpty() ? null : freest();
                if (p == null) {
                    return;
                }
                job = queue.poll();
                long now = clock.wallNanos();
                levels.add(now, LevelLog.Change.DEQUEUED);
                levels.add(now, LevelLog.Change.BUSY);
                p.free--;
                busy++;
                p.accepting = true;
            } finally {
                lock.unlock();
            }
            start(p, job, true);
        }
    }

    /** Serves {@code first}, then the queue's head while there is one: one worker slot's life. */
    private void work(Process p, AcceptQueue.Connection first) {
        AcceptQueue.Connection job = first;
        boolean acceptor = false;
        while (job != null) {
            try {
                ScopedValue.where(ADMISSION, new Admission(job.receivedNanos(), p.cpu, false, p.spawn)).run(job.exchange());
            } catch (RuntimeException e) {
                // The JDK exchange handles its own errors; one request's failure must not kill the slot.
            }
            lock.lock();
            try {
                acceptor = p.acceptor != null;
                job = acceptor ? null : queue.poll(); // with an accept cost, the acceptor takes the next
                if (job == null) {
                    p.free++;
                    busy--;
                    levels.add(clock.wallNanos(), LevelLog.Change.IDLE);
                } else {
                    levels.add(clock.wallNanos(), LevelLog.Change.DEQUEUED);
                }
            } finally {
                lock.unlock();
            }
        }
        if (acceptor) {
            pump();
        }
    }

    /**
     * The run begins: from now on the queue's limit and the accept cost apply. Before, while warming
     * up, neither does, so that warm-ups never wait or fail. Call it when the pool is idle.
     */
    public void play() {
        lock.lock();
        try {
            queue.play();
            if (acceptWallNanos > 0) {
                for (int i = 0; i < processes.length; i++) {
                    processes[i].acceptor = Executors.newSingleThreadExecutor(
                            Thread.ofPlatform().daemon().name("app-p" + i + "-acceptor").factory());
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private Process freest() {
        Process best = null;
        for (int k = 0; k < processes.length; k++) {
            Process p = processes[(rotor + k) % processes.length];
            if (p.hasFree() && (best == null || (!best.unbounded && (p.unbounded || p.free > best.free)))) {
                best = p;
            }
        }
        rotor = (rotor + 1) % processes.length;
        return best;
    }

    /** Whether greenlets run on one carrier thread per process here, rather than under a lock around their bursts. */
    public static boolean greenletsOnHubs() {
        return GreenletHub.available();
    }

    /** Every change of the busy and waiting levels so far. */
    public LevelLog levels() {
        return levels;
    }

    /** Whether no request is being served or waiting. */
    public boolean idle() {
        lock.lock();
        try {
            return busy == 0 && queue.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    /** SYN retransmissions played because the queue was full ({@code servers.overflow: drop}). */
    public long synRetransmissions() {
        return queue.synRetransmissions();
    }

    /** Drops the waiting requests, interrupts every worker and waits up to a second for them to stop. */
    @Override
    public void close() {
        lock.lock();
        try {
            queue.clear();
            for (Process p : processes) {
                if (p.acceptor != null) {
                    p.acceptor.shutdownNow();
                }
            }
        } finally {
            lock.unlock();
        }
        queue.close();
        for (Process p : processes) {
            if (p.pool != null) {
                p.pool.shutdownNow();
            }
        }
        try {
            for (Process p : processes) {
                if (p.pool != null) {
                    p.pool.awaitTermination(1, TimeUnit.SECONDS);
                } else {
                    p.hub.close();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
