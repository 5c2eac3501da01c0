package dev.avalanche.scenarios;

import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.scenarios.internal.Durations;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The points of a sweep: every combination of the parameters' values (a grid), or a Latin
 * hypercube over their ranges. Each point is one value per parameter, as it would be written in
 * the YAML ({@code --set PATH=value}). Bounded: at most {@value #MAX_VALUES} values per range
 * and {@value #MAX_POINTS} points per sweep, so that a typing slip does not start a study of
 * days; a larger study is several sweeps.
 */
public final class Sweeps {

    /** The most values one range may give. */
    public static final int MAX_VALUES = 1000;
    /** The most points one sweep may have. */
    public static final int MAX_POINTS = 10_000;

    /** A swept parameter: its dotted path and its values, listed or as a numeric range. */
    public sealed interface Axis {
        String path();
    }

    /** Values as they would be written in the YAML. */
    public record Listed(String path, List<String> values) implements Axis {
        public Listed {
            values = List.copyOf(values);
        }
    }

    /** From {@code from} to {@code to}; by {@code step} on a grid, anywhere in between (or on the steps, when given) in a hypercube. */
    public record Ranged(String path, double from, double to, OptionalDouble step) implements Axis {
    }

    private Sweeps() {
    }

    /**
     * Values {@code from}, {@code from + step}, ... up to {@code to} (included when it falls on a step).
     *
     * @throws IllegalArgumentException when {@code step <= 0}, {@code to < from} or there would be more than
     *     {@value #MAX_VALUES} values
     */
    public static List<String> range(double from, double to, double step) {
        return range("", from, to, step);
    }

    /** {@link #range(double, double, double)}, with messages that start with {@code label}. */
    private static List<String> range(String label, double from, double to, double step) {
        checkRange(label, from, to);
        checkStep(label, step);
        double count = Math.floor((to - from) / step + 1e-9) + 1;
        if (!(count <= MAX_VALUES)) {
            String got = Double.isFinite(count) ? String.format(java.util.Locale.ROOT, "%.3g", count) : "more than 1e308";
            throw new IllegalArgumentException(label + "--from/--to/--step: got " + got + " values; allowed at most " + MAX_VALUES);
        }
        long n = (long) count;
        List<String> values = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            values.add(written(from + i * step));
        }
        return values;
    }

    /**
     * Every combination of the axes' values, the first axis varying slowest (as nested loops in the order given).
     *
     * @throws IllegalArgumentException when an axis is empty, is a range without a step, or the grid has more
     *     than {@value #MAX_POINTS} points
     */
    public static List<List<String>> grid(List<Axis> axes) {
        List<List<String>> values = new ArrayList<>();
        long size = 1;
        for (Axis a : axes) {
            List<String> v = switch (a) {
                case Listed l -> l.values();
                case Ranged r -> range(label(r), r.from(), r.to(), r.step().orElseThrow(() -> new IllegalArgumentException(
                        label(r) + "--step: got nothing; allowed --step S with --from/--to on a grid, or --design lhs")));
            };
            if (v.isEmpty()) {
                throw new IllegalArgumentException(label(a) + "--values: got none; allowed at least one");
            }
            values.add(v);
            size *= v.size();
            if (size > MAX_POINTS) {
                throw new IllegalArgumentException("--param: got a grid of more than " + MAX_POINTS + " points ("
                        + String.join(" x ", values.stream().map(x -> String.valueOf(x.size())).toList())
                        + (values.size() < axes.size() ? " x ..." : "") + "); allowed at most " + MAX_POINTS
                        + " (fewer values, several sweeps, or --design lhs --points N)");
            }
        }
        List<List<String>> points = new ArrayList<>();
        points.add(List.of());
        for (List<String> v : values) {
            List<List<String>> next = new ArrayList<>(points.size() * v.size());
            for (List<String> p : points) {
                for (String x : v) {
                    List<String> q = new ArrayList<>(p);
                    q.add(x);
                    next.add(List.copyOf(q));
                }
            }
            points = next;
        }
        return points;
    }

    /**
     * {@code n} points of a Latin hypercube, drawn from stream {@code sweep.design} of {@code seed}:
     * each range is cut into {@code n} equal strata and every stratum holds exactly one point, at a
     * uniform place within it (snapped to the nearest step from {@code from} when the range has
     * one); a listed axis gives each of its values to an equal share of the points. The
     * strata are matched across axes by independent random permutations.
     *
     * @throws IllegalArgumentException when {@code n} is not in 1 .. {@value #MAX_POINTS}, a range is
     *     inverted or not finite, or a step is not positive
     */
    public static List<List<String>> latinHypercube(List<Axis> axes, int n, long seed) {
        if (n < 1 || n > MAX_POINTS) {
            throw new IllegalArgumentException("--points: got " + n + "; allowed 1 to " + MAX_POINTS);
        }
        for (Axis a : axes) {
            if (a instanceof Listed l && l.values().isEmpty()) {
                throw new IllegalArgumentException(label(a) + "--values: got none; allowed at least one");
            }
        }
        RandomStream random = new RandomStreams(seed).stream("sweep.design");
        List<List<String>> columns = new ArrayList<>();
        for (Axis a : axes) {
            int[] strata = permutation(n, random);
            List<String> column = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                double u = (strata[i] + random.nextDouble()) / n; // uniform within stratum strata[i]
                column.add(switch (a) {
                    case Listed l -> l.values().get(Math.min(l.values().size() - 1, (int) (u * l.values().size())));
                    case Ranged r -> written(place(r, u));
                });
            }
            columns.add(column);
        }
        List<List<String>> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int row = i;
            points.add(columns.stream().map(c -> c.get(row)).toList());
        }
        return points;
    }

    /**
     * {@code value} as a number for an axis: itself when numeric, a duration in seconds, else its
     * position among {@code distinctValues}, its parameter's values.
     */
    public static double numeric(String value, List<String> distinctValues) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Durations.parse(value.strip()).map(n -> n / 1e9).orElse((double) distinctValues.indexOf(value));
        }
    }

    /** The distinct values of parameter {@code index} over {@code points}, in the order they first appear. */
    public static List<String> distinct(List<List<String>> points, int index) {
        return List.copyOf(new LinkedHashSet<>(points.stream().map(p -> p.get(index)).toList()));
    }

    private static double place(Ranged r, double u) {
        checkRange(label(r), r.from(), r.to());
        double x = r.from() + u * (r.to() - r.from());
        if (r.step().isEmpty()) {
            return x;
        }
        double step = r.step().getAsDouble();
        checkStep(label(r), step);
        double k = Math.min(Math.round((x - r.from()) / step), Math.floor((r.to() - r.from()) / step + 1e-9));
        return r.from() + k * step;
    }

    private static int[] permutation(int n, RandomStream random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) { // Fisher-Yates
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static String label(Axis a) {
        return "--param " + a.path() + " ";
    }

    private static void checkRange(String label, double from, double to) {
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException(label + "--from/--to: got " + from + ", " + to + "; allowed finite numbers");
        }
        if (to < from) {
            throw new IllegalArgumentException(label + "--to: got " + to + "; allowed a number >= --from " + from);
        }
    }

    private static void checkStep(String label, double step) {
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException(label + "--step: got " + step + "; allowed a finite number > 0");
        }
    }

    /** Ten significant digits hide the binary residue of from + i * step (0.30000000000000004). */
    private static String written(double v) {
        return new BigDecimal(v, new MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
