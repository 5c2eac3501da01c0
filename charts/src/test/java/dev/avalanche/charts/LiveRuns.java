package dev.avalanche.charts;

import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.result.Verdict;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-made "live" runs for the overlay: a simulated run relabelled {@code live}, its timelines
 * changed so that a test can tell the two sources apart.
 */
public final class LiveRuns {

    /** The factor applied to the live latency percentiles. */
    public static final double LATENCY_FACTOR = 1.25;
    /** The factor applied to the live completed and goodput counts. */
    public static final double THROUGHPUT_FACTOR = 0.9;

    /** The factor applied to the live busy workers. */
    public static final double BUSY_FACTOR = 1.1;

    private LiveRuns() {
    }

    /**
     * {@code sim} as if measured live: latencies x {@link #LATENCY_FACTOR}, completed and goodput x
     * {@link #THROUGHPUT_FACTOR}, the busy workers x {@link #BUSY_FACTOR}, and the timeline cut {@code cut}
     * intervals short (the live run stopped earlier), verdicts as given in order.
     */
    public static RunResult from(RunResult sim, int cut, Verdict... verdicts) {
        List<VariantOutcome> variants = new java.util.ArrayList<>();
        for (int i = 0; i < sim.variants().size(); i++) {
            VariantResult v = sim.variants().get(i).result();
            Verdict verdict = i < verdicts.length ? verdicts[i] : v.verdict();
            variants.add(new VariantOutcome(withTimeline(v, perturbed(v.timeline(), cut), verdict), 1, Map.of()));
        }
        return new RunResult(sim.scenario(), sim.seed(), "live", true, variants);
    }

    /** {@code run} labelled live, every figure kept: with another seed than the simulation's, a live run's own noise. */
    public static RunResult asLive(RunResult run) {
        return new RunResult(run.scenario(), run.seed(), "live", run.complete(), run.variants());
    }

    /** {@code v} with another timeline and verdict, every other figure kept. */
    public static VariantResult withTimeline(VariantResult v, Timeline t, Verdict verdict) {
        return new VariantResult(v.name(), v.requests(), v.latency(), v.waitMean(), v.throughput(), v.goodputRate(),
                v.capacity(), v.busyMean(), v.busyMax(), v.queueMean(), v.queueMax(), v.amplification(), v.elapsed(),
                v.memoryBytes(), verdict, v.recoverySeconds(), v.recovered(), t);
    }

    private static Timeline perturbed(Timeline t, int cut) {
        int n = Math.max(1, t.size() - cut);
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (String name : t.names()) {
            double[] c = Arrays.copyOf(t.column(name), n);
            double factor = switch (name) {
                case "latency.p50", "latency.p99" -> LATENCY_FACTOR;
                case "completed", "goodput" -> THROUGHPUT_FACTOR;
                case "busyWorkers" -> BUSY_FACTOR;
                default -> 1;
            };
            for (int i = 0; i < n; i++) {
                c[i] *= factor;
            }
            columns.put(name, c);
        }
        return new Timeline(t.intervalSeconds(), Arrays.copyOf(t.starts(), n), columns);
    }
}
