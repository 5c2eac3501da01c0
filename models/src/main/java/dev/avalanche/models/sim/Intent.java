package dev.avalanche.models.sim;

/** A user wanting one page: its first request and the refreshes that follow it. */
final class Intent {

    /** Whether the intent counts in the statistics (it arrived at or after the warm-up). */
    final boolean measured;
    /** The index of its kind of request in the mix; its refreshes keep it. */
    final int kind;
    int refreshes;
    /** Requests its user's application re-sent after an error answer (users' retries). */
    int retries;

    Intent(boolean measured, int kind) {
        this.measured = measured;
        this.kind = kind;
    }
}
