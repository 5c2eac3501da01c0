package dev.avalanche.models.sim;

/** A user wanting one page: its first request and the refreshes that follow it. */
final class Intent {

    /** Whether the intent counts in the statistics (it arrived at or after the warm-up). */
    final boolean measured;
    int refreshes;
    /** Requests its user's application re-sent after an error answer (users' retries). */
    int retries;

    Intent(boolean measured) {
        this.measured = measured;
    }
}
