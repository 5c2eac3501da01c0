package dev.avalanche.engine;

/**
 * Something that happens at an instant of simulated time. Subclass it and implement {@link #fire()}.
 *
 * <p>An event object is reusable: once it has fired, or been cancelled, it may be scheduled again,
 * which is how hot models avoid allocating one object per occurrence. While it is pending it
 * belongs to exactly one {@link Simulation}.
 *
 * <p>Not thread-safe: an event is touched only by the thread that runs its simulation.
 */
public abstract class Event {

    /** Whether the event is in a calendar, due to fire. */
    boolean pending;
    /**
     * The simulation it was last scheduled in; kept after it fires, so that scheduling it again in
     * the same simulation stores no reference (each reference store costs the collector's barrier).
     */
    Simulation owner;
    /** Its entry's slot (in a calendar) or position (in a lane) while it is pending. */
    int slot;
    /** Where its entry waits: {@link Simulation#CALENDAR}, {@link Simulation#DEADLINES} or a lane. */
    byte queue;
    long dueNanos;

    /** What happens. Runs on the simulation's thread with {@link Simulation#now()} equal to the due time. */
    protected abstract void fire();

    /** Whether the event is scheduled and has neither fired nor been cancelled. */
    public final boolean isPending() {
        return pending;
    }

    /**
     * The instant the pending event will fire.
     *
     * @throws IllegalStateException when the event is not pending
     */
    public final SimTime dueTime() {
        if (!pending) {
            throw new IllegalStateException("the event is not pending");
        }
        return new SimTime(dueNanos);
    }

    /**
     * Withdraws the event from its calendar in O(1): its entry stays where it waits and is skipped
     * when it reaches the front (lazy deletion).
     *
     * @return true when the event was pending, false when there was nothing to cancel
     */
    public final boolean cancel() {
        if (!pending) {
            return false;
        }
        pending = false;
        owner.cancelled(slot, queue);
        return true;
    }
}
