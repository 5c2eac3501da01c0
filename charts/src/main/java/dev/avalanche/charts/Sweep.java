package dev.avalanche.charts;

import dev.avalanche.models.result.SweepResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
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

    /**
     * The sweep along parameter {@code index} of a sweep of several. On a grid with few enough
     * settings of the other parameters ({@value #MAX_CURVES} curves at most, variants times
     * settings), one curve per variant and setting, named {@code variant, path=value}: each its own
     * knee. Otherwise, for each variant and value of the parameter, the worst of the runs at that
     * value over the other parameters: the latest verdict ({@link Verdict#COLLAPSED} worst), then
     * the lowest share of intents served; its knee is the first value at which some run was no
     * longer stable.
     *
     * @throws IndexOutOfBoundsException when there is no parameter {@code index}
     */
    public static Sweep along(SweepResult result, int index) {
        String path = result.parameters().get(index);
        Map<String, SweepPoint> curves = new LinkedHashMap<>();
        Map<String, SweepPoint> worst = new LinkedHashMap<>();
        java.util.Set<Double> values = new java.util.HashSet<>();
        for (SweepResult.Point p : result.points()) {
            values.add(p.numerics().get(index));
            List<String> setting = new ArrayList<>();
            for (int i = 0; i < result.parameters().size(); i++) {
                if (i != index) {
                    setting.add(result.parameters().get(i) + "=" + p.values().get(i));
                }
            }
            for (VariantOutcome o : p.run().variants()) {
                String name = o.result().name() + ", " + String.join(", ", setting);
                double x = p.numerics().get(index);
                curves.putIfAbsent(name + "@" + x, new SweepPoint(name, x, o.result()));
                worst.merge(o.result().name() + "@" + x, new SweepPoint(o.result().name(), x, o.result()),
                        (a, b) -> WORST.compare(a, b) >= 0 ? a : b);
            }
        }
        long names = curves.values().stream().map(SweepPoint::variant).distinct().count();
        if (names <= MAX_CURVES && curves.size() == names * values.size()) {
            return new Sweep(path, path, List.copyOf(curves.values()));
        }
        List<String> others = new ArrayList<>(result.parameters());
        others.remove(index);
        return new Sweep(path + " (the worst run over " + String.join(", ", others) + ")", path, List.copyOf(worst.values()));
    }

    /** The most curves {@link #along} draws before it shows the worst run instead: one per colour of the palette. */
    public static final int MAX_CURVES = 8;

    /** Worse verdict first, then fewer intents served; NaN (no intent) counts as none served. */
    private static final Comparator<SweepPoint> WORST = Comparator.<SweepPoint, Verdict>comparing(p -> p.result().verdict())
            .thenComparing(p -> -served(p), Comparator.naturalOrder());

    private static double served(SweepPoint p) {
        long intents = p.result().requests().intents();
        return intents > 0 ? (double) p.result().requests().goodput() / intents : 0;
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
