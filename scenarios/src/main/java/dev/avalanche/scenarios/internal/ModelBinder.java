package dev.avalanche.scenarios.internal;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.Balancer;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Service;
import dev.avalanche.models.config.Users;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        RequestWork request = f.required("request", a -> requests.request(a, RequestBinder.serviceNames(f.get("services"))));
        Map<String, Service> services = requests.services(f.get("services"));
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(root, Map.of(), () -> new ModelConfig(duration, warmup, interval, drain, users, balancer,
                s, request, services));
    }
}
