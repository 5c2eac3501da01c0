package dev.avalanche.engine;

/**
 * A cancellable handle on an action scheduled with {@link Simulation#schedule(SimDuration, Runnable)}.
 * Convenient for rare events; hot paths subclass {@link Event} and reuse the object instead.
 */
public final class Timer extends Event {

    private final Runnable action;

    Timer(Runnable action) {
        this.action = action;
    }

    @Override
    protected void fire() {
        action.run();
    }
}
