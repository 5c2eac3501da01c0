package dev.avalanche.models.result;

import java.util.List;

/**
 * A scenario run once per value of one parameter.
 *
 * @param scenario the scenario's name
 * @param parameter the swept path, e.g. {@code users.arrivals.rate}
 * @param points one per value, in the order given
 */
public record SweepResult(String scenario, String parameter, List<Point> points) {

    /** One value of the parameter (as written, and as a number for plotting) and the run it gave. */
    public record Point(String value, double numeric, RunResult run) {
    }

    public SweepResult {
        points = List.copyOf(points);
    }
}
