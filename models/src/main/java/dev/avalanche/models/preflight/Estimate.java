package dev.avalanche.models.preflight;

import dev.avalanche.engine.random.Distribution;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.RequestMix;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Service;
import dev.avalanche.models.config.Users;

/**
 * What one simulated run of one variant will hold and do, estimated from its configuration alone.
 * Counts of events and requests are upper bounds (a run never fires more events than
 * {@link #events}); memory is a rough estimate of the peak, on the high side.
 *
 * @param arrivalEvents open loop: arrival candidates drawn at the peak rate and thinned (an upper
 *     bound of a Poisson count); closed loop: 0
 * @param intents upper bound of the intents (first requests) of the run
 * @param sent upper bound of the requests sent, refreshes included
 * @param eventsPerRequest upper bound of the events one request fires (deadline, SYN retransmissions,
 *     accept, CPU, calls, local steps, discard, the timer before a refresh or the next closed-loop send)
 * @param events upper bound of the events the run fires
 * @param likelyEvents the events the run is likely to fire, for its time: while the servers keep up
 *     (Little's law below their pool, calls faster than the users' patience), the events of a request
 *     that goes well and at most one refresh per intent; while they do not, {@link #events}' worst case
 * @param rows time-series rows: the horizon (duration + drain) over the interval
 * @param inFlight requests held at once (users waiting, connections queued or retransmitting,
 *     workers busy), an estimate
 * @param runBytes heap the run needs while it runs
 * @param keptBytes heap its result keeps afterwards (timeline, latency histogram)
 */
