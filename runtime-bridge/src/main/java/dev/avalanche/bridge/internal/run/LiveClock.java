package dev.avalanche.bridge.internal.run;

import dev.avalanche.engine.SimDuration;

/**
 * Wall time since the run's origin, and the conversion between wall time and scenario time by the
 * time scale K: a scenario duration of d plays as d / K on the wire, and a wall span of w reads as
 * w x K in the result. Nanoseconds throughout, from {@link System#nanoTime()}.
 *
 * <p>The origin is this clock's creation until {@link #start()} moves it to the instant the traffic
 * begins. Thread-safe.
 *
 * <p>Two JVMs (the server's and the users' child JVM) share an origin through the wall clock, since
 * each JVM's {@code nanoTime} has an origin of its own: the parent passes {@link #epochMicros()},
 * the wall-clock instant of its origin, and the child maps it back with {@link #startAtEpoch}. Each
 * side reads the wall clock and {@code nanoTime} back to back, keeping the closest of a few pairs,
 * so each mapping is off by at most half that bracket plus the microsecond the instant is rounded
 * to: the two origins agree within a few microseconds. Afterwards both sides count on the kernel's
 * monotonic clock, which runs at the same rate in both processes, so the error does not grow during
 * the run. A step of the wall clock (NTP, a manual change) between the two readings, about a second
 * apart, would shift every time the child logs by the step; nothing guards against that.
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

    /** The traffic begins at {@code originNanoTime} ({@link System#nanoTime()} of this JVM, maybe ahead). */
    public void startAt(long originNanoTime) {
        origin = originNanoTime;
    }

    /** The origin as {@link System#nanoTime()} of this JVM reads it. */
    public long originNanoTime() {
        return origin;
    }

    /** The origin as a wall-clock instant, microseconds since 1970 (see the class comment for the error). */
    public long epochMicros() {
        long[] pair = wallAndNano();
        return pair[0] + Math.floorDiv(origin - pair[1], 1000);
    }

    /** Moves the origin to the wall-clock instant {@code epochMicros} (from another JVM's {@link #epochMicros()}). */
    public void startAtEpoch(long epochMicros) {
        long[] pair = wallAndNano();
        origin = pair[1] + (epochMicros - pair[0]) * 1000;
    }

    /** The wall clock in microseconds and the nanoTime at that instant, the closest of five back-to-back readings. */
    private static long[] wallAndNano() {
        long[] best = null;
        long bracket = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long before = System.nanoTime();
            java.time.Instant now = java.time.Instant.now();
            long after = System.nanoTime();
            if (after - before < bracket) {
                bracket = after - before;
                best = new long[] {now.getEpochSecond() * 1_000_000 + now.getNano() / 1000, before + bracket / 2};
            }
        }
        return best;
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
