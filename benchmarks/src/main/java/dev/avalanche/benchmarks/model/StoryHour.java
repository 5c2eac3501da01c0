package dev.avalanche.benchmarks.model;

import dev.avalanche.engine.SimDuration;
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
 * The story's avalanche as the benchmark workload, built in Java (the benchmarks depend on the
 * domain, not on the YAML format): 2 servers x 8 processes x {@code threadsPerProcess} threads,
 * 300 intents/s for {@code minutes}, three calls of about 0.67 s, a threefold slowdown from 10 to
 * 16 minutes, users with 12 s median patience who refresh.
 */
public final class StoryHour {

    private StoryHour() {
    }

    public static ModelConfig config(int minutes, int threadsPerProcess) {
        return config(minutes, threadsPerProcess, 2, 300, SimDuration.ofSeconds(180));
    }

    /**
     * The story's shape scaled: {@code servers} servers of 8 processes x {@code threadsPerProcess}
     * threads behind the round-robin balancer, {@code rate} intents per second.
     */
    public static ModelConfig config(int minutes, int threadsPerProcess, int servers, double rate, SimDuration warmup) {
        SimDuration s1 = SimDuration.ofSeconds(1);
        Users users = new Users(new Arrivals.Open(Profile.constant(rate)),
                Optional.of(Distributions.lognormalByMedian(12, 0.5)),
                new Users.Refresh(0.9, 5, Distributions.constant(0.3)));
        Servers pool = new Servers(servers, 8, 8, new Workers(Workers.Model.THREADS, threadsPerProcess, 0), 100,
                Servers.Overflow.DROP, SimDuration.ZERO, SimDuration.ZERO, SimDuration.ZERO);
        RequestWork work = new RequestWork(Optional.of(Distributions.exponential(0.002)),
                List.of(new RequestWork.Call("social", 3, RequestWork.Call.Mode.SEQUENTIAL)), List.of());
        Profile slowdown = new Profile(List.of(point(600, 1), point(660, 3), point(900, 3), point(960, 1)));
        Service social = new Service(Distributions.lognormalByMedian(0.615, 0.4), slowdown, 0, SimDuration.ofSeconds(30),
                OptionalInt.empty());
        return new ModelConfig(SimDuration.ofSeconds(minutes * 60.0), warmup, s1,
                SimDuration.ofSeconds(120), users, Optional.of(new Balancer(Balancer.Policy.ROUND_ROBIN,
                        SimDuration.ofSeconds(60))), pool, work, Map.of("social", social));
    }

    private static Profile.Point point(double seconds, double factor) {
        return new Profile.Point(SimDuration.ofSeconds(seconds), factor);
    }
}