public record Estimate(double arrivalEvents, double intents, double sent, double eventsPerRequest, double events,
        double likelyEvents, double rows, double inFlight, double runBytes, double keptBytes) {

    /** Heap of one request in flight: the request and its two timers, their calendar entries, the intent. */
    static final double REQUEST_BYTES = 400;
    /** Heap of one outstanding third-party call: its event and calendar entry. */
    static final double CALL_BYTES = 100;
    /** Heap of one process (its queues) and one server (host, accept queue). */
    static final double PROCESS_BYTES = 150;
    /** Heap of one time-series row while running and once kept: 14 columns of doubles, copied a few times. */
    static final double ROW_BYTES = 500;
    /** A latency histogram (HdrHistogram, 3 digits over nanoseconds to hours) and the result's small parts. */
    static final double RESULT_BYTES = 200_000;

    /** Every figure a number: a product of an infinite count and a zero (a rate of 1e308, no refresh) counts as infinite. */
    public Estimate {
        arrivalEvents = sane(arrivalEvents);
        intents = sane(intents);
        sent = sane(sent);
        eventsPerRequest = sane(eventsPerRequest);
        events = sane(events);
        likelyEvents = sane(likelyEvents);
        rows = sane(rows);
        inFlight = sane(inFlight);
        runBytes = sane(runBytes);
        keptBytes = sane(keptBytes);
    }

    private static double sane(double v) {
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    /** The estimate of one run of {@code cfg}. */
    public static Estimate of(ModelConfig cfg) {
        double duration = cfg.duration().seconds();
        double horizon = duration + cfg.drain().seconds();
        Users users = cfg.users();
        Users.Refresh refresh = users.refresh();
        double refreshes = refresh.enabled() ? refresh.max() : 0;
        double arrivalEvents = 0;
        double intents;
        double peakSendRate;
        double clients;
        if (users.arrivals() instanceof Arrivals.Open open) {
            arrivalEvents = poissonUpper(open.rate().max() * duration);
            intents = poissonUpper(open.rate().integralSeconds(cfg.duration().nanos()));
            peakSendRate = open.rate().max();
            clients = 0;
        } else {
            Arrivals.Closed closed = (Arrivals.Closed) users.arrivals();
            intents = closed.requests();
            clients = Math.min(closed.concurrency(), closed.requests());
            peakSendRate = Double.POSITIVE_INFINITY;
        }
        double sent = intents * (1 + refreshes);
        double perRequest = eventsPerRequest(cfg);
        double events = arrivalEvents + sent * perRequest + clients + 2;
        double likely = clients + 2;
        if (users.arrivals() instanceof Arrivals.Open open) {
            // The profile in slices: each slice's intents at the cost per intent of its middle instant.
            long end = cfg.duration().nanos();
            double before = 0;
            for (int k = 1; k <= SLICES; k++) {
                long at = end / SLICES * k + (k == SLICES ? end % SLICES : 0);
                double upTo = open.rate().integralSeconds(at);
                long middle = at - end / SLICES / 2;
                likely += (upTo - before) * perIntent(cfg, perRequest, open.rate().valueAt(middle), middle);
                before = upTo;
            }
            likely += arrivalEvents;
        } else {
            likely += intents * perIntent(cfg, perRequest, Double.NaN, -1);
        }
        double rows = Math.ceil(horizon / cfg.interval().seconds()) + 1;
        double inFlight = Math.min(sent, held(cfg, peakSendRate, clients));
        double requestBytes = REQUEST_BYTES + CALL_BYTES * largestParallelGroup(cfg);
        Servers s = cfg.servers();
        double structures = (double) s.count() * (PROCESS_BYTES + s.processes() * PROCESS_BYTES);
        double runBytes = inFlight * requestBytes + clients * CALL_BYTES + structures + rows * ROW_BYTES;
        double keptBytes = rows * ROW_BYTES + RESULT_BYTES;
        return new Estimate(arrivalEvents, intents, sent, perRequest, events, likely, rows, inFlight, runBytes, keptBytes);
    }

    /** An upper bound of a Poisson count of mean {@code mean}: five standard deviations above it. */
    private static double poissonUpper(double mean) {
        return mean + 5 * Math.sqrt(mean) + 10;
    }

    /** The most events a request of any kind can fire. */
    private static double eventsPerRequest(ModelConfig cfg) {
        double most = 0;
        for (RequestMix.Kind k : cfg.requests().kinds()) {
            most = Math.max(most, eventsPerRequest(cfg, k.work()));
        }
        return most;
    }

    private static double eventsPerRequest(ModelConfig cfg, RequestWork w) {
        Servers s = cfg.servers();
        double e = 1; // the user's deadline (patience or the balancer's timeout)
        if (s.overflow() == Servers.Overflow.DROP) {
            e += s.tcp().maxSynRetransmissions();
        }
        e += s.accept().nanos() > 0 ? 1 : 0;
        e += 2 * (1 + (w.cpuAfter().isPresent() ? 1 : 0)); // a burst's completion, and one rescheduled
        for (RequestWork.Call c : w.calls()) {
            e += c.count();
        }
        e += w.local().size();
        e += 1; // discarded after its user left, or the timer of a refresh or of the next closed-loop send
        return e + 1;
    }

    /** Slices of the duration in which the open loop's likely cost is judged. */
    private static final int SLICES = 100;

    /**
     * The events one intent likely costs at {@code atNanos} (-1: at the worst degradation) when
     * intents arrive at {@code rate} per second (NaN: a closed loop): a request that goes well, and
     * a refresh at most, while the servers keep up; the worst case while they do not.
     */
    private static double perIntent(ModelConfig cfg, double perRequest, double rate, long atNanos) {
        Users.Refresh refresh = cfg.users().refresh();
        double refreshes = refresh.enabled() ? refresh.max() : 0;
        double service = serviceSeconds(cfg, atNanos);
        Servers s = cfg.servers();
        double pool = s.capacity() == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : s.capacity();
        boolean overloaded = Double.isNaN(rate)
                ? cfg.users().arrivals() instanceof Arrivals.Closed c && c.concurrency() > pool + (double) s.count() * (s.backlog() + 1)
                : rate * service >= pool;
        boolean impatient = impatient(cfg, service);
        if (overloaded || impatient || Double.isInfinite(service)) {
            return (1 + refreshes) * perRequest;
        }
        return (1 + Math.min(refreshes, 1) * refresh.probability()) * (likelyPerRequest(cfg) + 1);
    }

    /** Whether users or the balancer give up on requests that take {@code service} seconds. */
    private static boolean impatient(ModelConfig cfg, double service) {
        return cfg.users().patience().map(p -> service >= p.mean()).orElse(false)
                || cfg.balancer().map(b -> service >= b.timeout().seconds()).orElse(false);
    }

    /** The events of a request that goes well: its deadline, accept, bursts, calls and local steps, and a retransmitted SYN. */
    private static double likelyPerRequest(ModelConfig cfg) {
        double e = 0;
        for (RequestMix.Kind k : cfg.requests().kinds()) {
            e += k.share() * likelyPerRequest(cfg, k.work());
        }
        return e;
    }

    private static double likelyPerRequest(ModelConfig cfg, RequestWork w) {
        Servers s = cfg.servers();
        double e = cfg.users().patience().isPresent() || cfg.balancer().isPresent() ? 1 : 0;
        e += s.overflow() == Servers.Overflow.DROP ? 1 : 0;
        e += s.accept().nanos() > 0 ? 1 : 0;
        e += w.cpu().isPresent() || s.overhead().nanos() > 0 ? 1 : 0;
        e += w.cpuAfter().isPresent() ? 1 : 0;
        for (RequestWork.Call c : w.calls()) {
            e += c.count();
        }
        e += w.local().size();
        if (cfg.users().arrivals() instanceof Arrivals.Closed closed && closed.think() != null) {
            e += 1;
        }
        return e;
    }

    /**
     * Requests held at once: workers busy (Little's law, at most the pool), backlogs full, and, when
     * the servers cannot keep up at the third parties' worst within the run, SYNs retransmitting.
     */
    private static double held(ModelConfig cfg, double sendRate, double clients) {
        Servers s = cfg.servers();
        double pool = s.capacity() == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : s.capacity();
        double queues = (double) s.count() * ((double) s.backlog() + 1);
        long horizon = cfg.duration().nanos() + cfg.drain().nanos();
        double service = serviceSeconds(cfg, -1, horizon < 0 ? Long.MAX_VALUE : horizon);
        double busy = Math.min(pool, sendRate * service * requestsPerIntentWithin(cfg, service));
        double synWindow = s.tcp().synGiveUpNanos() / 1e9; // how long a dropped connection can wait
        // Connections wait for a place only while the servers fall behind (the same test as the
        // events' estimate): then every request sent within the window may be waiting at once.
        boolean behind = sendRate * service >= pool || impatient(cfg, service);
        double retrying = s.overflow() == Servers.Overflow.DROP && (behind || clients > 0)
                ? sendRate * synWindow * requestsPerIntentWithin(cfg, synWindow) : 0;
        double held = busy + queues + retrying;
        // A closed loop holds its clients' requests plus the orphans of those who gave up, in the pool.
        return clients > 0 ? Math.min(held, clients + Math.min(pool, queues + clients)) : held;
    }

    /**
     * Requests one intent can send within {@code seconds} (to have them all held at once): a new
     * one only once the user gave up the previous one and waited its refresh delay, at most 1 + max.
     */
    private static double requestsPerIntentWithin(ModelConfig cfg, double seconds) {
        Users.Refresh refresh = cfg.users().refresh();
        if (!refresh.enabled()) {
            return 1;
        }
        double cycle = cfg.users().patience().map(Distribution::mean).orElse(Double.POSITIVE_INFINITY) + refresh.delay().mean();
        return Math.min(1 + refresh.max(), 1 + seconds / cycle);
    }

    /** Mean seconds a worker spends on a request: CPU, calls at their worst degradation (at most their timeout), local steps. */
    static double serviceSeconds(ModelConfig cfg) {
        return serviceSeconds(cfg, -1);
    }

    /** As {@link #serviceSeconds(ModelConfig)}, with the calls' degradation at {@code atNanos} (-1: the worst). */
    static double serviceSeconds(ModelConfig cfg, long atNanos) {
        return serviceSeconds(cfg, atNanos, Long.MAX_VALUE);
    }

    /** As above; with {@code atNanos} -1, the worst degradation from the start to {@code untilNanos}. */
    private static double serviceSeconds(ModelConfig cfg, long atNanos, long untilNanos) {
        double base = cfg.servers().overhead().seconds() + cfg.servers().accept().seconds();
        if (!cfg.requests().mixed()) {
            return serviceSeconds(cfg, cfg.request(), atNanos, untilNanos, base);
        }
        double t = base;
        for (RequestMix.Kind k : cfg.requests().kinds()) {
            t += k.share() * serviceSeconds(cfg, k.work(), atNanos, untilNanos, 0);
        }
        return t;
    }

    /** {@code from} plus a request of work {@code w}'s own seconds: its CPU, calls and local steps. */
    private static double serviceSeconds(ModelConfig cfg, RequestWork w, long atNanos, long untilNanos, double from) {
        double t = from + w.cpu().map(Distribution::mean).orElse(0.0) + w.cpuAfter().map(Distribution::mean).orElse(0.0);
        for (RequestWork.Call c : w.calls()) {
            Service svc = cfg.services().get(c.service());
            double factor = atNanos < 0 ? svc.degradation().maxUpTo(untilNanos) : svc.degradation().valueAt(atNanos);
            double call = Math.min(svc.latency().mean() * factor, svc.timeout().seconds());
            t += c.mode() == RequestWork.Call.Mode.PARALLEL ? call : call * c.count();
        }
        for (RequestWork.LocalStep l : w.local()) {
            t += l.latency().seconds();
        }
        return t;
    }

    /** The most calls one request of any kind has outstanding at once. */
    static double largestParallelGroup(ModelConfig cfg) {
        double most = 0;
        for (RequestMix.Kind k : cfg.requests().kinds()) {
            most = Math.max(most, largestParallelGroup(k.work()));
        }
        return most;
    }

    private static double largestParallelGroup(RequestWork w) {
        double most = 0;
        for (RequestWork.Call c : w.calls()) {
            most = Math.max(most, c.mode() == RequestWork.Call.Mode.PARALLEL ? c.count() : 1);
        }
        return most;
    }
}
