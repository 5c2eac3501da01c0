package dev.avalanche.models.sim;

import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.Verdict;
import java.util.OptionalDouble;

/**
 * The rules behind {@link Verdict} and recovery time, stated once here and in the README.
 *
 * <ul>
 *   <li><b>collapsed</b>: in some window of {@value #WINDOW_SECONDS} s after the warm-up (and
 *       before the traffic stops), users received fewer than half as many good responses as
 *       they had intents;
 *   <li><b>saturated</b>: not collapsed, but more than 1% of the measured requests were lost
 *       (abandoned, rejected, timed out or failed) or more than 0.1% needed a SYN retransmission
 *       because a backlog was full;
 *   <li><b>stable</b>: otherwise.
 * </ul>
 * Recovery: the first instant {@code t} after the degradation ends such that the window
 * {@code [t, t + }{@value #WINDOW_SECONDS}{@code  s)} as a whole is back to normal: good responses at
 * least 90% of intents, the mean backlog at most one connection more than before the degradation,
 * and the p99 of the latencies completed in the window at most 1.5 times the p99 of those completed
 * between the warm-up and the degradation. Judged on the window's own samples (thousands of
 * latencies, not thirty one-second percentiles of a few dozen each), a second that happens to hold
 * a few slow responses or a brief queue does not restart the window: one outlier second moves the
 * recovery by at most a window, and only when it alone outweighs the window's 1% tail.
 */
public final class Verdicts {

    static final double WINDOW_SECONDS = 30;
    static final double COLLAPSE_GOODPUT_RATIO = 0.5;
    static final double LOST_RATIO = 0.01;
    static final double RETRANSMIT_RATIO = 0.001;
    static final double RECOVERED_GOODPUT_RATIO = 0.9;
    static final double RECOVERED_P99_FACTOR = 1.5;

    private Verdicts() {
    }

    public static Verdict verdict(RequestCounts c, Timeline t, double warmup, double trafficEnd) {
        if (worstGoodputRatio(t, warmup, trafficEnd) < COLLAPSE_GOODPUT_RATIO) {
            return Verdict.COLLAPSED;
        }
        long lost = c.abandoned() + c.rejected() + c.timedOut() + c.failed()
                + c.mitigated().map(m -> m.shed() + m.shortCircuited()).orElse(0L);
        if (c.sent() > 0 && (lost > LOST_RATIO * c.sent() || c.synRetransmissions() > RETRANSMIT_RATIO * c.sent())) {
            return Verdict.SATURATED;
        }
        return Verdict.STABLE;
    }

    /**
     * The lowest goodput / intents over sliding windows within [warmup, trafficEnd] (the whole
     * span as one window when it is shorter than a window); +inf when no window has intents.
     */
    public static double worstGoodputRatio(Timeline t, double warmup, double trafficEnd) {
        double[] starts = t.starts();
        double[] intents = t.column("intents");
        double[] goodput = t.column("goodput");
        int from = index(starts, warmup);
        int to = from;
        while (to < starts.length && starts[to] + t.intervalSeconds() <= trafficEnd + 1e-9) {
            to++;
        }
        // A run shorter than one interval still has its one (partial) row.
        int end = to > from ? to : Math.min(from + 1, starts.length);
        if (end <= from) {
            return Double.POSITIVE_INFINITY;
        }
        int w = Math.min(window(t), end - from);
        double worst = Double.POSITIVE_INFINITY;
        for (int i = from; i + w <= end; i++) {
            double in = sum(intents, i, w);
            if (in > 0) {
                worst = Math.min(worst, sum(goodput, i, w) / in);
            }
        }
        return worst;
    }

    /**
     * Seconds from {@code degradationEnd} to the start of the first window that is back to normal
     * (see the class comment), within the traffic; empty when none is. Without the timeline's
     * latency distributions (a timeline read back from a table) the p99 is not judged.
     */
    public static OptionalDouble recoverySeconds(Timeline t, double warmup, double degradationStart, double degradationEnd,
            double trafficEnd) {
        double[] starts = t.starts();
        double[] intents = t.column("intents");
        double[] goodput = t.column("goodput");
        double[] backlog = t.column("backlog");
        double baseBacklog = 0;
        double baseP99 = Double.NaN;
        int from = index(starts, warmup);
        int to = index(starts, degradationStart);
        if (to > from) {
            baseBacklog = sum(backlog, from, to - from) / (to - from);
            baseP99 = t.hasLatencies() ? t.latenciesOver(from, to).percentile(99) : Double.NaN;
        }
        int w = window(t);
        for (int i = index(starts, degradationEnd); i + w <= starts.length; i++) {
            if (starts[i + w - 1] + t.intervalSeconds() > trafficEnd + 1e-9) {
                break;
            }
            if (sum(goodput, i, w) >= RECOVERED_GOODPUT_RATIO * sum(intents, i, w)
                    && sum(backlog, i, w) / w <= baseBacklog + 1
                    && (Double.isNaN(baseP99) || !(t.latenciesOver(i, i + w).percentile(99) > RECOVERED_P99_FACTOR * baseP99))) {
                return OptionalDouble.of(Math.max(0, starts[i] - degradationEnd));
            }
        }
        return OptionalDouble.empty();
    }

    private static int window(Timeline t) {
        return (int) Math.max(1, Math.ceil(WINDOW_SECONDS / t.intervalSeconds() - 1e-9));
    }

    private static int index(double[] starts, double time) {
        int i = 0;
        while (i < starts.length && starts[i] < time - 1e-9) {
            i++;
        }
        return i;
    }

    private static double sum(double[] a, int from, int n) {
        double s = 0;
        for (int i = from; i < from + n; i++) {
            s += a[i];
        }
        return s;
    }
}
