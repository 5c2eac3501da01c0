package dev.avalanche.models.result;

import java.util.List;

/**
 * A scenario run at several points of a parameter space: at each point, one value per swept parameter.
 *
 * @param scenario the scenario's name
 * @param parameters the swept paths, e.g. {@code users.arrivals.rate}; at least one
 * @param points in the order run (on a grid the first parameter varies slowest)
 */
public record SweepResult(String scenario, List<String> parameters, List<Point> points) {

    /**
     * One point: each parameter's value as written, and as a number for plotting, and the run it gave.
     *
     * @param values one per parameter, in the order of {@link SweepResult#parameters()}
     * @param numerics {@code values} as numbers, for axes
     */
    public record Point(List<String> values, List<Double> numerics, RunResult run) {

        /** @throws IllegalArgumentException when there are not as many numbers as values */
        public Point {
            values = List.copyOf(values);
            numerics = List.copyOf(numerics);
            if (values.isEmpty() || numerics.size() != values.size()) {
                throw new IllegalArgumentException("sweep point: got " + values.size() + " values and " + numerics.size()
                        + " numbers; allowed as many numbers as values, at least one");
            }
        }

        /** A point of a sweep of one parameter. */
        public Point(String value, double numeric, RunResult run) {
            this(List.of(value), List.of(numeric), run);
        }

        /** The first parameter's value: the value, in a sweep of one parameter. */
        public String value() {
            return values.getFirst();
        }

        /** The first parameter's value as a number. */
        public double numeric() {
            return numerics.getFirst();
        }
    }

    /** @throws IllegalArgumentException when there is no parameter or a point has not one value per parameter */
    public SweepResult {
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("sweep parameters: got none; allowed at least one");
        }
        for (Point p : points) {
            if (p.values().size() != parameters.size()) {
                throw new IllegalArgumentException("sweep point " + p.values() + ": got " + p.values().size()
                        + " values; allowed one per parameter " + parameters);
            }
        }
    }

    /** A sweep of one parameter. */
    public SweepResult(String scenario, String parameter, List<Point> points) {
        this(scenario, List.of(parameter), points);
    }

    /** The first swept path: the parameter, in a sweep of one. */
    public String parameter() {
        return parameters.getFirst();
    }
}
