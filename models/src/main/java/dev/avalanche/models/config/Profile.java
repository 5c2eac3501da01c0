package dev.avalanche.models.config;

import dev.avalanche.engine.SimDuration;
import java.util.List;

/**
 * A quantity that varies over simulated time, piecewise linearly between points: an arrival rate
 * (per second) or a third party's latency factor. Before the first point it holds the first
 * value, after the last the last value. Two points at the same instant make a step.
 *
 * @param points the corner points, in non-decreasing time order, at least one
 */
public record Profile(List<Point> points) {

    /** One corner: {@code value} at {@code at} after the start. */
    public record Point(SimDuration at, double value) {
        public Point {
            Check.nonNegative("at", at);
            Check.nonNegative("value", value);
        }
    }

    /** @throws IllegalArgumentException when there is no point or the points go back in time */
    public Profile {
        if (points == null || points.isEmpty()) {
            throw Check.invalid("profile", "an empty list", "at least one {at, value} point");
        }
        points = List.copyOf(points);
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).at().compareTo(points.get(i - 1).at()) < 0) {
                throw Check.invalid("profile[" + i + "].at", points.get(i).at(),
                        "a time >= the previous point's " + points.get(i - 1).at() + " (points in time order)");
            }
        }
    }

    /** A profile that holds {@code value} for ever. */
    public static Profile constant(double value) {
        return new Profile(List.of(new Point(SimDuration.ZERO, value)));
    }

    /** The value at {@code nanos} after the start. */
    public double valueAt(long nanos) {
        List<Point> p = points;
        if (nanos <= p.getFirst().at().nanos()) {
            return p.getFirst().value();
        }
        for (int i = 1; i < p.size(); i++) {
            long t1 = p.get(i).at().nanos();
            if (nanos < t1) {
                long t0 = p.get(i - 1).at().nanos();
                double v0 = p.get(i - 1).value();
                double v1 = p.get(i).value();
                return v0 + (v1 - v0) * (double) (nanos - t0) / (double) (t1 - t0);
            }
        }
        return p.getLast().value();
    }

    /**
     * The integral of the profile from 0 to {@code endNanos}, in value × seconds: for a rate, the
     * expected number of arrivals. Exact for the piecewise-linear profile.
     */
    public double integralSeconds(long endNanos) {
        double sum = 0;
        long t = 0;
        double v = valueAt(0);
        for (Point p : points) {
            long next = Math.min(p.at().nanos(), endNanos);
            if (next > t) {
                double w = valueAt(next);
                sum += (v + w) / 2 * (next - t) / 1e9;
                t = next;
                v = w;
            }
        }
        if (endNanos > t) {
            sum += v * (endNanos - t) / 1e9;
        }
        return sum;
    }

    /** The largest value the profile takes from the start to {@code endNanos}, both included. */
    public double maxUpTo(long endNanos) {
        double m = Math.max(valueAt(0), valueAt(endNanos));
        for (Point pt : points) {
            if (pt.at().nanos() <= endNanos) {
                m = Math.max(m, pt.value());
            }
        }
        return m;
    }

    /** The largest value the profile ever takes (an upper bound for thinning). */
    public double max() {
        return maxUpTo(Long.MAX_VALUE);
    }

    /**
     * For a latency factor: the instant the last excursion above {@code baseline} ends (the factor
     * is back to at most {@code baseline} from then on), or null when it never rises above it.
     */
    public SimDuration endOfLastExcursionAbove(double baseline) {
        for (int i = points.size() - 1; i >= 0; i--) {
            if (points.get(i).value() > baseline) {
                return i == points.size() - 1 ? null : points.get(i + 1).at();
            }
        }
        return null;
    }

    /** The instant the first excursion above {@code baseline} begins, or null when there is none. */
    public SimDuration startOfFirstExcursionAbove(double baseline) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).value() > baseline) {
                return i == 0 ? SimDuration.ZERO : points.get(i - 1).at();
            }
        }
        return null;
    }
}
