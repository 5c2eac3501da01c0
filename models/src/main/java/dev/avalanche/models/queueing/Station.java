package dev.avalanche.models.queueing;

import dev.avalanche.engine.Event;
import dev.avalanche.engine.SimTime;
import dev.avalanche.engine.Simulation;
import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.engine.stats.StatisticsGroup;
import dev.avalanche.engine.stats.Tally;
import dev.avalanche.engine.stats.TimeWeighted;

/**
 * The state and event logic of one run of a {@link StationConfig}. One arrival event, one event per
 * server and the customers themselves (as patience timers) are the only events, and all but the
 * customers are reused, so a run allocates one object per arrival. Single use, single thread.
 */
final class Station {

    private final Simulation sim = new Simulation();
    private final StationConfig config;
    private final RandomStream arrivalStream;
    private final RandomStream serviceStream;
    private final RandomStream patienceStream;
    /** K; without a configured limit, the most an int count can reach, which memory never allows. */
    private final int capacity;
    /** Counted arrivals after which no more are generated; in a time-stopped run, never reached. */
    private final long arrivalLimit;
    private final long warmUpNanos;
    private final Server[] idle;
    private int idleCount;
    private final CustomerQueue waiting = new CustomerQueue();
    private int inSystem;

    private final Event arrival = new Event() {
        @Override
        protected void fire() {
            arrive();
        }
    };
    private final TimeWeighted busy = new TimeWeighted(0, 0);
    private final TimeWeighted queue = new TimeWeighted(0, 0);
    private final TimeWeighted system = new TimeWeighted(0, 0);
    private final Tally waits = new Tally();
    private final Tally sojourns = new Tally();
    private long arrivals;
    private long blocked;
    private long served;
    private long abandoned;
    private long waited;
    /** Exact in whole nanoseconds, so Little's law can be checked to rounding. */
    private long sojournNanos;

    Station(StationConfig config, RandomStreams streams) {
        this.config = config;
        this.arrivalStream = streams.stream("arrivals");
        this.serviceStream = streams.stream("service");
        this.patienceStream = streams.stream("patience");
        this.capacity = config.capacity().orElse(Integer.MAX_VALUE);
        this.arrivalLimit = config.stop() instanceof StopRule.AfterArrivals(long count) ? count : Long.MAX_VALUE;
        this.warmUpNanos = config.warmUp().nanos();
        this.idle = new Server[config.servers()];
        for (int i = 0; i < idle.length; i++) {
            idle[i] = new Server(this);
        }
        this.idleCount = idle.length;
    }

    StationResult run() {
        sim.scheduleNanos(arrival, draw(config.interArrival(), arrivalStream, "interArrival"));
        if (warmUpNanos > 0) {
            StatisticsGroup levels = new StatisticsGroup();
            levels.add(busy);
            levels.add(queue);
            levels.add(system);
            levels.resetAt(sim, new SimTime(warmUpNanos));
        }
        switch (config.stop()) {
            case StopRule.AfterArrivals ignored -> sim.run();
            case StopRule.AtTime(SimTime end) -> sim.runUntil(end);
        }
        long end = sim.nowNanos();
        return new StationResult(arrivals, blocked, served, abandoned, waited, waits.mean(), sojourns.mean(),
                busy.mean(end), queue.mean(end), system.mean(end), new SimTime(end), system.integralSeconds(end),
                sojournNanos / 1e9);
    }

    private void arrive() {
        long now = sim.nowNanos();
        boolean counted = now >= warmUpNanos;
        if (counted) {
            arrivals++;
        }
        if (!counted || arrivals < arrivalLimit) {
            sim.scheduleNanos(arrival, draw(config.interArrival(), arrivalStream, "interArrival"));
        }
        if (inSystem >= capacity) {
            if (counted) {
                blocked++;
            }
            return;
        }
        Customer customer = new Customer(this, now, counted);
        system.update(now, ++inSystem);
        if (idleCount > 0) {
            Server server = idle[--idleCount];
            busy.update(now, idle.length - idleCount);
            begin(server, customer, now);
            return;
        }
        if (counted) {
            waited++;
        }
        waiting.add(customer);
        queue.update(now, waiting.length());
        if (config.patience().isPresent()) {
            sim.scheduleNanos(customer, draw(config.patience().get(), patienceStream, "patience"));
        }
    }

    /** The end of {@code server}'s service. */
    void complete(Server server) {
        long now = sim.nowNanos();
        Customer done = server.customer;
        leave(done, now);
        if (done.counted) {
            served++;
            sojourns.add((now - done.arrivalNanos) / 1e9);
        }
        Customer next = waiting.first();
        if (next == null) {
            server.customer = null;
            idle[idleCount++] = server;
            busy.update(now, idle.length - idleCount);
            return;
        }
        waiting.remove(next);
        next.cancel(); // its patience timer, if it has one
        queue.update(now, waiting.length());
        begin(server, next, now);
    }

    /** The end of {@code customer}'s patience while still waiting. */
    void abandon(Customer customer) {
        long now = sim.nowNanos();
        waiting.remove(customer);
        queue.update(now, waiting.length());
        leave(customer, now);
        if (customer.counted) {
            abandoned++;
        }
    }

    private void begin(Server server, Customer customer, long now) {
        if (customer.counted) {
            waits.add((now - customer.arrivalNanos) / 1e9);
        }
        server.customer = customer;
        sim.scheduleNanos(server, draw(config.service(), serviceStream, "service"));
    }

    private void leave(Customer customer, long now) {
        system.update(now, --inSystem);
        if (customer.counted) {
            sojournNanos += now - customer.arrivalNanos;
        }
    }

    /** One draw of {@code d} in whole nanoseconds, rounded to the nearest. */
    private static long draw(Distribution d, RandomStream stream, String role) {
        double seconds = d.sample(stream);
        double nanos = seconds * 1e9;
        if (!(nanos >= 0 && nanos < 0x1p62)) {
            throw new IllegalStateException(role + " distribution " + d.describe() + " drew " + seconds
                    + " s; a duration must be finite, >= 0 and below 2^62 ns");
        }
        return Math.round(nanos);
    }
}
