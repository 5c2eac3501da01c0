package dev.avalanche.models.queueing;

import dev.avalanche.engine.Event;

/** One server of a {@link Station}; as an event, the end of its current service. Reused for every customer it serves. */
final class Server extends Event {

    final Station station;
    /** The customer in service; null while idle. */
    Customer customer;

    Server(Station station) {
        this.station = station;
    }

    @Override
    protected void fire() {
        station.complete(this);
    }
}
