package dev.avalanche.bridge.internal.run;

import dev.avalanche.bridge.internal.load.ClientLog;
import dev.avalanche.bridge.internal.load.ClientOutcome;
import dev.avalanche.bridge.internal.load.FailureTally;
import dev.avalanche.bridge.internal.run.RunEvents.Kind;
import dev.avalanche.bridge.internal.server.LevelLog;
import dev.avalanche.bridge.internal.server.ServerLog;
import dev.avalanche.engine.SimTime;
import dev.avalanche.engine.stats.LatencyHistogram;
import dev.avalanche.engine.stats.SeriesCounter;
import dev.avalanche.engine.stats.SeriesLatency;
import dev.avalanche.engine.stats.SeriesLevel;
import dev.avalanche.engine.stats.Tally;
import dev.avalanche.engine.stats.TimeSeries;
import dev.avalanche.engine.stats.TimeWeighted;
import dev.avalanche.models.VariantResults;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantResult;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Condenses the logs of a live run into the simulator's {@link VariantResult}, in scenario time
 * (wall x K). Counts follow the measured requests (intended at or after the warm-up) to their
 * outcomes; levels are time-weighted from the warm-up to the end of the traffic (open loop) or
 * of the run (closed loop); the timeline covers the whole run, with the simulator's columns.
 *
 * <p>The verdict and recovery follow the simulator's rules ({@link VariantResults}), on the
 * live timeline. Single-threaded: call it after the run's threads are done.
 */
public final class LiveSummary {

    private final ModelConfig cfg;
    private final LiveClock clock;
    private final boolean serverObserved;
    private final LatencyHistogram corrected = new LatencyHistogram();
    private final LatencyHistogram raw = new LatencyHistogram();
    private final LatencyHistogram sendLag = new LatencyHistogram();
    private final Tally wait = new Tally();
    private final Map<ClientOutcome, Long> outcomes = new EnumMap<>(ClientOutcome.class);
    private final FailureTally failures = new FailureTally();
    private long intents;
    private long sent;
    private long refreshes;
    private long completed;
    private long orphaned;
    private long discarded;
    private final long synRetransmissions;
    private long lastOutcome;

    private LiveSummary(ModelConfig cfg, LiveClock clock, boolean serverObserved, long synRetransmissions) {
        this.cfg = cfg;
        this.clock = clock;
        this.serverObserved = serverObserved;
        this.synRetransmissions = synRetransmissions;
        for (ClientOutcome o : ClientOutcome.values()) {
            outcomes.put(o, 0L);
        }
    }

    /**
     * The result of a run of the built-in servers that stopped at {@code endWallNanos}, labelled
     * {@code name}, plus its raw latency; {@code levels} holds each server's level log, whose changes
     * add up, in time order, to the deployment's busy workers and backlog.
     */
    public static Summary of(String name, ModelConfig cfg, LiveClock clock, ClientLog client, ServerLog server,
            List<LevelLog> levels, long synRetransmissions, long endWallNanos) {
        return new LiveSummary(cfg, clock, true, synRetransmissions).summarize(name, client, server, levels, endWallNanos);
    }

    /**
     * The result of a run against an external server, which keeps no log for us: {@code completed}
     * (and so throughput) counts the successful responses the users received, as orphans cannot be
     * seen from the client.
     */
    public static Summary ofTarget(String name, ModelConfig cfg, LiveClock clock, ClientLog client, long endWallNanos) {
        return new LiveSummary(cfg, clock, false, 0).summarize(name, client, new ServerLog(0), List.of(), endWallNanos);
    }

    /**
     * @param rawLatency latency from the actual send, where the result's is from the intended send
     * @param sendLag how late the measured requests were sent against their intended instants
     */
    public record Summary(VariantResult result, LatencySummary rawLatency, LatencySummary sendLag) {
    }

