package dev.avalanche.scenarios;

import dev.avalanche.engine.replication.Replications;
import dev.avalanche.models.Simulator;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.SweepResult;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a scenario once per value of a parameter ({@code --set PATH=value} each time), the values in
 * parallel across cores. Every run is deterministic, so the result does not depend on the core count.
 */
public final class Sweeps {

    /** The most values one sweep may take: each is a scenario loaded and simulated. */
    public static final int MAX_VALUES = 1000;

    private Sweeps() {
    }

    /**
     * Values {@code from}, {@code from + step}, ... up to {@code to} (included when it falls on a step).
     *
     * @throws IllegalArgumentException when a bound is not finite, {@code step <= 0}, {@code to < from} or there would be
     *     more than {@link #MAX_VALUES} values
     */
    public static List<String> range(double from, double to, double step) {
        if (!Double.isFinite(from)) {
            throw new IllegalArgumentException("--from: got " + from + "; allowed a finite number");
        }
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("--step: got " + step + "; allowed a finite number > 0");
        }
        if (!(to >= from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("--to: got " + to + "; allowed a finite number >= --from " + from);
        }
        double count = Math.floor((to - from) / step + 1e-9) + 1;
        if (!(count <= MAX_VALUES)) {
            String got = Double.isFinite(count) ? String.format(java.util.Locale.ROOT, "%.3g", count) : "more than 1e308";
            throw new IllegalArgumentException("--from/--to/--step: got " + got + " values; allowed at most " + MAX_VALUES);
        }
        long n = (long) count;
        List<String> values = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            double v = from + i * step;
            // Ten significant digits hide the binary residue of from + i * step (0.30000000000000004).
            values.add(new BigDecimal(v, new MathContext(10)).stripTrailingZeros().toPlainString());
        }
        return values;
    }

    /**
     * Loads every value's scenario first (so bad input fails before any simulation), then simulates them.
     *
     * @throws ScenarioException with every problem of every value
     */
    public static SweepResult run(Path file, List<String> sets, String parameter, List<String> values, Long seed,
            int replications, int parallelism, Simulator.Progress progress) throws ScenarioException {
        return run(load(file, sets, parameter, values), parameter, values, seed, replications, parallelism, progress);
    }

    /**
     * Every value's scenario: {@code sets}, then {@code parameter=value}.
     *
     * @throws ScenarioException with every problem of every value
     */
    public static List<Scenario> load(Path file, List<String> sets, String parameter, List<String> values)
            throws ScenarioException {
        List<Scenario> scenarios = new ArrayList<>();
        for (String value : values) {
            List<String> all = new ArrayList<>(sets);
            all.add(parameter + "=" + value);
            scenarios.add(ScenarioLoader.load(file, all));
        }
        return scenarios;
    }

    /** Simulates the {@code scenarios} that {@link #load} gave for {@code values}. */
    public static SweepResult run(List<Scenario> scenarios, String parameter, List<String> values, Long seed,
            int replications, int parallelism, Simulator.Progress progress) {
        List<RunResult> runs = Replications.run(values.size(), parallelism, i -> {
            Scenario s = scenarios.get(i);
            List<Simulator.Variant> variants = s.variants().stream().map(v -> new Simulator.Variant(v.name(), v.config())).toList();
            return Simulator.simulate(s.name(), seed == null ? s.seed() : seed, variants, replications, 1, progress);
        });
        List<SweepResult.Point> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            points.add(new SweepResult.Point(values.get(i), numeric(values.get(i), i), runs.get(i)));
        }
        return new SweepResult(scenarios.getFirst().name(), parameter, points);
    }

    /** The value as a number for the x axis: itself when numeric, a duration in seconds, else its index. */
    private static double numeric(String value, int index) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return dev.avalanche.scenarios.internal.Durations.parse(value.strip()).map(n -> n / 1e9).orElse((double) index);
        }
    }
}
