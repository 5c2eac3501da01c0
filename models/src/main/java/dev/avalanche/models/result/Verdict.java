package dev.avalanche.models.result;

/**
 * How the service fared; the rule is in the README and in {@code Verdicts}.
 *
 * <p>{@code STABLE}: workers kept up. {@code SATURATED}: requests queued or were lost, but most
 * users still got their page. {@code COLLAPSED}: over some stretch most users got nothing.
 */
public enum Verdict {
    STABLE, SATURATED, COLLAPSED;

    /** The lower-case name used in files and on screen. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
