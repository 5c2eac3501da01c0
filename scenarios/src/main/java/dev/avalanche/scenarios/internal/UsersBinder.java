package dev.avalanche.scenarios.internal;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distribution;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.LoadGenerator;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.Retry;
import dev.avalanche.models.config.Users;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Binds {@code users:}: open-loop {@code arrivals} or closed-loop {@code closed}, patience and refresh. */
final class UsersBinder {

    private static final String ARRIVALS = "arrivals: {rate: 300} (open loop), or closed: {concurrency: 10, requests: 100}";

    private final Values values;
    private final Problems problems;
    private final DistributionBinder distributions;
    private final ProfileBinder profiles;

    UsersBinder(Values values) {
        this.values = values;
        this.problems = values.problems();
        this.distributions = new DistributionBinder(values);
        this.profiles = new ProfileBinder(values);
    }

    /** The users at {@code at}; null when a problem was reported. */
    Users bind(At at) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, Format.USERS);
        Arrivals arrivals = null;
        if (f.has("arrivals") && f.has("closed")) {
            problems.report(f.get("closed"), "both arrivals and closed", "one of them: " + ARRIVALS);
        } else if (f.has("arrivals")) {
            arrivals = open(f.get("arrivals"));
        } else if (f.has("closed")) {
            arrivals = closed(f.get("closed"));
        } else {
            f.require("arrivals");
        }
        Optional<Distribution> patience = Optional.ofNullable(f.optional("patience", null, distributions::bind));
        Users.Refresh refresh = f.optional("refresh", Users.Refresh.NEVER, this::refresh);
        LoadGenerator generator = f.optional("generator", null, this::generator);
        Retry retry = f.optional("retry", null, new MitigationsBinder(values)::userRetry);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        Arrivals a = arrivals;
        return problems.build(at, Map.of(), () -> new Users(a, patience, refresh, Optional.ofNullable(generator),
                Optional.ofNullable(retry)));
    }

    /** {@code generator:} the load generator's own process on the servers' host. */
    private LoadGenerator generator(At at) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, Format.GENERATOR);
        SimDuration connect = f.optional("connect", SimDuration.ZERO, values::duration);
        SimDuration write = f.optional("write", SimDuration.ZERO, values::duration);
        SimDuration read = f.optional("read", SimDuration.ZERO, values::duration);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new LoadGenerator(connect, write, read));
    }

    private Arrivals open(At at) {
        Fields f = Fields.of(at, problems, Format.OPEN);
        if (f.has("rate") && f.has("profile")) {
            problems.report(f.get("profile"), "both rate and profile", "one of them: a constant rate, or a profile");
            return null;
        }
        if (f.has("profile")) {
            Profile p = profiles.bind(f.get("profile"), "rate");
            return p == null ? null : problems.build(at, Map.of("rate", "profile"), () -> new Arrivals.Open(p));
        }
        At rate = f.require("rate");
        Profile p = rate == null ? null : profiles.constant(rate);
        return p == null ? null : problems.build(at, Map.of(), () -> new Arrivals.Open(p));
    }

    private Arrivals closed(At at) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, Format.CLOSED);
        Integer concurrency = f.required("concurrency", values::integer);
        Long requests = f.required("requests", values::longInteger);
        Distribution think = f.optional("think", null, distributions::bind);
        SimDuration rampUp = f.optional("rampUp", SimDuration.ZERO, values::duration);
        Boolean firstAlone = f.optional("firstAlone", false, values::flag);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new Arrivals.Closed(concurrency, requests, think, rampUp, firstAlone));
    }

    private Users.Refresh refresh(At at) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, Format.REFRESH);
        Double probability = f.required("probability", values::number);
        Integer max = f.required("max", values::integer);
        Distribution delay = f.optional("delay", null, distributions::bind);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new Users.Refresh(probability, max, delay));
    }
}
