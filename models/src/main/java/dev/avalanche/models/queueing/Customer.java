package dev.avalanche.models.queueing;

import dev.avalanche.engine.Event;

/**
 * One customer in a {@link Station}. As an event it is the customer's own patience timer: it fires
 * when patience runs out and is cancelled when service starts. While waiting it is linked into the
 * station's {@link CustomerQueue}, so abandoning from the middle costs O(1).
 */
final class Customer extends Event {

    final Station station;
    /** Simulated arrival instant in nanoseconds. */
    final long arrivalNanos;
    /** Whether it arrived at or after the warm-up, and so enters the statistics. */
    final boolean counted;
    Customer previous;
    Customer next;

    Customer(Station station, long arrivalNanos, boolean counted) {
        this.station = station;
        this.arrivalNanos = arrivalNanos;
        this.counted = counted;
    }

    @Override
    protected void fire() {
        station.abandon(this);
    }
}
