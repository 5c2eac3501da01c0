package dev.avalanche.models.validation;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of a validation: every variant's comparison and, when the live runs could not judge
 * the prediction, why ({@link ConditionLimits#reasons}).
 *
 * @param inconclusive one reason per run and limit crossed; empty when the runs could judge
 */
public record Validation(List<Comparison> comparisons, List<ConditionLimits.Reason> inconclusive) {

    /** What a validation concluded. */
    public enum Verdict {
        /** Every figure of every variant within its tolerance, on runs that could judge. */
        PASSED,
        /** Some figure outside its tolerance, on runs that could judge. */
        FAILED,
        /** The runs could not judge: the host was busy or the load generator lagged, whatever the figures say. */
        INCONCLUSIVE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Validation {
        comparisons = List.copyOf(comparisons);
        inconclusive = List.copyOf(inconclusive);
    }

    public Verdict verdict() {
        if (!inconclusive.isEmpty()) {
            return Verdict.INCONCLUSIVE;
        }
        return comparisons.stream().allMatch(Comparison::pass) ? Verdict.PASSED : Verdict.FAILED;
    }
}
