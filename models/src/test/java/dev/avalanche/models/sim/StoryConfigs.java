package dev.avalanche.models.sim;

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

/** Model configurations from the story, built in Java so model tests need no YAML. */
final class StoryConfigs {

    private StoryConfigs() {
    }

    static SimDuration s(double seconds) {
        return SimDuration.ofSeconds(seconds);
    }

    static Servers servers(int count, int processes, Workers.Model model, int size, int backlog, Servers.Overflow overflow) {
        return new Servers(count, 8, processes, new Workers(model, size, 0), backlog, overflow, s(0), s(0), s(0));
    }

    static RequestWork threeCalls() {
        return new RequestWork(Optional.empty(),
                List.of(new RequestWork.Call("social", 3, RequestWork.Call.Mode.SEQUENTIAL)), List.of());
    }

    static Service social(Distribution latency, Profile degradation) {
        return new Service(latency, degradation, 0, s(30), OptionalInt.empty());
    }

    /** 2 servers x 8 processes x 40 threads behind a balancer, open loop at {@code rate}, three calls of mean ~2/3 s. */
    static ModelConfig story(double rate, double meanResponse, Profile degradation, Optional<Distribution> patience,
            Users.Refresh refresh, double durationSeconds, Workers.Model model, int size) {
        Users users = new Users(new Arrivals.Open(Profile.constant(rate)), patience, refresh);
        return new ModelConfig(s(durationSeconds), s(Math.min(60, durationSeconds / 10)), s(1), s(120), users,
                Optional.of(new Balancer(Balancer.Policy.ROUND_ROBIN, s(60))),
                servers(2, 8, model, size, 100, Servers.Overflow.DROP), threeCalls(),
                Map.of("social", social(Distributions.exponential(meanResponse / 3), degradation)));
    }

    /** The story's {@code ab -c concurrency -n requests} demo: one server, one process, {@code size} workers, a 1 s sleep. */
    static ModelConfig abDemo(Workers.Model model, int size, int concurrency, int requests, int backlog, double acceptSeconds) {
        // ab opens its connections in a loop: about 25 us apart.
        Users users = new Users(new Arrivals.Closed(concurrency, requests, null, s(concurrency * 25e-6)),
                Optional.empty(), Users.Refresh.NEVER);
        Servers servers = new Servers(1, 2, 1, new Workers(model, size, 0), backlog, Servers.Overflow.DROP,
                s(acceptSeconds), s(0), s(0));
        RequestWork sleep = new RequestWork(Optional.empty(), List.of(), List.of(new RequestWork.LocalStep("sleep", s(1))));
        return new ModelConfig(s(600), s(0), s(1), s(0), users, Optional.empty(), servers, sleep, Map.of());
    }

    /** A slowdown of the third party by {@code factor} from 10 to 16 minutes, with one-minute ramps. */
    static Profile slowdown(double factor) {
        return new Profile(List.of(new Profile.Point(s(600), 1), new Profile.Point(s(660), factor),
                new Profile.Point(s(960), factor), new Profile.Point(s(1020), 1)));
    }
}
