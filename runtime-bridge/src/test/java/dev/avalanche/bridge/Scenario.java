package dev.avalanche.bridge;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.Balancer;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Service;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.config.Workers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A small live scenario for tests: one server (or several behind a balancer), one third party
 * called once per request, short runs.
 */
final class Scenario {

    Arrivals arrivals = new Arrivals.Closed(10, 50, null, SimDuration.ZERO);
    int count = 1;
    Optional<Balancer> balancer = Optional.empty();
    Workers.Model model = Workers.Model.THREADS;
    int size = 10;
    int processes = 1;
    int backlog = 128;
    Servers.Abandoned abandoned = Servers.Abandoned.DISCARD;
    Servers.Overflow overflow = Servers.Overflow.RESET;
    SimDuration accept = SimDuration.ZERO;
    double callSeconds = 0.1;
    int calls = 1;
    RequestWork.Call.Mode mode = RequestWork.Call.Mode.SEQUENTIAL;
    double errors = 0;
    Profile degradation = Profile.constant(1);
    Optional<Distribution> cpu = Optional.empty();
    Optional<Distribution> patience = Optional.empty();
    Users.Refresh refresh = Users.Refresh.NEVER;
    SimDuration duration = SimDuration.ofSeconds(20);
    SimDuration drain = SimDuration.ZERO;
    SimDuration warmup = SimDuration.ZERO;

    static Scenario closed(int concurrency, long requests) {
        Scenario s = new Scenario();
        s.arrivals = new Arrivals.Closed(concurrency, requests, null, SimDuration.ZERO);
        return s;
    }

    static Scenario open(double ratePerSecond, double seconds) {
        Scenario s = new Scenario();
        s.arrivals = new Arrivals.Open(Profile.constant(ratePerSecond));
        s.duration = SimDuration.ofSeconds(seconds);
        return s;
    }

    Scenario workers(Workers.Model m, int n) {
        model = m;
        size = n;
        return this;
    }

    /** {@code n} servers behind a balancer of {@code policy} that answers 504 after {@code timeoutSeconds}. */
    Scenario balanced(int n, Balancer.Policy policy, double timeoutSeconds) {
        count = n;
        balancer = Optional.of(new Balancer(policy, SimDuration.ofSeconds(timeoutSeconds)));
        return this;
    }

    Scenario call(double seconds) {
        callSeconds = seconds;
        return this;
    }

    ModelConfig build() {
        List<RequestWork.Call> work = calls == 0 ? List.of() : List.of(new RequestWork.Call("api", calls, mode));
        return new ModelConfig(duration, warmup, SimDuration.ofMillis(100), drain,
                new Users(arrivals, patience, refresh), balancer,
                new Servers(count, 2, processes, new Workers(model, size, 0), backlog, overflow,
                        accept, SimDuration.ZERO, SimDuration.ZERO, abandoned),
                new RequestWork(cpu, work, List.of()),
                Map.of("api", new Service(Distributions.constant(callSeconds), degradation, errors,
                        SimDuration.ofSeconds(5), OptionalInt.empty())));
    }
}
