package dev.avalanche.engine;

import dev.avalanche.engine.internal.Calendar;

/**
 * One discrete-event simulation: a clock and an event calendar. Events fire in the order
 * (time, priority, insertion sequence), so a run is fully determined by what was scheduled.
 *
 * <p>A simulation is an ordinary object with no shared state: any number may run side by side in
 * one JVM, one per thread. An instance itself is not thread-safe; schedule, cancel and run it from
 * the one thread that owns it.
 *
 * <p>Time is exact: whole nanoseconds in a {@code long}. The {@code ...Nanos} methods are the same
 * operations without wrapper objects, for models whose inner loop schedules millions of events.
 */
public final class Simulation {

    /** Events with a lower priority number fire first among those due at the same instant. */
    public static final int DEFAULT_PRIORITY = 0;

    /** Below this many entries a heap full of cancelled timers is cheaper to keep than to compact. */
    private static final int COMPACT_THRESHOLD = 4096;

    private final Calendar<Event> calendar = new Calendar<>();
    private long now;
    private long fired;
    private int stale;
    private boolean stopRequested;
    private boolean observing;
    private long observeEvery;
    private long nextObservation;
    private java.util.function.LongConsumer observer;

    /** The current instant. */
    public SimTime now() {
        return new SimTime(now);
    }

    /** The current instant in nanoseconds since time zero. */
    public long nowNanos() {
        return now;
    }

    /** How many events have fired so far (cancelled ones excluded). */
    public long eventsFired() {
        return fired;
    }

    /** How many events are pending (cancelled ones excluded). */
    public int pendingEvents() {
        return calendar.size() - stale;
    }

    /** Schedules {@code event} to fire {@code delay} from now at the default priority. */
    public void schedule(Event event, SimDuration delay) {
        scheduleAtNanos(event, afterNanos(delay.nanos()), DEFAULT_PRIORITY);
    }

    /** Schedules {@code event} to fire {@code delay} from now; among equal times lower priorities fire first. */
    public void schedule(Event event, SimDuration delay, int priority) {
        scheduleAtNanos(event, afterNanos(delay.nanos()), priority);
    }

    /** Schedules {@code event} to fire at {@code time}, which must not be in the past. */
    public void scheduleAt(Event event, SimTime time) {
        scheduleAtNanos(event, time.nanos(), DEFAULT_PRIORITY);
    }

    /** Schedules {@code action} {@code delay} from now and returns a handle that can cancel it. */
    public Timer schedule(SimDuration delay, Runnable action) {
        Timer t = new Timer(action);
        schedule(t, delay);
        return t;
    }

    /** {@link #schedule(Event, SimDuration)} with the delay in nanoseconds. */
    public void scheduleNanos(Event event, long delayNanos) {
        scheduleAtNanos(event, afterNanos(delayNanos), DEFAULT_PRIORITY);
    }

    /**
     * Schedules {@code event} at the absolute instant {@code timeNanos}.
     *
     * @throws IllegalArgumentException when {@code timeNanos} is before now, or the priority is out of
     *     [{@value Calendar#MIN_PRIORITY}, {@value Calendar#MAX_PRIORITY}]
     * @throws IllegalStateException when the event is already pending (cancel it first)
     */
    public void scheduleAtNanos(Event event, long timeNanos, int priority) {
        if (timeNanos < now) {
            throw new IllegalArgumentException("cannot schedule an event in the past: at " + SimDuration.format(timeNanos)
                    + " but now is " + SimDuration.format(now));
        }
        if (event.pending) {
            throw new IllegalStateException("the event is already pending at " + SimDuration.format(event.dueNanos)
                    + "; cancel it before scheduling it again");
        }
        // Add first: when the calendar rejects the priority the event must stay unscheduled, not
        // look pending while no entry will ever fire it.
        event.slot = calendar.add(timeNanos, priority, event);
        event.pending = true;
        if (event.owner != this) {
            event.owner = this;
        }
        event.dueNanos = timeNanos;
    }

    /** Runs until no event is pending or {@link #stop()} is called. */
    public void run() {
        runUntilNanos(Long.MAX_VALUE);
    }

    /**
     * Fires every event due at or before {@code end}, then leaves the clock at {@code end} (or at the
     * instant {@link #stop()} was called).
     */
    public void runUntil(SimTime end) {
        runUntilNanos(end.nanos());
    }

    private void runUntilNanos(long end) {
        stopRequested = false;
        Calendar<Event> cal = calendar;
        while (cal.settleFirst()) {
            long t = cal.firstTime();
            if (t > end) {
                break;
            }
            Event e = cal.firstPayload();
            if (e == null) {
                cal.removeFirst();
                stale--;
                continue;
            }
            // Deferred so that an event scheduled by fire() takes this entry's place in the heap.
            cal.removeFirstDeferred();
            now = t;
            if (observing && t >= nextObservation) {
                observe(t);
            }
            e.pending = false;
            fired++;
            e.fire();
            if (stopRequested) {
                return;
            }
        }
        if (end != Long.MAX_VALUE && end > now) {
            now = end;
        }
    }

    /**
     * Calls {@code observer} with the clock (in nanoseconds) whenever it first reaches or passes a
     * multiple of {@code every}: for progress reports. It schedules no event, so it changes neither
     * the order of events nor when a run ends.
     *
     * @throws IllegalArgumentException when {@code every} is not positive
     */
    public void observe(SimDuration every, java.util.function.LongConsumer observer) {
        if (every.nanos() <= 0) {
            throw new IllegalArgumentException("an observation period must be > 0 but was " + every);
        }
        this.observeEvery = every.nanos();
        this.observer = observer;
        this.observing = true;
        this.nextObservation = (now / observeEvery + 1) * observeEvery;
    }

    private void observe(long t) {
        nextObservation = (t / observeEvery + 1) * observeEvery;
        observer.accept(t);
    }

    /** Makes {@link #run()} return after the event being fired. */
    public void stop() {
        stopRequested = true;
    }

    /** Called by {@link Event#cancel()}: the event's entry is now stale. */
    void cancelled(int slot) {
        calendar.cancel(slot);
        stale++;
        int size = calendar.size();
        if (size > COMPACT_THRESHOLD && stale > size / 2) {
            calendar.compact();
            stale = 0;
        }
    }

    private long afterNanos(long delay) {
        if (delay < 0) {
            throw new IllegalArgumentException("a delay must be >= 0 but was " + SimDuration.format(delay));
        }
        return Math.addExact(now, delay);
    }
}
