package dev.avalanche.models.sim;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.Simulation;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.engine.stats.LatencyHistogram;
import dev.avalanche.engine.stats.TimeSeries;
import dev.avalanche.models.VariantResults;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Service;
import dev.avalanche.models.resilience.Gradient2;
import dev.avalanche.models.result.Failures;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One simulated run of one variant: builds the servers, third parties, traffic and metrics on a
 * fresh {@link Simulation}, runs it, and condenses what it measured into a {@link VariantResult}.
 * Everything lives in the instance; runs on different threads share nothing.
 */
public final class AvalancheRun {

    private final ModelConfig cfg;
    private final Simulation sim = new Simulation();
    private final Metrics metrics;
    private final TcpCounters tcp = new TcpCounters();
    private final Flow flow;
    private final Map<String, Service> services;
    private double busyMean;
    private double queueMean;

    public AvalancheRun(ModelConfig cfg, RandomStreams randomness) {
        this.cfg = cfg;
        this.services = cfg.services();
        Streams streams = Streams.of(randomness);
        SimDuration horizon = cfg.duration().plus(cfg.drain());
        metrics = new Metrics(sim, cfg.warmup().nanos(), cfg.interval(), horizon,
                cfg.requests().kinds().stream().map(k -> k.name()).toList(), cfg.mitigated());
        Servers sc = cfg.servers();
        Server[] servers = new Server[sc.count()];
        long slots = sc.workers().unbounded() ? Long.MAX_VALUE : sc.workers().size();
        int carriers = switch (sc.workers().model()) {
            case THREADS -> Integer.MAX_VALUE;
            case GREENLETS -> 1;
            case VIRTUAL_THREADS -> sc.cores();
        };
        for (int i = 0; i < servers.length; i++) {
            Host host = new Host(sim, sc.cores());
            ServerProcess[] processes = new ServerProcess[sc.processes()];
            for (int p = 0; p < processes.length; p++) {
                processes[p] = sc.workers().gil().isPresent()
                        ? new ServerProcess(sim, host, slots, sc.workers().gil().get())
                        : new ServerProcess(host, slots, carriers);
                processes[p].limiter = sc.protection().limit().map(Gradient2::new)
                        .orElse(null);
            }
            servers[i] = new Server(host, processes, new Listener(sc.tcp(), sc.backlog(), sc.deferAccept(), tcp));
        }
        Map<String, ThirdParty> thirdParties = new LinkedHashMap<>();
        services.forEach((name, s) -> thirdParties.put(name, new ThirdParty(sim, s, streams.serviceLatency(name),
                streams.serviceErrors(name), metrics, s.client().retry().isPresent() ? streams.clientRetry(name) : null)));
        WorkPlan[] plans = cfg.requests().kinds().stream()
                .map(k -> new WorkPlan(k.work(), sc.overhead().nanos(), thirdParties)).toArray(WorkPlan[]::new);
        flow = new Flow(sim, cfg, servers, plans, metrics, tcp,
                Traffic.of(cfg.users(), cfg.requests(), cfg.duration().nanos(), streams), streams);
        sc.front().ifPresent(f -> {
            for (Server s : servers) {
                s.front = new FrontRouter(f, new Listener(sc.tcp(), f.backlog(), sc.deferAccept(), tcp),
                        new Loop(s.host), s.listener, flow.handshake);
            }
        });
    }

    /** Runs the variant to its end and returns what it measured, labelled {@code name}. */
    public VariantResult run(String name) {
        return run(name, fraction -> { });
    }

