package dev.avalanche.models.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When a live run cannot judge a prediction, because what it measured was the machine's business
 * more than the scenario's: other processes kept more than {@code otherShare} of the processors
 * busy, or the users' sends (or the stub's answers) were late at the 99th percentile by more than
 * {@code lagShare} of the predicted median latency.
 *
 * <p>Why these measures: every figure of a live run is wall time on a shared machine, and a
 * runnable process elsewhere takes time slices from the server's threads, the stub and the users
 * alike, stretching latencies and thinning throughput by amounts the model cannot know. Latency is
 * measured from the intended send (coordinated omission corrected), so the users' lag adds to
 * every latency it touches; at a tenth of the median it takes as much as the p50 tolerance.
 *
 * @param otherShare the largest mean share of the processors other processes may keep busy (0.25:
 *     half a core of two)
 * @param lagShare the largest p99 send (or answer) lag, as a share of the predicted median latency
 */
public record ConditionLimits(double otherShare, double lagShare) {

    /** A quarter of the processors; a tenth of the median. */
    public static final ConditionLimits DEFAULTS = new ConditionLimits(0.25, 0.10);
    /** Limits no run crosses: every processor, and a lag beyond any latency. */
    public static final ConditionLimits NONE = new ConditionLimits(1, Double.MAX_VALUE);

    /** @throws IllegalArgumentException when a share is negative, not finite, or otherShare exceeds 1 */
    public ConditionLimits {
        if (!(otherShare >= 0 && otherShare <= 1)) {
            throw new IllegalArgumentException("busy-host share: got " + otherShare + "; allowed 0 to 1 of the processors");
        }
        if (!(lagShare >= 0) || Double.isInfinite(lagShare)) {
            throw new IllegalArgumentException("lag share: got " + lagShare + "; allowed a finite share >= 0 of the median latency");
        }
    }

    /** Which limit a run crossed. */
    public enum Cause {
        /** Other processes kept too much of the processors busy. */
        BUSY_HOST,
        /** The users sent late. */
        SEND_LAG,
        /** The third-party stub answered late. */
        STUB_LAG
    }

    /** A limit a run crossed, and the sentence that says how far. */
    public record Reason(Cause cause, String text) {
    }

    /**
     * Why the run {@code run} (named {@code label}, e.g. "threads-10, run 2") cannot judge a
     * prediction whose median latency is {@code predictedMedian} seconds: one reason per limit
     * crossed; empty when it can. A figure the platform did not give crosses nothing.
     */
    public List<Reason> reasons(String label, RunConditions run, double predictedMedian) {
        List<Reason> reasons = new ArrayList<>();
        double allowed = otherShare * run.cores();
        if (run.otherCores() > allowed) {
            reasons.add(new Reason(Cause.BUSY_HOST, String.format(Locale.ROOT, "%s: other processes kept %.2f of the %d"
                    + " processors busy on average (limit %.2f, %s of them): the host was busy", label, run.otherCores(), run.cores(), allowed,
                    percent(otherShare))));
        }
        double lag = lagShare * predictedMedian;
        if (run.sendLagP99() > lag) {
            reasons.add(new Reason(Cause.SEND_LAG, String.format(Locale.ROOT, "%s: the users sent late by %s at p99 (limit"
                    + " %s, %s of the predicted median %s): the load generator lagged", label, seconds(run.sendLagP99()), seconds(lag),
                    percent(lagShare), seconds(predictedMedian))));
        }
        if (run.stubLatenessP99() > lag) {
            reasons.add(new Reason(Cause.STUB_LAG, String.format(Locale.ROOT, "%s: the third-party stub answered late by"
                    + " %s at p99 (limit %s, %s of the predicted median %s)", label, seconds(run.stubLatenessP99()), seconds(lag), percent(lagShare),
                    seconds(predictedMedian))));
        }
        return reasons;
    }

    private static String percent(double share) {
        return new java.math.BigDecimal(share * 100, new java.math.MathContext(4)).stripTrailingZeros().toPlainString() + "%";
    }

    private static String seconds(double s) {
        return s < 1 ? String.format(Locale.ROOT, "%.1f ms", s * 1e3) : String.format(Locale.ROOT, "%.3f s", s);
    }
}
