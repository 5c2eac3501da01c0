package dev.avalanche.bridge.internal.run;

import java.util.function.BooleanSupplier;

/**
 * Waiting in tests for something to happen, whatever the machine's speed: a condition checked every
 * few milliseconds under a bound no loaded machine reaches, there only so that a broken mechanism
 * fails instead of hanging. Never a fixed sleep that assumes how fast the machine is.
 */
public final class Eventually {

    /** The bound: a minute. */
    public static final long BOUND_NANOS = 60_000_000_000L;

    private Eventually() {
    }

    /** Waits until {@code condition} holds, at most {@link #BOUND_NANOS}; whether it held. */
    public static boolean holds(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + BOUND_NANOS;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - until > 0) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }
}
