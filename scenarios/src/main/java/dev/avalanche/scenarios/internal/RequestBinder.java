package dev.avalanche.scenarios.internal;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distribution;
import dev.avalanche.models.config.ClientPolicy;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.RequestMix;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Service;
import dev.avalanche.scenarios.internal.Node.ListNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Binds {@code request:} (CPU, calls, local steps, CPU after them), the mix of kinds of request under
 * {@code requests:} and the third parties under {@code services:}.
 */
final class RequestBinder {

    /** Service names are single path segments, so that overrides can address them. */
    static final Pattern SERVICE_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private final Values values;
    private final Problems problems;
    private final DistributionBinder distributions;

    RequestBinder(Values values) {
        this.values = values;
        this.problems = values.problems();
        this.distributions = new DistributionBinder(values);
    }

    /** What {@code requests:} holds, for a value of the wrong type. */
    private static final String MIX_ALLOWED = "a list of kinds of request, each {name, share, cpu, calls, local, cpuAfter},"
            + " e.g. [{name: cart, share: 0.7, local: [{name: db, latency: 5ms}]}, {name: checkout, share: 0.3,"
            + " calls: [{service: payments}]}]";

    /** The request at {@code at}, whose calls may name only {@code services}; null when reported. */
    RequestWork request(At at, Set<String> services) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, Format.REQUEST);
        RequestWork work = work(f, services);
        return problems.count() > before ? null : work;
    }

    /**
     * The mix at {@code at} ({@code requests:}): at least one kind, each with a name, its share of
     * the intents (a fraction; the shares sum to 1) and the fields of a request; null when reported.
     */
    RequestMix mix(At at, Set<String> services) {
        if (at.node() instanceof ListNode l && l.items().isEmpty()) {
            problems.report(at, "an empty list", MIX_ALLOWED);
            return null;
        }
        List<RequestMix.Kind> kinds = list(at, "kinds of request {name: cart, share: 0.7, local: [...]}", a -> kind(a, services));
        if (kinds == null) {
            return null;
        }
        // The record names the list "requests": here that is the node itself.
        return problems.build(at, Map.of("requests", ""), () -> new RequestMix(kinds));
    }

    private RequestMix.Kind kind(At at, Set<String> services) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, Format.KIND);
        String name = f.required("name", values::text);
        Double share = f.required("share", values::number);
        RequestWork work = work(f, services);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new RequestMix.Kind(name, share, work));
    }

    /** A request's work read from {@code f} ({@code request:}, or a kind of {@code requests:}); null when reported. */
    private RequestWork work(Fields f, Set<String> services) {
        int before = problems.count();
        Optional<Distribution> cpu = Optional.ofNullable(f.optional("cpu", null, distributions::bind));
        Optional<Distribution> cpuAfter = Optional.ofNullable(f.optional("cpuAfter", null, distributions::bind));
        List<RequestWork.Call> calls = f.optional("calls", List.of(), a -> list(a, "{service: social, count: 3}",
                item -> call(item, services)));
        List<RequestWork.LocalStep> local = f.optional("local", List.of(), a -> list(a, "{name: db, latency: 5ms}",
                this::local));
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(f.self(), Map.of(), () -> new RequestWork(cpu, calls, local, cpuAfter));
    }

    private <T> List<T> list(At at, String example, Function<At, T> item) {
        if (!(at.node() instanceof ListNode l)) {
            problems.invalid(at, "a list of " + example);
            return null;
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < l.items().size(); i++) {
            result.add(item.apply(at.item(i)));
        }
        return result.contains(null) ? null : result;
    }

    private RequestWork.Call call(At at, Set<String> services) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, Format.CALL);
        String allowed = services.isEmpty() ? "a service defined under services: (none is)"
                : "one of the services defined under services: " + String.join(", ", services);
        String service = f.required("service", allowed, values::text);
        if (service != null && !services.contains(service)) {
            problems.report(f.get("service"), service + Suggestions.hint(service, services), allowed);
        }
        Integer count = f.optional("count", 1, values::integer);
        RequestWork.Call.Mode mode = f.optional("mode", RequestWork.Call.Mode.SEQUENTIAL,
                a -> values.choice(a, RequestWork.Call.Mode.class));
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new RequestWork.Call(service, count, mode));
    }

    private RequestWork.LocalStep local(At at) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, Format.LOCAL);
        String name = f.required("name", values::text);
        SimDuration latency = f.required("latency", values::duration);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new RequestWork.LocalStep(name, latency));
    }

    /** The services at {@code at} (absent: none), by name in file order; null when reported. */
    Map<String, Service> services(At at) {
        if (at == null) {
            return Map.of();
        }
        int before = problems.count();
        Fields f = Fields.dynamic(at, problems, "a mapping from service names to {latency, timeout, ...}",
                List.copyOf(serviceNames(at)));
        Map<String, Service> services = new LinkedHashMap<>();
        for (At s : f.entries()) {
            String name = s.path().substring(s.path().lastIndexOf('.') + 1);
            if (!SERVICE_NAME.matcher(name).matches()) {
                problems.add(f.keyPos(name), s.path(), "got a service name " + name
                        + "; allowed letters, digits, '-' and '_' (no dots: overrides address services by name)");
            }
            services.put(name, service(s));
        }
        return problems.count() > before || !f.valid() ? null : services;
    }

    /** The names under {@code services:}, for checking calls; empty when it is not a mapping. */
    static Set<String> serviceNames(At at) {
        return at != null && at.node() instanceof Node.MapNode m ? m.entries().keySet() : Set.of();
    }

    private Service service(At at) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, Format.SERVICE);
        Distribution latency = f.required("latency", distributions::bind);
        SimDuration timeout = f.required("timeout", values::duration);
        Double errors = f.optional("errors", 0.0, values::number);
        OptionalInt capacity = f.optional("capacity", OptionalInt.empty(), a -> {
            Integer c = values.integer(a);
            return c == null ? null : OptionalInt.of(c);
        });
        Profile degradation = f.optional("degradation", Profile.constant(1), a -> new ProfileBinder(values).bind(a, "factor"));
        ClientPolicy client = f.optional("client", ClientPolicy.NONE, new MitigationsBinder(values)::client);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new Service(latency, degradation, errors, timeout, capacity, client));
    }
}
