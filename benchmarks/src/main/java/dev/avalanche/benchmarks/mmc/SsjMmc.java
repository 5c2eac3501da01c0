package dev.avalanche.benchmarks.mmc;

import java.util.function.Supplier;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * M/M/c on SSJ, the reference Java simulation library, written as its own examples write models:
 * a {@link Simulator} over a chosen {@link EventList}, one reusable {@link Event} for the arrivals
 * and one per server for its departures, each rescheduled from its {@code actions()}.
 *
 * <p>SSJ keeps time in a {@code double}. The model's clock unit here is the nanosecond: every
 * instant and delay is a whole number of nanoseconds below 2^53, so SSJ's sums are exact and its
 * events fall on the very instants the other implementations use. SSJ fires events with equal time
 * and priority first-in first-out, so it sees the same sample path.
 */
final class SsjMmc {

    private SsjMmc() {
    }

    static MmcOutcome simulate(MmcConfig config, Supplier<EventList> eventList) {
        Simulator sim = new Simulator(eventList.get());
        sim.init();
        MmcBookkeeping book = new MmcBookkeeping(config);
        Departure[] departures = new Departure[config.servers()];
        for (int s = 0; s < departures.length; s++) {
            departures[s] = new Departure(sim, book, s);
        }
        new Arrival(sim, book, departures).schedule(book.interarrivalNanos());
        sim.start();
        return book.outcome((long) sim.time());
    }

    private static final class Arrival extends Event {
        private final MmcBookkeeping book;
        private final Departure[] departures;

        Arrival(Simulator sim, MmcBookkeeping book, Departure[] departures) {
            super(sim);
            this.book = book;
            this.departures = departures;
        }

        @Override
        public void actions() {
            int server = book.arrive((long) sim.time());
            if (book.moreToArrive()) {
                schedule(book.interarrivalNanos());
            }
            if (server != MmcBookkeeping.QUEUED) {
                departures[server].schedule(book.serviceNanos());
            }
        }
    }

    private static final class Departure extends Event {
        private final MmcBookkeeping book;
        private final int server;

        Departure(Simulator sim, MmcBookkeeping book, int server) {
            super(sim);
            this.book = book;
            this.server = server;
        }

        @Override
        public void actions() {
            if (book.depart(server, (long) sim.time())) {
                schedule(book.serviceNanos());
            }
        }
    }
}
