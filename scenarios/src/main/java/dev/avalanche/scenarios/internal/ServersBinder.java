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
        Fields f = Fields.of(at, problems, Format.SERVERS);
        Integer count = f.required("count", values::integer);
        Integer cores = f.required("cores", values::integer);
        Integer processes = f.required("processes", values::integer);
        Workers workers = f.required("workers", this::workers);
        Integer backlog = f.required("backlog", values::integer);
        Servers.Overflow overflow = f.required("overflow", a -> values.choice(a, Servers.Overflow.class));
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
        Fields f = Fields.of(at, problems, Format.FRONT);
        SimDuration accept = f.optional("accept", SimDuration.ZERO, values::duration);
        SimDuration write = f.optional("write", SimDuration.ZERO, values::duration);
        SimDuration relay = f.optional("relay", SimDuration.ZERO, values::duration);
        Integer backlog = f.required("backlog", values::integer);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new Front(accept, write, relay, backlog));
    }

    /** {@code tcp:} the kernel's handshake settings; each defaults to a Linux 6.5+ kernel's. */
    private LinuxTcp tcp(At at) {
        int before = problems.count();
        LinuxTcp d = LinuxTcp.DEFAULTS;
        Fields f = Fields.of(at, problems, Format.TCP);
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
        Fields f = Fields.of(at, problems, Format.WORKERS);
        Workers.Model model = f.required("model", a -> values.choice(a, Workers.Model.class));
        Integer size = f.required("size", this::size);
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
        Fields f = Fields.of(at, problems, Format.GIL);
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
        Fields f = Fields.of(at, problems, Format.BALANCER);
        Balancer.Policy policy = f.required("policy", a -> values.choice(a, Balancer.Policy.class));
        SimDuration timeout = f.required("timeout", values::duration);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new Balancer(policy, timeout));
    }
}
