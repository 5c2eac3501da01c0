package dev.avalanche.models.config;

import dev.avalanche.engine.SimDuration;

/**
 * CPython's global interpreter lock over a process's threads (Python 3.2+, ceval_gil.c): one
 * thread runs Python at a time per process. The lock is a flag guarded by a mutex and a
 * condition variable: a thread that wants it and finds it held waits on the condition with a
 * timeout of the switch interval; each time the timeout expires the thread takes the mutex again
 * to look, and, when no switch happened during its wait, asks the holder to drop the lock, which
 * the holder does at its next bytecode boundary, waking one waiter. A thread drops the lock
 * around every blocking call (sleep, socket I/O) and must take it back to go on.
 *
 * <p>Every pass through that mutex by a thread the kernel woke (a timed-out waiter looking, a
 * holder dropping the lock, a woken waiter taking it) costs a context switch; the passes queue
 * for the one mutex. A few waiters cost nothing much; a thousand look 200,000 times a second,
 * and once their looks alone keep the mutex busy, every hand-off of the lock waits behind them.
 *
 * @param switchInterval {@code sys.getswitchinterval()}: the waiters' timeout (5 ms)
 * @param mutex CPU of one pass through the lock's mutex by a woken thread (a futex wake-up and a
 *     context switch, a few microseconds), on the host's cores
 */
public record Gil(SimDuration switchInterval, SimDuration mutex) {

    /** CPython's default switch interval. */
    public static final SimDuration DEFAULT_SWITCH_INTERVAL = SimDuration.ofMillis(5);

    public Gil {
        Check.positive("switchInterval", switchInterval);
        Check.nonNegative("mutex", mutex);
    }
}
