package dev.avalanche.scenarios.internal;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.Balancer;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.RequestMix;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Service;
import dev.avalanche.models.config.Users;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Binds a whole (variant's) tree to a {@link ModelConfig}, reporting every problem it finds. The
 * record's cross-field rules (warmup shorter than duration, one server without a balancer) are
 * checked by its constructor, and so only once every part is valid.
 */
final class ModelBinder {

    /** The keys of the scenario file's top level: the scenario's own, then the model's. */
    static final List<String> SCENARIO_KEYS = List.of("name", "description", "seed", "variants");
    static final List<String> MODEL_KEYS = List.of("duration", "warmup", "interval", "drain", "users", "balancer",
            "servers", "request", "requests", "services");
    static final List<String> TOP_KEYS = concat(SCENARIO_KEYS, MODEL_KEYS);

    static final SimDuration DEFAULT_INTERVAL = SimDuration.ofSeconds(1);
    static final SimDuration DEFAULT_DRAIN = SimDuration.ofSeconds(120);

    private final Values values;
    private final Problems problems;

    ModelBinder(Problems problems) {
        this.values = new Values(problems);
        this.problems = problems;
    }

    /** The model configuration of the tree at {@code root}; null when a problem was reported. */
    ModelConfig bind(At root) {
        int before = problems.count();
        Fields f = Fields.of(root, problems, "a mapping with name, duration, users, servers, request", TOP_KEYS);
        SimDuration duration = f.required("duration", Durations.ALLOWED, values::duration);
        SimDuration warmup = f.optional("warmup", SimDuration.ZERO, values::duration);
        SimDuration interval = f.optional("interval", DEFAULT_INTERVAL, values::duration);
        SimDuration drain = f.optional("drain", DEFAULT_DRAIN, values::duration);
        Users users = f.required("users", "a mapping with arrivals: {rate: 300}", new UsersBinder(values)::bind);
        ServersBinder servers = new ServersBinder(values);
        Optional<Balancer> balancer = Optional.ofNullable(f.optional("balancer", null, servers::balancer));
        Servers s = f.required("servers", "a mapping with count, cores, processes, workers, backlog, overflow",
                servers::servers);
        RequestBinder requests = new RequestBinder(values);
        java.util.Set<String> serviceNames = RequestBinder.serviceNames(f.get("services"));
        RequestMix mix;
        if (f.has("requests")) {
            if (f.has("request")) {
                problems.report(f.get("requests"), "requests beside request",
                        "either request (every request alike) or requests (a mix of kinds), not both");
            }
            mix = f.optional("requests", null, a -> requests.mix(a, serviceNames));
        } else {
            RequestWork request = f.required("request", "a mapping with cpu, calls, local (or requests: a mix of kinds)",
                    a -> requests.request(a, serviceNames));
            mix = request == null ? null : RequestMix.of(request);
        }
        Map<String, Service> services = requests.services(f.get("services"));
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(root, Map.of(), () -> new ModelConfig(duration, warmup, interval, drain, users, balancer,
                s, mix, services));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