    private Summary summarize(String name, ClientLog client, ServerLog server, List<LevelLog> levels, long endWallNanos) {
        RunEvents events = new RunEvents();
        for (int id = 0; id < client.size(); id++) {
            if (client.wasSent(id)) {
                request(id, client, server, events, endWallNanos);
            }
        }
        for (LevelLog log : levels) {
            for (int i = 0; i < log.size(); i++) {
                events.add(clock.toModel(log.wallNanos(i)), switch (log.change(i)) {
                    case QUEUED -> Kind.QUEUED;
                    case DEQUEUED -> Kind.DEQUEUED;
                    case BUSY -> Kind.BUSY;
                    case IDLE -> Kind.IDLE;
                });
            }
        }
        long end = Math.max(Math.max(clock.toModel(endWallNanos), events.last()), 1);
        long warmup = cfg.warmup().nanos();
        events.add(Math.min(warmup, end), Kind.WARMUP_OVER);
        boolean open = cfg.users().arrivals() instanceof Arrivals.Open;
        events.add(open ? Math.min(cfg.duration().nanos(), end) : end, Kind.LEVELS_SNAPSHOT);
        events.sort();
        return replay(name, events, end);
    }

    private void request(int id, ClientLog client, ServerLog server, RunEvents events, long endWallNanos) {
        long intended = clock.toModel(client.intendedNanos(id));
        long sentAt = clock.toModel(client.sentNanos(id));
        boolean measured = intended >= cfg.warmup().nanos();
        if (!client.isRefresh(id)) {
            events.add(intended, Kind.INTENT);
            intents += measured ? 1 : 0;
        }
        events.add(sentAt, Kind.SENT);
        ClientOutcome o = client.outcome(id);
        if (measured) {
            sendLag.record(Math.max(0, sentAt - intended));
            sent++;
            refreshes += client.isRefresh(id) ? 1 : 0;
            outcomes.merge(o, 1L, Long::sum);
            client.failure(id).ifPresent(f -> failures.add(f, client.failureStatus(id)));
        }
        if (o != ClientOutcome.IN_FLIGHT) {
            long at = clock.toModel(client.resolvedNanos(id));
            events.add(at, kindOf(o));
            if (o == ClientOutcome.GOODPUT) {
                latency(at, intended, sentAt, measured, events);
                if (!serverObserved) {
                    events.add(at, Kind.COMPLETED);
                    completed += measured ? 1 : 0;
                }
            }
            if (measured) {
                lastOutcome = Math.max(lastOutcome, at);
            }
        }
        ServerLog.Stage stage = serverObserved ? stageAt(server, id, endWallNanos) : ServerLog.Stage.NOT_SEEN;
        if (stage == ServerLog.Stage.NOT_SEEN) {
            return;
        }
        if (measured) {
            wait.add(clock.toModel(server.startedNanos(id) - server.receivedNanos(id)) / 1e9);
        }
        switch (stage) {
            case SUCCEEDED -> {
                long at = clock.toModel(server.endedNanos(id));
                events.add(at, Kind.COMPLETED);
                completed += measured ? 1 : 0;
                if (o != ClientOutcome.GOODPUT) {
                    // An orphan: its user is gone, so its latency is the server's, as the simulator counts it.
                    latency(at, intended, sentAt, measured, events);
                }
            }
            case DISCARDED -> discarded += measured ? 1 : 0;
            default -> {
            }
        }
        boolean served = stage == ServerLog.Stage.SUCCEEDED || stage == ServerLog.Stage.FAILED;
        if (measured && served && (o == ClientOutcome.ABANDONED || o == ClientOutcome.TIMED_OUT || o == ClientOutcome.REJECTED)) {
            orphaned++;
        }
    }

    /**
     * How far request {@code id} had got on the server when the run ended at {@code endWallNanos}:
     * the servers keep working until they are closed, and what they do after the end (finishing
     * the requests in flight, discarding the queued ones whose users the end let go) is not the run's.
     */
    private static ServerLog.Stage stageAt(ServerLog server, int id, long endWallNanos) {
        ServerLog.Stage stage = server.stage(id);
        if (stage == ServerLog.Stage.NOT_SEEN || server.startedNanos(id) > endWallNanos) {
            return ServerLog.Stage.NOT_SEEN;
        }
        if (stage != ServerLog.Stage.STARTED && server.endedNanos(id) > endWallNanos) {
            return ServerLog.Stage.STARTED;
        }
        return stage;
    }