    /**
     * As {@link #run(String)}, telling {@code progress} the fraction of the horizon (duration +
     * drain) simulated, about a hundred times per run; it changes no result.
     */
    public VariantResult run(String name, java.util.function.DoubleConsumer progress) {
        long horizon = cfg.duration().plus(cfg.drain()).nanos();
        sim.observe(SimDuration.ofNanos(Math.max(1, horizon / 100)), t -> progress.accept(Math.min(1.0, (double) t / horizon)));
        long durationNanos = cfg.duration().nanos();
        if (cfg.warmup().nanos() > 0) {
            metrics.deleteWarmup();
        }
        boolean open = cfg.users().arrivals() instanceof dev.avalanche.models.config.Arrivals.Open;
        if (open) {
            sim.schedule(cfg.duration(), this::snapshotLevels);
        }
        flow.start(durationNanos + cfg.drain().nanos());
        sim.run();
        long end = sim.nowNanos();
        if (!open) {
            snapshotLevels();
        }
        TimeSeries series = metrics.series();
        series.finishNanos(Math.max(end, 1));
        Timeline timeline = VariantResults.timeline(cfg, series);
        RequestCounts counts = simulated(metrics.all.counts(metrics.calls()));
        List<VariantResults.KindMeasured> kinds = new ArrayList<>();
        for (Cohort kind : metrics.kinds) {
            kinds.add(new VariantResults.KindMeasured(simulated(kind.counts(metrics.kindCalls())), kind.latencySummary()));
        }
        VariantResults.Measured measured = new VariantResults.Measured(counts, metrics.all.latencySummary(),
                metrics.wait.count() == 0 ? 0 : metrics.wait.mean(), busyMean, metrics.busy.max(), queueMean,
                metrics.backlog.max(), metrics.lastOutcomeNanos / 1e9, kinds);
        return VariantResults.of(name, cfg, measured, timeline);
    }

    /** {@code counts} with the simulated failure breakdown: refused connections are resets or SYN timeouts by the overflow rule. */
    private RequestCounts simulated(RequestCounts counts) {
        return counts.withFailures(Failures.simulated(counts.failed(), counts.rejected(), counts.timedOut(),
                cfg.servers().overflow() == Servers.Overflow.RESET));
    }

    /**
     * The latencies of the measured completed requests, for merging replications (percentiles are
     * read from merged histograms, never averaged); valid after {@link #run}.
     */
    public LatencyHistogram latencies() {
        return metrics.all.latency;
    }

    /** Server-side bookkeeping for conservation checks: taken, answered, discarded, still held. */
    public record ServerAudit(long accepted, long responded, long discarded, long busyAtEnd) {
        public boolean conserved() {
            return accepted == responded + discarded + busyAtEnd;
        }
    }

    /**
     * What the kernel's counters would read over the run, every request and listener included
     * (nstat's TcpExtListenOverflows, TcpExtListenDrops, TcpExtSyncookiesSent; the clients' SYN and
     * request retransmissions).
     */
    public record KernelCounters(long listenOverflows, long listenDrops, long synRetransmissions,
            long dataRetransmissions, long cookies) {
    }

    /** The run's kernel counters; valid after {@link #run}. */
    public KernelCounters kernelCounters() {
        return new KernelCounters(tcp.listenOverflows, tcp.listenDrops, tcp.synRetransmissions, tcp.dataRetransmissions,
                tcp.cookies);
    }

    /** The server-side counts of the run (all requests, warm-up included); valid after {@link #run}. */
    public ServerAudit serverAudit() {
        return new ServerAudit(metrics.acceptedAll, metrics.respondedAll, metrics.discardedAll, Math.round(metrics.busy.value()));
    }

    /** The events the run fired; valid after {@link #run} (checks the preflight's estimate, {@code Estimate#events}). */
    public long eventsFired() {
        return sim.eventsFired();
    }

    /**
     * The longest time a request a worker went on to serve had waited in an accept queue, in
     * nanoseconds, all requests included; valid after {@link #run} of a scenario with mitigations
     * (load shedding promises it is at most its limit).
     */
    public long longestServedWaitNanos() {
        return metrics.mitigations == null ? 0 : metrics.mitigations.servedWaitMax;
    }

    /** The most calls any one bulkhead held at once; valid after {@link #run} of a scenario with mitigations. */
    public int bulkheadPeak() {
        return metrics.mitigations == null ? 0 : metrics.mitigations.bulkheadPeak;
    }

    private void snapshotLevels() {
        long now = sim.nowNanos();
        busyMean = metrics.busy.mean(now);
        queueMean = metrics.backlog.mean(now);
    }

}
