package dev.avalanche.models.validation;

import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A variant predicted by the simulator and measured live, figure by figure, on one live run or
 * several. With several, a figure passes when the prediction lies within the measured runs' spread
 * (min..max) widened by the tolerance: its error is the relative distance from the prediction to
 * the nearest value of the spread (0 inside it), which for one run is the plain relative error.
 *
 * @param rows throughput, goodput rate, latency p50/p90/p99, rejected, abandoned, elapsed; and the
 *     timed-out, discarded and SYN-retransmission counts where either side has some (the last two
 *     only when the server's side was observed)
 */
public record Comparison(String variant, List<Row> rows) {

    /**
     * One figure: prediction, measurement, the relative error, the relative tolerance it is held
     * to (counts may also pass by an absolute margin, which {@code tolerance} states) and whether it passed.
     *
     * @param measured the mean over the live runs
     * @param relativeError the relative distance from the prediction to the measured spread
     * @param predictedCi95 the prediction's Student-t 95% half-width over the model's replications;
     *     NaN with one replication, and for counts (totals, divided by the replications here)
     * @param measuredMin the smallest value the live runs measured
     * @param measuredMax the largest
     * @param runs how many live runs were measured
     */
    public record Row(String figure, double predicted, double measured, double relativeError, double relativeTolerance,
            String tolerance, boolean pass, double predictedCi95, double measuredMin, double measuredMax, int runs) {

        /** A figure measured by one live run, predicted by one replication. */
        public Row(String figure, double predicted, double measured, double relativeError, double relativeTolerance,
                String tolerance, boolean pass) {
            this(figure, predicted, measured, relativeError, relativeTolerance, tolerance, pass, Double.NaN, measured,
                    measured, 1);
        }
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
        return of(new VariantOutcome(predicted, 1, Map.of()), List.of(measured), tol, serverObserved);
    }

    /**
     * Compares the live {@code runs} of a variant with its {@code predicted} outcome under
     * {@code tol}: counts per replication (the outcome's are totals over them), other figures with
     * their 95% half-widths when replicated.
     *
     * @throws IllegalArgumentException when there is no run
     */
    public static Comparison of(VariantOutcome predicted, List<VariantResult> runs, Tolerances tol, boolean serverObserved) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("live runs: got none; allowed at least one");
        }
        Predicted p = new Predicted(predicted);
        Measured m = new Measured(runs);
        List<Row> rows = new ArrayList<>();
        rows.add(relative("throughput /s", p.value(VariantResult::throughput), p.ci("throughput"),
                m.spread(VariantResult::throughput), tol.throughput()));
        rows.add(relative("goodput /s", p.value(VariantResult::goodputRate), p.ci("goodputRate"),
                m.spread(VariantResult::goodputRate), tol.throughput()));
        rows.add(percentile("latency p50 s", 0.50, p, m, LatencySummary::p50, tol.p50(), tol.rank()));
        rows.add(percentile("latency p90 s", 0.90, p, m, LatencySummary::p90, tol.p90(), tol.rank()));
        rows.add(percentile("latency p99 s", 0.99, p, m, LatencySummary::p99, tol.p99(), tol.rank()));
        rows.add(count("rejected", p.count(RequestCounts::rejected), m.spread(r -> r.requests().rejected()), tol));
        rows.add(count("abandoned", p.count(RequestCounts::abandoned), m.spread(r -> r.requests().abandoned()), tol));
        rows.add(relative("elapsed s", p.value(VariantResult::elapsed), p.ci("elapsed"), m.spread(VariantResult::elapsed),
                tol.elapsed()));
        optionalCount(rows, "timed out", p.count(RequestCounts::timedOut), m.spread(r -> r.requests().timedOut()), tol);
        if (serverObserved) {
            optionalCount(rows, "discarded", p.count(RequestCounts::discarded), m.spread(r -> r.requests().discarded()), tol);
            optionalCount(rows, "SYN retransmits", p.count(RequestCounts::synRetransmissions),
                    m.spread(r -> r.requests().synRetransmissions()), tol);
        }
        return new Comparison(predicted.result().name(), rows);
    }

    /** The prediction: figures of the (combined) result, counts per replication. */
    private record Predicted(VariantOutcome outcome) {
        double value(ToDoubleFunction<VariantResult> f) {
            return f.applyAsDouble(outcome.result());
        }

        double ci(String key) {
            return outcome.halfWidths95().getOrDefault(key, Double.NaN);
        }

        double count(ToDoubleFunction<RequestCounts> f) {
            return f.applyAsDouble(outcome.result().requests()) / outcome.replications();
        }
    }

    /** The live runs of one variant. */
    private record Measured(List<VariantResult> runs) {
        Spread spread(ToDoubleFunction<VariantResult> f) {
            return Spread.of(runs.stream().mapToDouble(f).toArray());
        }
    }

    /** The mean, smallest and largest of what the runs measured (NaN values left out; all NaN when every one is). */
    private record Spread(double mean, double min, double max, int runs) {
        static Spread of(double[] values) {
            double[] known = java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
            if (known.length == 0) {
                return new Spread(Double.NaN, Double.NaN, Double.NaN, values.length);
            }
            java.util.DoubleSummaryStatistics s = java.util.Arrays.stream(known).summaryStatistics();
            return new Spread(s.getAverage(), s.getMin(), s.getMax(), values.length);
        }

        /** How far {@code p} lies outside [min, max]; 0 inside; NaN when either is unknown. */
        double distance(double p) {
            return p < min ? min - p : p > max ? p - max : p >= min && p <= max ? 0 : Double.NaN;
        }

        /** The relative distance from {@code p}: 0 when both are 0 or p is inside, +inf when only p is 0. */
        double relativeError(double p) {
            double d = distance(p);
            if (d == 0) {
                return 0;
            }
            return p == 0 ? Double.POSITIVE_INFINITY : d / Math.abs(p);
        }
    }

    private static void optionalCount(List<Row> rows, String figure, double predicted, Spread measured, Tolerances tol) {
        if (predicted != 0 || measured.max() != 0 || measured.min() != 0) {
            rows.add(count(figure, predicted, measured, tol));
        }
    }

    private static Row relative(String figure, double predicted, double ci, Spread m, double tolerance) {
        double err = m.relativeError(predicted);
        boolean pass = (Double.isNaN(predicted) && Double.isNaN(m.mean())) || err <= tolerance + EPSILON;
        return row(figure, predicted, ci, m, err, tolerance, percent(tolerance), pass);
    }

    private static Row row(String figure, double predicted, double ci, Spread m, double err, double tolerance, String how,
            boolean pass) {
        return new Row(figure, predicted, m.mean(), err, tolerance, how, pass, ci, m.min(), m.max(), m.runs());
    }

    /**
     * The {@code q}-th percentile: the prediction within the runs' spread widened by its relative
     * tolerance, or, where both sides keep their percentile tables, in some run each side's value
     * one the other's distribution could report as its q-th percentile, give or take {@code rank}:
     * q lies between the fractions below and at or below it.
     */
    private static Row percentile(String figure, double q, Predicted predicted, Measured measured,
            ToDoubleFunction<LatencySummary> f, double tolerance, double rank) {
        LatencySummary pl = predicted.outcome().result().latency();
        double p = f.applyAsDouble(pl);
        Spread m = measured.spread(r -> f.applyAsDouble(r.latency()));
        double ci = predicted.ci("latency.p" + Math.round(q * 100));
        Row byValue = relative(figure, p, ci, m, tolerance);
        if (byValue.pass() || pl.percentiles().isEmpty()) {
            return byValue;
        }
        double slack = rank * Math.min(q, 1 - q) / 0.5; // as much for the median, less in the tail
        boolean byRank = false;
        for (VariantResult run : measured.runs()) {
            LatencySummary ml = run.latency();
            double v = f.applyAsDouble(ml);
            byRank |= !ml.percentiles().isEmpty() && within(q, ml.rankBelow(p), ml.rank(p), slack)
                    && within(q, pl.rankBelow(v), pl.rank(v), slack);
        }
        String how = percent(tolerance) + (byRank ? " (by rank)" : "");
        return row(figure, p, ci, m, byValue.relativeError(), tolerance, how, byRank);
    }

    /** Whether rank {@code q} lies in {@code [below - slack, atOrBelow + slack]}: a value the other side could report as its q-th percentile. */
    private static boolean within(double q, double below, double atOrBelow, double slack) {
        return q >= below - slack - EPSILON && q <= atOrBelow + slack + EPSILON;
    }

    private static Row count(String figure, double predicted, Spread m, Tolerances tol) {
        double err = m.relativeError(predicted);
        boolean pass = m.distance(predicted) <= tol.countAbsolute() || err <= tol.countRelative() + EPSILON;
        return row(figure, predicted, Double.NaN, m, err, tol.countRelative(),
                percent(tol.countRelative()) + " or " + tol.countAbsolute(), pass);
    }

    private static String percent(double relative) {
        return new java.math.BigDecimal(relative * 100, new java.math.MathContext(6)).stripTrailingZeros().toPlainString() + "%";
    }

    /** |measured - predicted| / |predicted|; 0 when both are 0, +inf when only the prediction is 0. */
    static double relativeError(double predicted, double measured) {
        return Spread.of(new double[] {measured}).relativeError(predicted);
    }
}
