package dev.avalanche.models.queueing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.replication.ConfidenceInterval;
import dev.avalanche.engine.replication.Replications;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The oracle of the proof-against-theory tests: the analytic value must lie in a Student-t
 * confidence interval over independent replications, widened by a stated bias allowance (what a
 * finite warm-up, censoring at the horizon or a ratio estimator may shift the mean by).
 *
 * <p>The level is 99%, not 95%: a dozen such comparisons run on fixed seeds, and at 95% each a
 * correct simulator would fail one of them for about every second choice of seeds, inviting seed
 * shopping. So that a wide interval cannot make a test pass vacuously, each check also requires the
 * half-width to be below a stated fraction of the theory value: the test must be able to fail.
 */
final class TheoryCheck {

    static final double LEVEL = 0.99;

    private TheoryCheck() {
    }

    /** Runs {@code count} replications on every available core. */
    static List<StationResult> replicate(StationConfig config, long seed, int count) {
        return StationSimulation.replicate(config, seed, count, Replications.defaultParallelism());
    }

    /**
     * Asserts that {@code theory} lies within the {@value #LEVEL} interval of {@code metric} over
     * {@code results} widened by {@code biasAllowance}, and that the interval's half-width is at most
     * {@code maxRelativeHalfWidth} of {@code theory}.
     */
    static ConfidenceInterval assertAgrees(String what, double theory, List<StationResult> results,
            ToDoubleFunction<StationResult> metric, double biasAllowance, double maxRelativeHalfWidth) {
        double[] samples = results.stream().mapToDouble(metric).toArray();
        ConfidenceInterval ci = ConfidenceInterval.of(samples, LEVEL);
        String summary = what + ": simulated " + ci.mean() + " ± " + ci.halfWidth() + " (" + LEVEL * 100 + "%, n=" + ci.n()
                + "), theory " + theory + ", bias allowance " + biasAllowance;
        if (Boolean.getBoolean("avalanche.theory.verbose")) {
            System.out.println(summary);
        }
        assertTrue(ci.halfWidth() <= maxRelativeHalfWidth * Math.abs(theory),
                summary + ": the interval is too wide to tell (limit " + maxRelativeHalfWidth * 100 + "% of theory)");
        assertTrue(Math.abs(ci.mean() - theory) <= ci.halfWidth() + biasAllowance, summary + ": disagree");
        return ci;
    }
}
