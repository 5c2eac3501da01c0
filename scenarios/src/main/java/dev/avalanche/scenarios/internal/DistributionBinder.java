package dev.avalanche.scenarios.internal;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.scenarios.internal.Node.ListNode;
import dev.avalanche.scenarios.internal.Node.MapNode;
import dev.avalanche.scenarios.internal.Node.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Binds a distribution of durations: a bare duration (constant) or {@code {dist: name, params...}}
 * with the parameters of {@link Distributions}, durations in the scenario's units and the result in
 * seconds. A mixture's components are inline: {@code {weight: 0.95, dist: exponential, mean: 100ms}}.
 */
final class DistributionBinder {

    static final List<String> NAMES = Format.DISTRIBUTIONS.stream().map(Format.DistSpec::name).toList();
    static final String ALLOWED = "a duration (constant) or a distribution such as {dist: exponential, mean: 2s}";
    private static final String LOGNORMAL = "either median and sigma, or mean and p99 (lognormal)";

    private final Values values;
    private final Problems problems;

    DistributionBinder(Values values) {
        this.values = values;
        this.problems = values.problems();
    }

    /** The distribution at {@code at}; null when a problem was reported. */
    Distribution bind(At at) {
        return bind(at, List.of());
    }

    private Distribution bind(At at, List<String> extraKeys) {
        if (at.node() instanceof ScalarNode) {
            SimDuration d = values.duration(at, ALLOWED);
            return d == null ? null : build(at, () -> Distributions.constant(d.seconds()));
        }
        if (!(at.node() instanceof MapNode)) {
            problems.invalid(at, ALLOWED);
            return null;
        }
        At dist = at.child("dist");
        if (Node.isAbsent(dist == null ? null : dist.node())) {
            problems.missing(at, "dist", "one of " + String.join(", ", NAMES));
            return null;
        }
        String name = dist.node() instanceof ScalarNode s ? s.text() : "";
        if (!NAMES.contains(name)) {
            problems.report(dist, dist.node().describe() + Suggestions.hint(name, NAMES), "one of " + String.join(", ", NAMES));
            return null;
        }
        List<String> keys = new ArrayList<>(List.of("dist"));
        keys.addAll(extraKeys);
        keys.addAll(Format.distribution(name).keys());
        int before = problems.count();
        Fields f = Fields.dynamic(at, problems, ALLOWED, keys);
        Supplier<Distribution> make = switch (name) {
            case "constant" -> {
                Double v = seconds(f, "value");
                yield () -> Distributions.constant(v);
            }
            case "exponential" -> {
                Double mean = seconds(f, "mean");
                yield () -> Distributions.exponential(mean);
            }
            case "uniform" -> {
                Double min = seconds(f, "min");
                Double max = seconds(f, "max");
                yield () -> Distributions.uniform(min, max);
            }
            case "normal" -> {
                Double mean = seconds(f, "mean");
                Double sd = seconds(f, "sd");
                yield () -> Distributions.truncatedNormal(mean, sd);
            }
            case "lognormal" -> lognormal(f);
            case "gamma" -> {
                Double mean = seconds(f, "mean");
                Double shape = f.required("shape", "a number > 0", values::number);
                yield () -> Distributions.gamma(mean, shape);
            }
            case "erlang" -> {
                Double mean = seconds(f, "mean");
                Integer phases = f.required("phases", "an integer >= 1", values::integer);
                yield () -> Distributions.erlang(mean, phases);
            }
            case "pareto" -> {
                Double scale = seconds(f, "scale");
                Double shape = f.required("shape", "a number > 0", values::number);
                yield () -> Distributions.pareto(scale, shape);
            }
            case "empirical" -> {
                Double min = f.optional("min", 0.0, values::seconds);
                Double p50 = seconds(f, "p50");
                Double p90 = seconds(f, "p90");
                Double p99 = seconds(f, "p99");
                Double max = seconds(f, "max");
                yield () -> Distributions.empiricalWithMin(min, p50, p90, p99, max);
            }
            default -> mixture(f);
        };
        return problems.count() > before ? null : build(at, make);
    }

    private Double seconds(Fields f, String key) {
        return f.required(key, Durations.ALLOWED, values::seconds);
    }

    private Supplier<Distribution> lognormal(Fields f) {
        boolean byMedian = f.has("median") || f.has("sigma");
        boolean byMean = f.has("mean") || f.has("p99");
        if (byMedian && byMean) {
            At extra = f.has("mean") ? f.get("mean") : f.get("p99");
            problems.report(extra, "both median/sigma and mean/p99", LOGNORMAL);
            return null;
        }
        if (!byMean) {
            Double median = f.required("median", LOGNORMAL, values::seconds);
            Double sigma = f.required("sigma", "a number > 0 (the sd of ln X)", values::number);
            return () -> Distributions.lognormalByMedian(median, sigma);
        }
        Double mean = seconds(f, "mean");
        Double p99 = seconds(f, "p99");
        return () -> Distributions.lognormalByMeanAndP99(mean, p99);
    }

    private Supplier<Distribution> mixture(Fields f) {
        String component = "a list of components such as {weight: 0.95, dist: exponential, mean: 100ms}";
        At of = f.require("of", component);
        if (of == null) {
            return null;
        }
        if (!(of.node() instanceof ListNode list) || list.items().isEmpty()) {
            problems.invalid(of, component);
            return null;
        }
        List<Distributions.Weighted> parts = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            At item = of.item(i);
            if (!(item.node() instanceof MapNode)) {
                problems.invalid(item, component);
                continue;
            }
            At weightAt = item.child("weight");
            Double weight = null;
            if (weightAt == null || Node.isAbsent(weightAt.node())) {
                problems.missing(item, "weight", "a number > 0 (relative to the other components)");
            } else {
                weight = values.number(weightAt);
            }
            Distribution d = bind(item, List.of("weight"));
            if (weight != null && d != null) {
                try {
                    parts.add(Distributions.weighted(weight, d));
                } catch (IllegalArgumentException e) {
                    problems.fromDistribution(e, item);
                }
            }
        }
        return () -> Distributions.mixture(parts);
    }

    private Distribution build(At at, Supplier<Distribution> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            problems.fromDistribution(e, at);
            return null;
        }
    }
}
