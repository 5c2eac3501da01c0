package dev.avalanche.models;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.stats.TimeSeries;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Service;
import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.result.Verdict;
import dev.avalanche.models.sim.Verdicts;
import dev.avalanche.models.config.RequestMix;
import dev.avalanche.models.result.KindResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Turns what a run measured, simulated or live, into a {@link VariantResult} by one set of rules:
 * rates over the measured span, memory, verdict and recovery; and a run's {@link TimeSeries} into
 * a {@link Timeline} with the third party's latency factor beside the measured columns.
 */
public final class VariantResults {

    private VariantResults() {
    }

    /** What a run measured: levels are time-weighted means and maxima; times are seconds since the start. */
    public record Measured(RequestCounts counts, LatencySummary latency, double waitMean, double busyMean, double busyMax,
            double queueMean, double queueMax, double lastOutcomeSeconds, List<KindMeasured> kinds) {

        /** What a run of a single kind of request measured. */
        public Measured(RequestCounts counts, LatencySummary latency, double waitMean, double busyMean, double busyMax,
                double queueMean, double queueMax, double lastOutcomeSeconds) {
            this(counts, latency, waitMean, busyMean, busyMax, queueMean, queueMax, lastOutcomeSeconds, List.of());
        }

        public Measured {
            kinds = List.copyOf(kinds);
        }
    }

    /** What a run measured of one kind of request in a mix, in the mix's order. */
    public record KindMeasured(RequestCounts counts, LatencySummary latency) {
    }

    public static VariantResult of(String name, ModelConfig cfg, Measured m, Timeline timeline) {
        RequestCounts counts = m.counts();
        double warmup = cfg.warmup().seconds();
        double span = m.lastOutcomeSeconds() - warmup;
        OptionalLong capacity = cfg.servers().workers().unbounded() ? OptionalLong.empty()
                : OptionalLong.of(cfg.servers().capacity());
        long perWorker = cfg.servers().workers().memoryBytesPerWorker();
        double memory = capacity.isPresent() ? (double) capacity.getAsLong() * perWorker : m.busyMax() * perWorker;
        Verdict verdict = Verdicts.verdict(counts, timeline, warmup, cfg.duration().seconds());
        OptionalDouble recovery = OptionalDouble.empty();
        boolean recovered = true;
        SimDuration end = degradationEnd(cfg);
        if (end != null) {
            recovery = Verdicts.recoverySeconds(timeline, warmup, degradationStart(cfg).seconds(), end.seconds(),
                    cfg.duration().seconds());
            recovered = recovery.isPresent();
        }
        return new VariantResult(name, counts, m.latency(), m.waitMean(), span > 0 ? counts.completed() / span : 0,
                span > 0 ? counts.goodput() / span : 0, capacity, m.busyMean(), m.busyMax(), m.queueMean(), m.queueMax(),
                counts.intents() == 0 ? Double.NaN : (double) counts.sent() / counts.intents(), m.lastOutcomeSeconds(),
                memory, verdict, recovery, recovered, timeline, kinds(cfg, m.kinds(), span));
    }

    /** Each kind's figures, rates over the variant's measured span; none for a single kind. */
    private static List<KindResult> kinds(ModelConfig cfg, List<KindMeasured> measured, double span) {
        List<KindResult> kinds = new ArrayList<>();
        for (int k = 0; k < measured.size(); k++) {
            RequestMix.Kind kind = cfg.requests().kinds().get(k);
            RequestCounts c = measured.get(k).counts();
            kinds.add(new KindResult(kind.name(), kind.share(), c, measured.get(k).latency(),
                    span > 0 ? c.completed() / span : 0, span > 0 ? c.goodput() / span : 0));
        }
        return kinds;
    }

    /** The name of the latency columns every run's series has ({@code latency.p50}, {@code latency.p99}). */
    public static final String LATENCY = "latency";

    /**
     * The finished series' columns, then {@code thirdPartyFactor}: the largest factor at each
     * interval's middle; and the interval latency distributions of its {@value #LATENCY} columns.
     */
    public static Timeline timeline(ModelConfig cfg, TimeSeries series) {
        int n = series.intervals();
        double[] starts = new double[n];
        double[] factor = new double[n];
        for (int i = 0; i < n; i++) {
            starts[i] = series.intervalStart(i).seconds();
            long mid = (series.intervalStart(i).nanos() + series.intervalEnd(i).nanos()) / 2;
            double f = cfg.services().isEmpty() ? 1 : 0;
            for (Service s : cfg.services().values()) {
                f = Math.max(f, s.degradation().valueAt(mid));
            }
            factor[i] = f;
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (String c : series.columns()) {
            columns.put(c, series.values(c));
        }
        columns.put("thirdPartyFactor", factor);
        return new Timeline(cfg.interval().seconds(), starts, columns, series.latencyIntervals(LATENCY));
    }

    /** The latest instant a third party's latency factor returns to normal (1) for good; null when it never leaves it. */
    private static SimDuration degradationEnd(ModelConfig cfg) {
        SimDuration end = null;
        for (Service s : cfg.services().values()) {
            SimDuration e = s.degradation().endOfLastExcursionAbove(1.0);
            if (e != null && (end == null || e.compareTo(end) > 0)) {
                end = e;
            }
        }
        return end;
    }

    private static SimDuration degradationStart(ModelConfig cfg) {
        SimDuration start = null;
        for (Service s : cfg.services().values()) {
            SimDuration st = s.degradation().startOfFirstExcursionAbove(1.0);
            if (st != null && (start == null || st.compareTo(start) < 0)) {
                start = st;
            }
        }
        return start == null ? SimDuration.ZERO : start;
    }
}
