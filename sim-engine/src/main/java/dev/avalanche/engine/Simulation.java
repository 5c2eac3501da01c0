package dev.avalanche.engine;

import dev.avalanche.engine.internal.Calendar;
import dev.avalanche.engine.internal.Lane;

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
 *
 * <p>Deadlines, events that are nearly always cancelled before they fire (a timeout, a user's
 * patience), may be scheduled with {@link #scheduleDeadlineNanos}: they wait in a calendar of their
 * own, so that the calendar of the events that do fire stays small, and its deep levels in the
 * processor's cache, however many deadlines are pending. Both calendars draw their insertion
 * sequence from one counter, and each step fires the earlier of their first entries: the order of
 * events is exactly that of one calendar.
 *
 * <p>Timers whose delay is one of a few values that recur (a retransmission timer's steps) may be
 * scheduled with {@link #scheduleLaneNanos}: the events of one delay wait in a first-in first-out
 * lane of their own, in the order they fire, at O(1) a schedule instead of the heap's O(log n) for
 * adding and again for removing, and out of the heap of the other events. The same sequence orders
 * the lanes' entries against the calendars', so here too the order of events is that of one calendar.
 */
public final class Simulation {

    /** Events with a lower priority number fire first among those due at the same instant. */
    public static final int DEFAULT_PRIORITY = 0;
    /** Where a pending event's entry waits ({@link Event#queue}): the calendar, the deadlines, lane k at LANE + k. */
    static final byte CALENDAR = 0;
    static final byte DEADLINES = 1;
    private static final byte LANE = 2;
    /** At most this many lanes; {@link #scheduleLaneNanos} with a delay past them uses the calendar. */
    public static final int MAX_LANES = 16;

    private final Calendar<Event> calendar = new Calendar<>();
    /** The deadlines ({@link #scheduleDeadlineNanos}); their ties come from the same {@link #seq}. */
    private final Calendar<Event> deadlines = new Calendar<>();
    /** The lanes ({@link #scheduleLaneNanos}), one a delay, in the order their delays first came. */
    @SuppressWarnings("unchecked")
    private final Lane<Event>[] lanes = new Lane[MAX_LANES];
    private int laneCount;
    /** The lane whose first entry comes first, null when none has an entry; valid when {@link #firstLaneKnown}. */
    private Lane<Event> firstLane;
    private boolean firstLaneKnown = true;
    /** The insertion sequence of the calendars and lanes. */
    private long seq;
    private long now;
    private long fired;
    /**
     * What the loop reads from the next event ahead of time, kept so that the read is not dropped:
     * in a large calendar the next event's object is then on its way to the cache while this one
     * fires ({@link Calendar#secondPayload}).
     */
    private long warm;
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
        int n = calendar.pending() + deadlines.pending();
        for (int k = 0; k < laneCount; k++) {
            n += lanes[k].pending();
        }
        return n;
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
        enter(event, timeNanos, priority, CALENDAR);
    }

    /**
     * Schedules {@code event} {@code delayNanos} from now at the default priority, as a deadline:
     * an event that is usually cancelled before it fires (a timeout, a user's patience). It fires
     * exactly when {@link #scheduleNanos} would have fired it, in the same order; only where it
     * waits differs (see the class comment). Events that usually fire belong in {@link #scheduleNanos}.
     *
     * @throws IllegalArgumentException when {@code delayNanos} is negative
     * @throws IllegalStateException when the event is already pending (cancel it first)
     */
    public void scheduleDeadlineNanos(Event event, long delayNanos) {
        enter(event, afterNanos(delayNanos), DEFAULT_PRIORITY, DEADLINES);
    }

    /**
     * Schedules {@code event} {@code delayNanos} from now at the default priority, in the lane of
     * that delay: for timers whose delay is one of a few values that recur (a retransmission
     * timer's steps). It fires exactly when {@link #scheduleNanos} would have fired it, in the same
     * order; only where it waits differs (see the class comment). The first {@value #MAX_LANES}
     * delays get a lane each; later ones are scheduled in the calendar, as {@link #scheduleNanos}.
     *
     * @throws IllegalArgumentException when {@code delayNanos} is negative
     * @throws IllegalStateException when the event is already pending (cancel it first)
     */
    public void scheduleLaneNanos(Event event, long delayNanos) {
        long time = afterNanos(delayNanos);
        enter(event, time, DEFAULT_PRIORITY, laneOf(delayNanos));
    }

    /** The queue of the lane of {@code delay}, made when there is room for one; else the calendar. */
    private byte laneOf(long delay) {
        for (int k = 0; k < laneCount; k++) {
            if (lanes[k].delay() == delay) {
                return (byte) (LANE + k);
            }
        }
        if (laneCount == MAX_LANES) {
            return CALENDAR;
        }
        lanes[laneCount] = new Lane<>(delay);
        return (byte) (LANE + laneCount++);
    }

    private void enter(Event event, long timeNanos, int priority, byte queue) {
        if (timeNanos < now) {
            throw new IllegalArgumentException("cannot schedule an event in the past: at " + SimDuration.format(timeNanos)
                    + " but now is " + SimDuration.format(now));
        }
        if (event.pending) {
            throw new IllegalStateException("the event is already pending at " + SimDuration.format(event.dueNanos)
                    + "; cancel it before scheduling it again");
        }
        // The tie first: when the priority is rejected the event must stay unscheduled, not look
        // pending while no entry will ever fire it.
        long tie = Calendar.tie(priority, seq);
        seq++;
        if (queue == CALENDAR) {
            event.slot = calendar.addTied(timeNanos, tie, event);
        } else if (queue == DEADLINES) {
            event.slot = deadlines.addTied(timeNanos, tie, event);
        } else {
            Lane<Event> lane = lanes[queue - LANE];
            if (lane.pending() == 0) {
                firstLaneKnown = false; // its new first entry may come before the other lanes'
            }
            event.slot = lane.add(timeNanos, tie, event);
        }
        event.pending = true;
        event.queue = queue;
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
        Calendar<Event> main = calendar;
        Calendar<Event> dl = deadlines;
        while (true) {
            boolean any = main.settleFirst();
            Calendar<Event> cal = main;
            if (dl.settleFirst()) {
                if (!any || dl.firstBefore(main)) {
                    cal = dl;
                }
                any = true;
            }
            Lane<Event> lane = laneCount == 0 ? null : firstLane();
            long t;
            Event e;
            Object next;
            if (lane != null && (!any || laneBefore(lane, cal))) {
                t = lane.firstTime();
                if (t > end) {
                    break;
                }
                e = lane.firstPayload();
                next = lane.secondPayload();
                lane.removeFirst();
                firstLaneKnown = false;
            } else {
                if (!any) {
                    break;
                }
                t = cal.firstTime();
                if (t > end) {
                    break;
                }
                e = cal.firstPayload();
                if (e == null) {
                    cal.removeFirst();
                    continue;
                }
                // Deferred so that an event scheduled by fire() takes this entry's place in the heap.
                cal.removeFirstDeferred();
                next = cal.secondPayload();
            }
            if (next != null) {
                warm ^= ((Event) next).dueNanos;
            }
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

    /** The lane whose first entry comes first, its cancelled entries dropped from the front; null: none has an entry. */
    private Lane<Event> firstLane() {
        if (!firstLaneKnown) {
            Lane<Event> first = null;
            for (int k = 0; k < laneCount; k++) {
                Lane<Event> l = lanes[k];
                if (l.settleFirst() && (first == null || l.firstTime() < first.firstTime()
                        || (l.firstTime() == first.firstTime() && l.firstTie() < first.firstTie()))) {
                    first = l;
                }
            }
            firstLane = first;
            firstLaneKnown = true;
        }
        return firstLane;
    }

    /** Whether the first entry of {@code lane} comes before that of {@code cal}; both settled. */
    private static boolean laneBefore(Lane<Event> lane, Calendar<Event> cal) {
        long t = lane.firstTime();
        long u = cal.firstTime();
        return t < u || (t == u && lane.firstTie() < cal.firstTie());
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
    void cancelled(int slot, byte queue) {
        if (queue == CALENDAR) {
            calendar.cancel(slot);
        } else if (queue == DEADLINES) {
            deadlines.cancel(slot);
        } else {
            Lane<Event> lane = lanes[queue - LANE];
            lane.cancel(slot);
            if (lane == firstLane) {
                firstLaneKnown = false; // its first entry may be the one cancelled
            }
        }
    }

    private long afterNanos(long delay) {
        if (delay < 0) {
            throw new IllegalArgumentException("a delay must be >= 0 but was " + SimDuration.format(delay));
        }
        return Math.addExact(now, delay);
    }
}
