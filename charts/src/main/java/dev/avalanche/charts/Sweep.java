package dev.avalanche.charts;

import dev.avalanche.models.result.SweepResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The results of running the same scenario at several values of one parameter, to chart where
 * each variant stops keeping up.
 *
 * @param parameter what was swept, for the title (e.g. {@code intent rate})
 * @param axisLabel the horizontal axis label, with its unit (e.g. {@code offered load (intents/s)})
 * @param points the runs, in any order
 */
public record Sweep(String parameter, String axisLabel, List<SweepPoint> points) {

    /** @throws IllegalArgumentException when a label is blank or there is no point */
    public Sweep {
        if (parameter == null || parameter.isBlank() || axisLabel == null || axisLabel.isBlank()) {
            throw new IllegalArgumentException("sweep parameter and axisLabel: got \"" + parameter + "\", \"" + axisLabel
                    + "\"; allowed: non-blank names");
        }
        if (points == null || points.isEmpty()) {
            throw new IllegalArgumentException("sweep " + parameter + " points: got none; allowed: at least one");
        }
        points = List.copyOf(points);
    }

    /** The points of a swept run, one per value and variant, with the swept path as the axis label. */
    public static Sweep of(SweepResult result) {
        List<SweepPoint> points = new ArrayList<>();
        for (SweepResult.Point p : result.points()) {
            for (VariantOutcome o : p.run().variants()) {
                points.add(new SweepPoint(o.result().name(), p.numeric(), o.result()));
            }
        }
        return new Sweep(result.parameter(), result.parameter(), points);
    }

    /** The variants' names, in the order they first appear. */
    public List<String> variants() {
        return List.copyOf(new LinkedHashSet<>(points.stream().map(SweepPoint::variant).toList()));
    }

    /** The points of {@code variant}, by increasing value. */
    public List<SweepPoint> curve(String variant) {
        List<SweepPoint> c = new ArrayList<>(points.stream().filter(p -> p.variant().equals(variant)).toList());
        c.sort(Comparator.comparingDouble(SweepPoint::value));
        return c;
    }

    /**
     * The knee of {@code variant}: the smallest value at which its verdict is no longer
     * {@link Verdict#STABLE}; empty when it stayed stable at every value swept.
     */
    public OptionalDouble knee(String variant) {
        for (SweepPoint p : curve(variant)) {
            if (p.result().verdict() != Verdict.STABLE) {
                return OptionalDouble.of(p.value());
            }
        }
        return OptionalDouble.empty();
    }
}
