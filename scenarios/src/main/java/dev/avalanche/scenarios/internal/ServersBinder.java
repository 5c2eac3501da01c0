package dev.avalanche.scenarios.internal;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.Balancer;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Workers;
import dev.avalanche.scenarios.internal.Node.Kind;
import dev.avalanche.scenarios.internal.Node.ScalarNode;
import java.util.List;
import java.util.Map;

/** Binds {@code servers:} (with its {@code workers:}) and {@code balancer:}. */
final class ServersBinder {

    private final Values values;
    private final Problems problems;

    ServersBinder(Values values) {
        this.values = values;
        this.problems = values.problems();
    }

    /** The servers at {@code at}; null when a problem was reported. */
    Servers servers(At at) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, "a mapping with count, cores, processes, workers, backlog, overflow",
                List.of("count", "cores", "processes", "workers", "backlog", "overflow", "accept", "overhead", "discard",
                        "abandoned"));
        Integer count = f.required("count", "an integer >= 1 (servers)", values::integer);
        Integer cores = f.required("cores", "an integer >= 1 (CPU cores per server)", values::integer);
        Integer processes = f.required("processes", "an integer >= 1 (worker processes per server)", values::integer);
        Workers workers = f.required("workers", "{model: threads, size: 40}", this::workers);
        Integer backlog = f.required("backlog", "an integer >= 0 (the listen queue's length)", values::integer);
        Servers.Overflow overflow = f.required("overflow", "one of drop, reset",
                a -> values.choice(a, Servers.Overflow.class));
        SimDuration accept = f.optional("accept", SimDuration.ZERO, values::duration);
        SimDuration overhead = f.optional("overhead", SimDuration.ZERO, values::duration);
        SimDuration discard = f.optional("discard", SimDuration.ZERO, values::duration);
        Servers.Abandoned abandoned = f.optional("abandoned", Servers.Abandoned.DISCARD,
                a -> values.choice(a, Servers.Abandoned.class));
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new Servers(count, cores, processes, workers, backlog, overflow,
                accept, overhead, discard, abandoned));
    }

    private Workers workers(At at) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, "{model: threads, size: 40, memory: 8MiB}", List.of("model", "size", "memory"));
        Workers.Model model = f.required("model", "one of threads, greenlets, virtual-threads",
                a -> values.choice(a, Workers.Model.class));
        Integer size = f.required("size", "an integer >= 1 per process (virtual-threads: 0 or unbounded)", this::size);
        Long memory = f.optional("memory", 0L, values::bytes);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new Workers(model, size, memory));
    }

    /** An integer, or {@code unbounded} for 0. */
    private Integer size(At at) {
        if (at.node() instanceof ScalarNode s && s.kind() == Kind.STRING && s.text().equals("unbounded")) {
            return 0;
        }
        if (at.node() instanceof ScalarNode s && s.kind() == Kind.STRING) {
            problems.invalid(at, "an integer, or unbounded (virtual-threads only)");
            return null;
        }
        return values.integer(at);
    }

    /** The balancer at {@code at}; null when a problem was reported. */
    Balancer balancer(At at) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, "{policy: round-robin, timeout: 60s}", List.of("policy", "timeout"));
        Balancer.Policy policy = f.required("policy", "one of round-robin, least-connections, random",
                a -> values.choice(a, Balancer.Policy.class));
        SimDuration timeout = f.required("timeout", "a duration > 0 (the balancer's wait for a server)", values::duration);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new Balancer(policy, timeout));
    }
}
