package dev.avalanche.models.threshold;

/**
 * A threshold judged on one variant.
 *
 * @param threshold the threshold
 * @param variant the variant's name
 * @param crossed whether its condition held (or the figure could not be measured): the run fails
 * @param actual the variant's figure as shown, e.g. "17.72 s"
 */
public record ThresholdCheck(Threshold threshold, String variant, boolean crossed, String actual) {

    /** "p99>2s  threads-640: crossed (p99 = 17.72 s)". */
    @Override
    public String toString() {
        return threshold.text() + "  " + variant + ": " + (crossed ? "CROSSED" : "passed") + " (" + threshold.figure().name()
                + " = " + actual + ")";
    }
}
