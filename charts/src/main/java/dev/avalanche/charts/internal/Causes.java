package dev.avalanche.charts.internal;

import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import java.util.Arrays;

/**
 * What a run's timelines say of the cause, the third party's latency factor: whether any variant
 * saw it change (a run without third party or slowdown did not), and whether all saw the same one (a simulated run's variants
 * do, by common random numbers and a shared profile), in which case it is drawn once.
 */
public final class Causes {

    static final String COLUMN = "thirdPartyFactor";

    private Causes() {
    }

    /**
     * Whether any variant's third party ever answered at other than its normal speed: without a
     * third party, or without a slowdown, there is no cause to draw.
     */
    public static boolean varied(RunResult run) {
        return run.variants().stream().anyMatch(o -> o.result().timeline().columns().containsKey(COLUMN)
                && Arrays.stream(o.result().timeline().column(COLUMN)).anyMatch(f -> Math.abs(f - 1) > 1e-9));
    }

    /** Whether every variant recorded the same third-party factor, interval by interval. */
    public static boolean shared(RunResult run) {
        double[] first = null;
        for (VariantOutcome o : run.variants()) {
            double[] f = o.result().timeline().columns().get(COLUMN);
            if (f == null || (first != null && !Arrays.equals(first, f))) {
                return false;
            }
            first = f;
        }
        return true;
    }
}
