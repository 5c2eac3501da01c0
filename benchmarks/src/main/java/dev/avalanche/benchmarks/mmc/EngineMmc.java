package dev.avalanche.benchmarks.mmc;

import dev.avalanche.engine.Event;
import dev.avalanche.engine.Simulation;

/**
 * M/M/c on the engine, written the way a model should use it: one reusable {@link Event} for the
 * arrival process and one per server for its departures, scheduled with
 * {@link Simulation#scheduleNanos}.
 */
final class EngineMmc {

    private EngineMmc() {
    }

    static MmcOutcome simulate(MmcConfig config) {
        Simulation sim = new Simulation();
        MmcBookkeeping book = new MmcBookkeeping(config);
        Departure[] departures = new Departure[config.servers()];
        for (int s = 0; s < departures.length; s++) {
            departures[s] = new Departure(sim, book, s);
        }
        Arrival arrival = new Arrival(sim, book, departures);
        sim.scheduleNanos(arrival, book.interarrivalNanos());
        sim.run();
        return book.outcome(sim.nowNanos());
    }

    private static final class Arrival extends Event {
        private final Simulation sim;
        private final MmcBookkeeping book;
        private final Departure[] departures;

        Arrival(Simulation sim, MmcBookkeeping book, Departure[] departures) {
            this.sim = sim;
            this.book = book;
            this.departures = departures;
        }

        @Override
        protected void fire() {
            int server = book.arrive(sim.nowNanos());
            if (book.moreToArrive()) {
                sim.scheduleNanos(this, book.interarrivalNanos());
            }
            if (server != MmcBookkeeping.QUEUED) {
                sim.scheduleNanos(departures[server], book.serviceNanos());
            }
        }
    }

    private static final class Departure extends Event {
        private final Simulation sim;
        private final MmcBookkeeping book;
        private final int server;

        Departure(Simulation sim, MmcBookkeeping book, int server) {
            this.sim = sim;
            this.book = book;
            this.server = server;
        }

        @Override
        protected void fire() {
            if (book.depart(server, sim.nowNanos())) {
                sim.scheduleNanos(this, book.serviceNanos());
            }
        }
    }
}
