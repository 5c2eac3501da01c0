package dev.avalanche.bridge.internal.run;

import java.util.Comparator;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Ends the reads of {@link Http1Socket}s that pass their deadlines: one daemon platform thread for
 * the JVM, which closes a socket whose timed read is still waiting when its deadline comes.
 *
 * <p>It replaces a socket timeout on each read. On a virtual thread a read with a timeout arms a
 * timer in the scheduler when it parks and disarms it when the bytes come, and nearly every read
 * of a live run comes long before its deadline (a user's patience, a call's timeout, the run's
 * end); BENCHMARKS.md ("A virtual machine's page faults and system calls") has what that cost.
 * Here a timed read puts its socket in a set ordered by deadline and takes it out when it ends
 * (one timed read at a time on a socket, so at most one entry per connection); whoever takes the
 * socket out ends the read: the reader, which then has its bytes, or the thread, which marks the
 * socket expired and closes it. The thread wakes for the earliest deadline alone, up to a
 * millisecond late so that it takes every socket due by then at once (socket timeouts were whole
 * milliseconds, rounded up, too); never before a deadline.
 *
 * <p>Thread contract: {@link #watch} and {@link #unwatch} from the socket's reading thread; the set
 * and the sockets' {@code watchedDeadline} and {@code expired} are guarded by the lock; the thread
 * starts with the first watch.
 */
final class ReadDeadlines {

    /** How late the thread may wake for the earliest deadline, to end those due by then together. */
    private static final long SLACK_NANOS = 1_000_000L;

    private static final AtomicLong SOCKETS = new AtomicLong();

    private static final ReadDeadlines JVM = new ReadDeadlines();

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition earlier = lock.newCondition();
    /** The sockets whose timed read waits, by deadline (ties by their order of creation). Guarded by {@link #lock}. */
    private final TreeSet<Http1Socket> due = new TreeSet<>(
            Comparator.comparingLong((Http1Socket s) -> s.watchedDeadline).thenComparingLong(s -> s.order));
    private boolean started;

    private ReadDeadlines() {
    }

    /** A number for a new socket, distinct from every other's: what orders sockets of the same deadline. */
    static long nextOrder() {
        return SOCKETS.incrementAndGet();
    }

    /**
     * Ends {@code socket}'s read at {@code deadline} ({@link System#nanoTime()}) if it still waits
     * then; false when an earlier read's deadline already closed the socket.
     */
    static boolean watch(Http1Socket socket, long deadline) {
        return JVM.add(socket, deadline);
    }

    /** The socket's timed read ended: whether before its deadline did (else the socket is closed). */
    static boolean unwatch(Http1Socket socket) {
        return JVM.waits(socket, true);
    }

    /** For tests: whether {@code socket} waits on a deadline. */
    static boolean watching(Http1Socket socket) {
        return JVM.waits(socket, false);
    }

    /** Whether {@code s} waits in the set; {@code remove}: and takes it out. */
    private boolean waits(Http1Socket s, boolean remove) {
        lock.lock();
        try {
            return remove ? due.remove(s) : due.contains(s);
        } finally {
            lock.unlock();
        }
    }

    private boolean add(Http1Socket s, long deadline) {
        lock.lock();
        try {
            if (s.expired) {
                return false;
            }
            s.watchedDeadline = deadline;
            due.add(s);
            if (!started) {
                started = true;
                Thread.ofPlatform().daemon().name("http-read-deadlines").start(this::run);
            } else if (due.first() == s) {
                earlier.signal();
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        lock.lock();
        try {
            while (true) {
                if (due.isEmpty()) {
                    earlier.awaitUninterruptibly();
                    continue;
                }
                long wait = due.first().watchedDeadline - System.nanoTime();
                if (wait > 0) {
                    // Bounded so that a deadline centuries off cannot overflow into a wait of no time.
                    earlier.awaitNanos(Math.min(wait, Long.MAX_VALUE - SLACK_NANOS) + SLACK_NANOS);
                    continue;
                }
                long now = System.nanoTime();
                while (!due.isEmpty() && due.first().watchedDeadline <= now) {
                    Http1Socket s = due.pollFirst();
                    s.expired = true;
                    lock.unlock();
                    try {
                        s.close();
                    } finally {
                        lock.lock();
                    }
                }
            }
        } catch (InterruptedException e) {
            // A daemon thread of the JVM: nobody interrupts it; if somebody does, timed reads wait for their data.
        } finally {
            lock.unlock();
        }
    }
}
