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
import java.util.Set;

/**
 * Binds a whole (variant's) tree to a {@link ModelConfig}, reporting every problem it finds. The
 * record's cross-field rules (warmup shorter than duration, one server without a balancer) are
 * checked by its constructor, and so only once every part is valid.
 */
final class ModelBinder {

    /** The keys of the scenario file's top level: the scenario's own, then the model's. */
    static final List<String> SCENARIO_KEYS = Format.SCENARIO_FIELDS.stream().map(FieldSpec::key).toList();
    static final List<String> MODEL_KEYS = Format.MODEL_FIELDS.stream().map(FieldSpec::key).toList();

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
        Fields f = Fields.of(root, problems, Format.TOP);
        SimDuration duration = f.required("duration", values::duration);
        SimDuration warmup = f.optional("warmup", SimDuration.ZERO, values::duration);
        SimDuration interval = f.optional("interval", DEFAULT_INTERVAL, values::duration);
        SimDuration drain = f.optional("drain", DEFAULT_DRAIN, values::duration);
        Users users = f.required("users", new UsersBinder(values)::bind);
        ServersBinder servers = new ServersBinder(values);
        Optional<Balancer> balancer = Optional.ofNullable(f.optional("balancer", null, servers::balancer));
        Servers s = f.required("servers", servers::servers);
        RequestBinder requests = new RequestBinder(values);
        RequestMix mix = mix(f, requests, RequestBinder.serviceNames(f.get("services")));
        Map<String, Service> services = requests.services(f.get("services"));
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(root, Map.of(), () -> new ModelConfig(duration, warmup, interval, drain, users, balancer,
                s, mix, services));
    }

    /** {@code request:} as a mix of one, or {@code requests:} (exactly one of them); null when reported. */
    private RequestMix mix(Fields f, RequestBinder requests, Set<String> serviceNames) {
        if (f.has("requests") && f.has("request")) {
            problems.report(f.get("requests"), "requests beside request",
                    "either request (every request alike) or requests (a mix of kinds), not both");
            return null;
        }
        if (f.has("requests")) {
            return requests.mix(f.get("requests"), serviceNames);
        }
        At at = f.require("request");
        RequestWork request = at == null ? null : requests.request(at, serviceNames);
        return request == null ? null : RequestMix.of(request);
    }
}
