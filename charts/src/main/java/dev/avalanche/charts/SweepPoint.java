package dev.avalanche.charts;

import dev.avalanche.models.result.VariantResult;

/**
 * One run of a sweep: variant {@code variant} with the swept parameter at {@code value}.
 *
 * @param variant the variant's name; points with the same name form one curve
 * @param value the swept parameter's value, in the unit the sweep's axis label states
 * @param result what that run produced
 */
public record SweepPoint(String variant, double value, VariantResult result) {

    /** @throws IllegalArgumentException when the variant is blank, the value not finite, or the result missing */
    public SweepPoint {
        if (variant == null || variant.isBlank()) {
            throw new IllegalArgumentException("sweep point variant: got " + (variant == null ? "null" : "\"\"")
                    + "; allowed: a variant name");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("sweep point " + variant + " value: got " + value + "; allowed: a finite number");
        }
        if (result == null) {
            throw new IllegalArgumentException("sweep point " + variant + " at " + value + " result: got null; allowed: a result");
        }
    }
}
