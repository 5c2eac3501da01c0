package dev.avalanche.engine;

import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.engine.stats.Tally;
import java.util.ArrayDeque;

/**
 * An M/M/1 queue for tests that need a non-trivial, seeded run whose every number depends on the
 * order events fire in: two runs with the same streams must agree to the last bit.
 */
public final class SingleServerQueue {

    /** What a run produced; doubles compared exactly on purpose (determinism, not accuracy). */
    public record Summary(long eventsFired, long served, double meanWait, double maxWait, long endNanos) {
    }

    private final Simulation sim = new Simulation();
    private final RandomStream arrivals;
    private final RandomStream services;
    private final double arrivalRate;
    private final double serviceRate;
    /** Arrival instants (ns) of the customers waiting for the server. */
    private final ArrayDeque<Long> waiting = new ArrayDeque<>();
    private final Tally waits = new Tally();
    private boolean busy;
    private long served;

    private final Event arrival = new Event() {
        @Override
        protected void fire() {
            arrive();
        }
    };
    private final Event departure = new Event() {
        @Override
        protected void fire() {
            depart();
        }
    };

    private SingleServerQueue(RandomStreams streams, double arrivalRate, double serviceRate) {
        this.arrivals = streams.stream("arrivals");
        this.services = streams.stream("services");
        this.arrivalRate = arrivalRate;
        this.serviceRate = serviceRate;
    }

    /** Runs the queue (rates in events per second) from time zero to {@code end}. */
    public static Summary run(RandomStreams streams, double arrivalRate, double serviceRate, SimTime end) {
        SingleServerQueue q = new SingleServerQueue(streams, arrivalRate, serviceRate);
        q.sim.scheduleNanos(q.arrival, q.draw(q.arrivals, arrivalRate));
        q.sim.runUntil(end);
        return new Summary(q.sim.eventsFired(), q.served, q.waits.mean(), q.waits.max(), q.sim.nowNanos());
    }

    private void arrive() {
        if (busy) {
            waiting.add(sim.nowNanos());
        } else {
            busy = true;
            waits.add(0);
            sim.scheduleNanos(departure, draw(services, serviceRate));
        }
        sim.scheduleNanos(arrival, draw(arrivals, arrivalRate));
    }

    private void depart() {
        served++;
        Long arrivedAt = waiting.poll();
        if (arrivedAt == null) {
            busy = false;
            return;
        }
        waits.add((sim.nowNanos() - arrivedAt) / 1e9);
        sim.scheduleNanos(departure, draw(services, serviceRate));
    }

    private long draw(RandomStream rng, double rate) {
        return Math.round(rng.nextExponential() / rate * 1e9);
    }
}
