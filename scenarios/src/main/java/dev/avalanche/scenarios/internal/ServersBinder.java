package dev.avalanche.scenarios.internal;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.AdaptiveLimit;
import dev.avalanche.models.config.Balancer;
import dev.avalanche.models.config.Front;
import dev.avalanche.models.config.Gil;
import dev.avalanche.models.config.LinuxTcp;
import dev.avalanche.models.config.ServerPolicy;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Workers;
import dev.avalanche.scenarios.internal.Node.Kind;
import dev.avalanche.scenarios.internal.Node.ScalarNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
                        "abandoned", "front", "tcp", "deferAccept", "shedAfter", "limit"));
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
        Front front = f.optional("front", null, this::front);
        LinuxTcp tcp = f.optional("tcp", LinuxTcp.DEFAULTS, this::tcp);
        Boolean deferAccept = f.optional("deferAccept", false, values::flag);
        SimDuration shedAfter = f.optional("shedAfter", null, values::duration);
        AdaptiveLimit limit = f.optional("limit", null, new MitigationsBinder(values)::limit);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new Servers(count, cores, processes, workers, backlog, overflow,
                accept, overhead, discard, abandoned, Optional.ofNullable(front), tcp, deferAccept,
                new ServerPolicy(Optional.ofNullable(shedAfter), Optional.ofNullable(limit))));
    }

    /** {@code front:} a router or proxy in front of each server's workers. */
    private Front front(At at) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, "{accept: 40us, write: 10us, relay: 30us, backlog: 100}",
                List.of("accept", "write", "relay", "backlog"));
        SimDuration accept = f.optional("accept", SimDuration.ZERO, values::duration);
        SimDuration write = f.optional("write", SimDuration.ZERO, values::duration);
        SimDuration relay = f.optional("relay", SimDuration.ZERO, values::duration);
        Integer backlog = f.required("backlog", "an integer >= 0 (the router's listen queue)", values::integer);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new Front(accept, write, relay, backlog));
    }

    /** {@code tcp:} the kernel's handshake settings; each defaults to a Linux 6.5+ kernel's. */
    private LinuxTcp tcp(At at) {
        int before = problems.count();
        LinuxTcp d = LinuxTcp.DEFAULTS;
        Fields f = Fields.of(at, problems, "{somaxconn: 4096, synRetries: 6, synLinearTimeouts: 4, synackRetries: 5, "
                + "syncookies: true, rtoMin: 200ms}",
                List.of("somaxconn", "synRetries", "synLinearTimeouts", "synackRetries", "syncookies", "rtoMin"));
        Integer somaxconn = f.optional("somaxconn", d.somaxconn(), values::integer);
        Integer synRetries = f.optional("synRetries", d.synRetries(), values::integer);
        Integer linear = f.optional("synLinearTimeouts", d.synLinearTimeouts(), values::integer);
        Integer synackRetries = f.optional("synackRetries", d.synackRetries(), values::integer);
        Boolean syncookies = f.optional("syncookies", d.syncookies(), values::flag);
        SimDuration rtoMin = f.optional("rtoMin", d.rtoMin(), values::duration);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new LinuxTcp(somaxconn, synRetries, linear, synackRetries, syncookies,
                rtoMin));
    }

    private Workers workers(At at) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, "{model: threads, size: 40, memory: 8MiB}",
                List.of("model", "size", "memory", "gil"));
        Workers.Model model = f.required("model", "one of threads, greenlets, virtual-threads",
                a -> values.choice(a, Workers.Model.class));
        Integer size = f.required("size", "an integer >= 1 per process (virtual-threads: 0 or unbounded)", this::size);
        Long memory = f.optional("memory", 0L, values::bytes);
        Gil gil = f.optional("gil", null, this::gil);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new Workers(model, size, memory, Optional.ofNullable(gil)));
    }

    /** {@code gil:} CPython's lock over a process's threads. */
    private Gil gil(At at) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, "{switchInterval: 5ms, mutex: 5us}", List.of("switchInterval", "mutex"));
        SimDuration interval = f.optional("switchInterval", Gil.DEFAULT_SWITCH_INTERVAL, values::duration);
        SimDuration mutex = f.optional("mutex", SimDuration.ZERO, values::duration);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new Gil(interval, mutex));
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
