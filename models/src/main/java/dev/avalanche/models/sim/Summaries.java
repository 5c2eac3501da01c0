package dev.avalanche.models.sim;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Service;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.result.Verdict;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Condenses a run's metrics into a {@link VariantResult}: rates, verdict and recovery. */
final class Summaries {

    private Summaries() {
    }

    static VariantResult variant(String name, ModelConfig cfg, Metrics m, double busyMean, double queueMean,
            OptionalLong capacity, Timeline timeline) {
        RequestCounts counts = m.counts();
        double warmup = cfg.warmup().seconds();
        double elapsed = m.lastOutcomeNanos / 1e9;
        double span = elapsed - warmup;
        double throughput = span > 0 ? counts.completed() / span : 0;
        double goodputRate = span > 0 ? counts.goodput() / span : 0;
        double amplification = counts.intents() == 0 ? Double.NaN : (double) counts.sent() / counts.intents();
        long perWorker = cfg.servers().workers().memoryBytesPerWorker();
        double memory = capacity.isPresent() ? (double) capacity.getAsLong() * perWorker : m.busy.max() * perWorker;
        Verdict verdict = Verdicts.verdict(counts, timeline, cfg.warmup().seconds(), cfg.duration().seconds());
        OptionalDouble recovery = OptionalDouble.empty();
        boolean recovered = true;
        SimDuration end = degradationEnd(cfg);
        if (end != null) {
            recovery = Verdicts.recoverySeconds(timeline, warmup, degradationStart(cfg).seconds(), end.seconds(),
                    cfg.duration().seconds());
            recovered = recovery.isPresent();
        }
        return new VariantResult(name, counts, m.latencySummary(), m.wait.count() == 0 ? 0 : m.wait.mean(), throughput,
                goodputRate, capacity, busyMean, m.busy.max(), queueMean, m.backlog.max(), amplification, elapsed, memory,
                verdict, recovery, recovered, timeline);
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
