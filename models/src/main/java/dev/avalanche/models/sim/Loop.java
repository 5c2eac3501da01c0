package dev.avalanche.models.sim;

import java.util.ArrayDeque;

/**
 * A single-threaded process on a host that is neither a worker nor the load's user: a load
 * generator such as ab, or a router's event loop. Its tasks run one at a time in the order they
 * were given, each a CPU burst on the host's cores (shared with every other process there).
 */
final class Loop {

    private final Host host;
    private final ArrayDeque<Task> waiting = new ArrayDeque<>();
    private boolean busy;

    Loop(Host host) {
        this.host = host;
    }

    /**
     * A task of {@code cpuNanos} (>= 0): {@code begin} runs when the loop takes it up, {@code end}
     * when its CPU is spent.
     */
    void submit(long cpuNanos, Runnable begin, Runnable end) {
        Task t = new Task(cpuNanos, begin, end);
        if (busy) {
            waiting.addLast(t);
        } else {
            run(t);
        }
    }

    void submit(long cpuNanos, Runnable end) {
        submit(cpuNanos, null, end);
    }

    private void run(Task t) {
        busy = true;
        if (t.begin != null) {
            t.begin.run();
        }
        if (t.workNanos > 0) {
            host.start(t);
        } else {
            finished(t);
        }
    }

    /** The task's work is done: its end runs, then the next task starts (a zero-CPU chain runs in a loop, not recursively). */
    private void finished(Task t) {
        Task next = t;
        while (next != null) {
            next.end.run();
            busy = false;
            next = waiting.pollFirst();
            if (next == null) {
                return;
            }
            busy = true;
            if (next.begin != null) {
                next.begin.run();
            }
            if (next.workNanos > 0) {
                host.start(next);
                return;
            }
        }
    }

    private final class Task extends Host.Burst {
        final Runnable begin;
        final Runnable end;

        Task(long cpuNanos, Runnable begin, Runnable end) {
            this.workNanos = cpuNanos;
            this.begin = begin;
            this.end = end;
        }

        @Override
        void cpuDone() {
            finished(this);
        }
    }
}
