package dev.avalanche.charts.internal;

import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variants of a simulated run and a live run of the same scenario, matched by name, for the
 * overlay pictures. Checks that the two runs are what they claim to be before anything is drawn.
 */
public final class OverlayPairs {

    /** {@link RunResult#mode()} of a simulated run. */
    static final String SIMULATION = "simulation";
    /** {@link RunResult#mode()} of a live run (the bridge's {@code LiveRun.MODE}). */
    static final String LIVE = "live";

    /**
     * One variant as predicted and as measured.
     *
     * @param slug the file-name form of the variant's name, unique among the pairs
     */
    public record Pair(String slug, VariantResult simulated, VariantResult live) {
    }

    private OverlayPairs() {
    }

    /**
     * The variants present in both runs, in the simulated run's order.
     *
     * @throws IllegalArgumentException when {@code simulated} is not a simulation, {@code live} not
     *     a live run, they ran different scenarios, a run names two variants alike, or no variant
     *     is in both
     */
    public static List<Pair> match(RunResult simulated, RunResult live) {
        mode("simulated", simulated, SIMULATION);
        mode("live", live, LIVE);
        if (!simulated.scenario().equals(live.scenario())) {
            throw new IllegalArgumentException("overlay live run scenario: got \"" + live.scenario()
                    + "\"; allowed: the simulated run's scenario \"" + simulated.scenario() + "\"");
        }
        Map<String, VariantResult> sim = byName("simulated", simulated);
        Map<String, VariantResult> measured = byName("live", live);
        List<Pair> pairs = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (Map.Entry<String, VariantResult> e : sim.entrySet()) {
            VariantResult l = measured.get(e.getKey());
            if (l != null) {
                pairs.add(new Pair(ChartKind.uniqueSlug(e.getKey(), slugs), e.getValue(), l));
            }
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("overlay of " + simulated.scenario() + ": no variant in common; simulated "
                    + sim.keySet() + ", live " + measured.keySet() + "; allowed: at least one variant name in both");
        }
        return List.copyOf(pairs);
    }

    private static void mode(String which, RunResult run, String expected) {
        if (!expected.equals(run.mode())) {
            throw new IllegalArgumentException("overlay " + which + " run " + run.scenario() + " mode: got \"" + run.mode()
                    + "\"; allowed: \"" + expected + "\"");
        }
    }

    private static Map<String, VariantResult> byName(String which, RunResult run) {
        Map<String, VariantResult> byName = new LinkedHashMap<>();
        for (VariantOutcome o : run.variants()) {
            if (byName.putIfAbsent(o.result().name(), o.result()) != null) {
                throw new IllegalArgumentException("overlay " + which + " run " + run.scenario() + " variants: got \""
                        + o.result().name() + "\" twice; allowed: distinct names, by which the runs are matched");
            }
        }
        return byName;
    }
}