    /** A successful response at {@code at}: in the timeline, and in the histograms when measured. */
    private void latency(long at, long intended, long sentAt, boolean measured, RunEvents events) {
        events.add(at, Kind.LATENCY, at - intended);
        if (measured) {
            corrected.record(Math.max(0, at - intended));
            raw.record(Math.max(0, at - sentAt));
        }
    }

    private static Kind kindOf(ClientOutcome o) {
        return switch (o) {
            case GOODPUT -> Kind.GOODPUT;
            case FAILED -> Kind.FAILED;
            case ABANDONED -> Kind.ABANDONED;
            case TIMED_OUT -> Kind.TIMED_OUT;
            case REJECTED -> Kind.REJECTED;
            case IN_FLIGHT -> throw new IllegalArgumentException("a request in flight has no outcome event");
        };
    }

    private Summary replay(String name, RunEvents events, long end) {
        TimeSeries series = new TimeSeries(SimTime.ZERO, cfg.interval(), dev.avalanche.engine.SimDuration.ofNanos(end));
        Map<Kind, SeriesCounter> counters = new EnumMap<>(Kind.class);
        counters.put(Kind.INTENT, series.counter("intents"));
        counters.put(Kind.SENT, series.counter("sent"));
        counters.put(Kind.COMPLETED, series.counter("completed"));
        counters.put(Kind.GOODPUT, series.counter("goodput"));
        counters.put(Kind.ABANDONED, series.counter("abandoned"));
        counters.put(Kind.REJECTED, series.counter("rejected"));
        counters.put(Kind.TIMED_OUT, series.counter("timedOut"));
        counters.put(Kind.FAILED, series.counter("failed"));
        SeriesLevel busyColumn = series.level("busyWorkers", 0);
        SeriesLevel backlogColumn = series.level("backlog", 0);
        SeriesLatency latency = series.latency("latency", 50, 99);
        TimeWeighted busy = new TimeWeighted(0, 0);
        TimeWeighted backlog = new TimeWeighted(0, 0);
        double busyMean = 0;
        double queueMean = 0;
        for (int i = 0; i < events.size(); i++) {
            long t = events.time(i);
            Kind k = events.kind(i);
            switch (k) {
                case LATENCY -> latency.record(t, Math.max(0, events.value(i)));
                case QUEUED, DEQUEUED -> {
                    int d = k == Kind.QUEUED ? 1 : -1;
                    backlog.add(t, d);
                    backlogColumn.add(t, d);
                }
                case BUSY, IDLE -> {
                    int d = k == Kind.BUSY ? 1 : -1;
                    busy.add(t, d);
                    busyColumn.add(t, d);
                }
                case WARMUP_OVER -> {
                    busy.reset(t);
                    backlog.reset(t);
                }
                case LEVELS_SNAPSHOT -> {
                    busyMean = busy.mean(t);
                    queueMean = backlog.mean(t);
                }
                default -> counters.get(k).increment(t);
            }
        }
        series.finishNanos(end);
        return new Summary(result(name, VariantResults.timeline(cfg, series), busyMean, busy.max(), queueMean, backlog.max()), LatencySummary.of(raw),
                LatencySummary.of(sendLag));
    }

    private VariantResult result(String name, Timeline timeline, double busyMean, double busyMax, double queueMean,
            double queueMax) {
        RequestCounts c = new RequestCounts(intents, sent, completed, outcomes.get(ClientOutcome.GOODPUT),
                outcomes.get(ClientOutcome.ABANDONED), outcomes.get(ClientOutcome.REJECTED),
                outcomes.get(ClientOutcome.TIMED_OUT), outcomes.get(ClientOutcome.FAILED),
                outcomes.get(ClientOutcome.IN_FLIGHT), orphaned, discarded, synRetransmissions, refreshes, failures.failures());
        return VariantResults.of(name, cfg, new VariantResults.Measured(c, LatencySummary.of(corrected),
                wait.count() == 0 ? 0 : wait.mean(), busyMean, busyMax, queueMean, queueMax, lastOutcome / 1e9), timeline);
    }

}
