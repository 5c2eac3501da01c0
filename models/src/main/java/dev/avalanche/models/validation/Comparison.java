package dev.avalanche.models.validation;

import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.VariantResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A variant predicted by the simulator and measured live, figure by figure.
 *
 * @param rows throughput, goodput rate, latency p50/p90/p99, rejected, abandoned, elapsed; and the
 *     timed-out, discarded and SYN-retransmission counts where either side has some (the last two
 *     only when the server's side was observed)
 */
public record Comparison(String variant, List<Row> rows) {

    /**
     * One figure: prediction, measurement, their relative error, the relative tolerance it is held
     * to (counts may also pass by an absolute margin, which {@code tolerance} states) and whether it passed.
     */
    public record Row(String figure, double predicted, double measured, double relativeError, double relativeTolerance,
            String tolerance, boolean pass) {
    }

    /** Relative errors this close to the tolerance pass: 2.1 against 2 is 5%, not 5.000000000000004%. */
    private static final double EPSILON = 1e-9;

    public Comparison {
        rows = List.copyOf(rows);
    }

    public boolean pass() {
        return rows.stream().allMatch(Row::pass);
    }

    /** Compares {@code measured} with {@code predicted} under {@code tol}, the server's side observed. */
    public static Comparison of(VariantResult predicted, VariantResult measured, Tolerances tol) {
        return of(predicted, measured, tol, true);
    }

    /**
     * Compares {@code measured} with {@code predicted} under {@code tol}; {@code serverObserved} is
     * false for a live run against someone else's server, whose discards and dropped SYNs it cannot see.
     */
    public static Comparison of(VariantResult predicted, VariantResult measured, Tolerances tol, boolean serverObserved) {
        List<Row> rows = new ArrayList<>();
        rows.add(relative("throughput /s", predicted.throughput(), measured.throughput(), tol.throughput()));
        rows.add(relative("goodput /s", predicted.goodputRate(), measured.goodputRate(), tol.throughput()));
        LatencySummary pl = predicted.latency();
        LatencySummary ml = measured.latency();
        rows.add(percentile("latency p50 s", 0.50, pl.p50(), ml.p50(), pl, ml, tol.p50(), tol.rank()));
        rows.add(percentile("latency p90 s", 0.90, pl.p90(), ml.p90(), pl, ml, tol.p90(), tol.rank()));
        rows.add(percentile("latency p99 s", 0.99, pl.p99(), ml.p99(), pl, ml, tol.p99(), tol.rank()));
        rows.add(count("rejected", predicted.requests().rejected(), measured.requests().rejected(), tol));
        rows.add(count("abandoned", predicted.requests().abandoned(), measured.requests().abandoned(), tol));
        rows.add(relative("elapsed s", predicted.elapsed(), measured.elapsed(), tol.elapsed()));
        RequestCounts p = predicted.requests();
        RequestCounts m = measured.requests();
        optionalCount(rows, "timed out", p.timedOut(), m.timedOut(), tol);
        if (serverObserved) {
            optionalCount(rows, "discarded", p.discarded(), m.discarded(), tol);
            optionalCount(rows, "SYN retransmits", p.synRetransmissions(), m.synRetransmissions(), tol);
        }
        return new Comparison(predicted.name(), rows);
    }

    private static void optionalCount(List<Row> rows, String figure, long predicted, long measured, Tolerances tol) {
        if (predicted != 0 || measured != 0) {
            rows.add(count(figure, predicted, measured, tol));
        }
    }

    private static Row relative(String figure, double predicted, double measured, double tolerance) {
        double err = relativeError(predicted, measured);
        boolean pass = (Double.isNaN(predicted) && Double.isNaN(measured)) || err <= tolerance + EPSILON;
        return new Row(figure, predicted, measured, err, tolerance, percent(tolerance), pass);
    }

    /**
     * The {@code q}-th percentile: within its relative tolerance, or, where both sides keep their
     * percentile tables, each side's value one the other's distribution could report as its q-th
     * percentile, give or take {@code rank}: q lies between the fractions below and at or below it.
     */
    private static Row percentile(String figure, double q, double p, double m, LatencySummary predicted,
            LatencySummary measured, double tolerance, double rank) {
        Row byValue = relative(figure, p, m, tolerance);
        if (byValue.pass() || predicted.percentiles().isEmpty() || measured.percentiles().isEmpty()) {
            return byValue;
        }
        double slack = rank * Math.min(q, 1 - q) / 0.5; // as much for the median, less in the tail
        boolean byRank = within(q, measured.rankBelow(p), measured.rank(p), slack)
                && within(q, predicted.rankBelow(m), predicted.rank(m), slack);
        String how = percent(tolerance) + (byRank ? " (by rank)" : "");
        return new Row(figure, p, m, byValue.relativeError(), tolerance, how, byRank);
    }

    /** Whether rank {@code q} lies in {@code [below - slack, atOrBelow + slack]}: a value the other side could report as its q-th percentile. */
    private static boolean within(double q, double below, double atOrBelow, double slack) {
        return q >= below - slack - EPSILON && q <= atOrBelow + slack + EPSILON;
    }

    private static Row count(String figure, long predicted, long measured, Tolerances tol) {
        double err = relativeError(predicted, measured);
        boolean pass = Math.abs(measured - predicted) <= tol.countAbsolute() || err <= tol.countRelative() + EPSILON;
        return new Row(figure, predicted, measured, err, tol.countRelative(),
                percent(tol.countRelative()) + " or " + tol.countAbsolute(), pass);
    }

    private static String percent(double relative) {
        return new java.math.BigDecimal(relative * 100, new java.math.MathContext(6)).stripTrailingZeros().toPlainString() + "%";
    }

    /** |measured - predicted| / |predicted|; 0 when both are 0, +inf when only the prediction is 0. */
    static double relativeError(double predicted, double measured) {
        if (predicted == measured) {
            return 0;
        }
        if (predicted == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(measured - predicted) / Math.abs(predicted);
    }
}
