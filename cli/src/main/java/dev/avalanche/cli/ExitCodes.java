package dev.avalanche.cli;

/** The exit codes every command uses, and nothing else decides. */
final class ExitCodes {
    static final int OK = 0;
    /** Something failed while running (an I/O error, a live run that could not finish). */
    static final int FAILURE = 1;
    /** Bad input or usage: picocli's own code for usage errors. */
    static final int BAD_INPUT = 2;
    /** The run went through but a {@code --fail-on} threshold was crossed. */
    static final int THRESHOLD_CROSSED = 3;

    /**
     * {@code validate} could not judge: the host was busy or the load generator lagged during a
     * live run ({@link dev.avalanche.models.validation.ConditionLimits}), whatever the figures said.
     */
    static final int INCONCLUSIVE = 4;

    private ExitCodes() {
    }
}
