package dev.avalanche.models.validation;

/**
 * What a live run shared its machine with, which the prediction knows nothing of. Seconds are
 * scenario seconds (wall seconds x the run's time scale), as the figures compared are.
 *
 * @param cores the machine's processors
 * @param otherCores the mean number of processors that other processes kept busy while the run
 *     played: the machine's busy time less the run's own processes' CPU, over the run's wall time;
 *     NaN when the platform does not say
 * @param sendLagP99 the 99th percentile of how late the users sent their requests against the
 *     instants they meant to (a schedule's, a previous response's, the end of a think time); NaN
 *     when nothing was sent
 * @param stubLatenessP99 the 99th percentile of how late the third-party stub answered its calls;
 *     NaN when no stub ran or it answered nothing
 */
public record RunConditions(int cores, double otherCores, double sendLagP99, double stubLatenessP99) {

    /** Nothing known: no figure can make a run inconclusive. */
    public static final RunConditions UNKNOWN = new RunConditions(0, Double.NaN, Double.NaN, Double.NaN);
}
