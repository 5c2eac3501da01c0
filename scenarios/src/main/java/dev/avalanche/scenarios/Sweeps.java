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

    private Sweeps() {
    }

    /**
     * Values {@code from}, {@code from + step}, ... up to {@code to} (included when it falls on a step).
     *
     * @throws IllegalArgumentException when {@code step <= 0}, {@code to < from} or there would be more than 1000 values
     */
    public static List<String> range(double from, double to, double step) {
        if (!(step > 0)) {
            throw new IllegalArgumentException("--step: got " + step + "; allowed a number > 0");
        }
        if (to < from) {
            throw new IllegalArgumentException("--to: got " + to + "; allowed a number >= --from " + from);
        }
        long n = (long) Math.floor((to - from) / step + 1e-9) + 1;
        if (n > 1000) {
            throw new IllegalArgumentException("--from/--to/--step: got " + n + " values; allowed at most 1000");
        }
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
