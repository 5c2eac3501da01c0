package dev.avalanche.bridge.internal;

import dev.avalanche.engine.SimDuration;

/**
 * Wall time since the run's origin, and the conversion between wall time and scenario time by the
 * time scale K: a scenario duration of d plays as d / K on the wire, and a wall span of w reads as
 * w x K in the result. Nanoseconds throughout, from {@link System#nanoTime()}.
 *
 * <p>The origin is this clock's creation until {@link #start()} moves it to the instant the traffic
 * begins. Thread-safe.
 */
public final class LiveClock {

    private final double timeScale;
    private volatile long origin = System.nanoTime();

    /** @throws IllegalArgumentException when {@code timeScale} is not a positive finite number */
    public LiveClock(double timeScale) {
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("timeScale: got " + timeScale + "; allowed a finite number > 0");
        }
        this.timeScale = timeScale;
    }

    /** The traffic begins now: wall time zero. */
    public void start() {
        origin = System.nanoTime();
    }

    public double timeScale() {
        return timeScale;
    }

    /** Wall nanoseconds since the origin. */
    public long wallNanos() {
        return System.nanoTime() - origin;
    }

    /** Scenario nanoseconds since the origin. */
    public long modelNanos() {
        return toModel(wallNanos());
    }

    /** The wall nanoseconds that play {@code modelSeconds} of the scenario. */
    public long toWall(double modelSeconds) {
        return Math.round(modelSeconds * 1e9 / timeScale);
    }

    /** The wall nanoseconds that play {@code d}. */
    public long toWall(SimDuration d) {
        return Math.round(d.nanos() / timeScale);
    }

    /** The scenario nanoseconds a wall span of {@code wallNanos} stands for. */
    public long toModel(long wallNanos) {
        return Math.round(wallNanos * timeScale);
    }

    /** Parks the calling thread until the wall clock reads {@code wallNanos} (at once when it is past). */
    public void sleepUntil(long wallNanos) throws InterruptedException {
        long left;
        while ((left = wallNanos - wallNanos()) > 0) {
            Thread.sleep(java.time.Duration.ofNanos(left));
        }
    }
}
