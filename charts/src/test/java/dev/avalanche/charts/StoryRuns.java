package dev.avalanche.charts;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.Balancer;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.RequestMix;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Service;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.sim.AvalancheRun;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Realistic results to draw, from the story's model (after models' test fixture {@code StoryConfigs}):
 * users who lose patience after ~12 s and refresh, three sequential calls to a third party that
 * slows down. Charts' main code never simulates; only its tests do, to get data.
 */
public final class StoryRuns {

    /** Median patience of the users in these runs, seconds. */
    public static final double PATIENCE_MEDIAN = 12;

    private StoryRuns() {
    }

    /**
     * A few simulated minutes: 30 intents/s on 1 server x 4 processes, threads (20 each, 80 in all)
     * against greenlets (1000 each); the third party is 3 times slower from 60 s to 150 s.
     */
    public static RunResult small() {
        return Small.RUN;
    }

    /** {@link #small()} on another seed: another replication, as a stand-in for a live run's independent noise. */
    public static RunResult small(long seed) {
        return run("small-slowdown", seed, 240, 30, 1, 4, 20, 1000, slowdown(60, 150, 3));
    }

    /** The story at full size: 300 intents/s, 640 threads against 16,000 greenlets, slower x3 from 10 to 16 min. */
    public static RunResult story() {
        return run("story-slowdown", 42, 1800, 300, 2, 8, 40, 1000, slowdown(600, 960, 3));
    }

    /** The warm-up of these runs: a tenth of the duration, at most a minute. */
    public static double warmupSeconds(double durationSeconds) {
        return Math.min(60, durationSeconds / 10);
    }

    /** One variant of {@code run}, as a run of its own. */
    public static RunResult only(RunResult run, int variant) {
        return new RunResult(run.scenario(), run.seed(), run.mode(), run.complete(), List.of(run.variants().get(variant)));
    }

    /** The story's threads at a given intent rate, for sweeps. */
    public static VariantResult threadsAt(double rate, double durationSeconds) {
        return new AvalancheRun(config(rate, durationSeconds, 1, 4, Workers.Model.THREADS, 20, Profile.constant(1)),
                new RandomStreams(42)).run("threads");
    }

    /** The story's greenlets at a given intent rate, for sweeps. */
    public static VariantResult greenletsAt(double rate, double durationSeconds) {
        return new AvalancheRun(config(rate, durationSeconds, 1, 4, Workers.Model.GREENLETS, 1000, Profile.constant(1)),
                new RandomStreams(42)).run("greenlets");
    }

    /**
     * One variant of threads whose traffic is a mix: 70% cart reads (5 ms of database) and 30%
     * checkouts (the story's three calls), the third party slowed fivefold for a minute.
     */
    public static RunResult mix() {
        ModelConfig c = config(30, 300, 1, 4, Workers.Model.THREADS, 20, slowdown(120, 180, 5));
        RequestWork cart = new RequestWork(Optional.empty(), List.of(), List.of(new RequestWork.LocalStep("db", s(0.005))));
        ModelConfig mixed = new ModelConfig(c.duration(), c.warmup(), c.interval(), c.drain(), c.users(), c.balancer(),
                c.servers(), new RequestMix(List.of(new RequestMix.Kind("cart", 0.7, cart),
                        new RequestMix.Kind("checkout", 0.3, c.request()))), c.services());
        VariantResult v = new AvalancheRun(mixed, new RandomStreams(42)).run("threads-80");
        return new RunResult("mix", 42, "simulation", true, List.of(new VariantOutcome(v, 1, Map.of())));
    }

    /** Simulated once per test JVM: a run result is immutable, so tests share it. */
    private static final class Small {
        static final RunResult RUN = small(42);
    }

    private static RunResult run(String scenario, long seed, double duration, double rate, int servers, int processes,
            int threads, int greenlets, Profile degradation) {
        int capacity = servers * processes;
        VariantResult t = new AvalancheRun(config(rate, duration, servers, processes, Workers.Model.THREADS, threads,
                degradation), new RandomStreams(seed)).run("threads-" + capacity * threads);
        VariantResult g = new AvalancheRun(config(rate, duration, servers, processes, Workers.Model.GREENLETS, greenlets,
                degradation), new RandomStreams(seed)).run("greenlets-" + capacity * greenlets);
        return new RunResult(scenario, seed, "simulation", true,
                List.of(new VariantOutcome(t, 1, Map.of()), new VariantOutcome(g, 1, Map.of())));
    }

    private static ModelConfig config(double rate, double duration, int servers, int processes, Workers.Model model,
            int size, Profile degradation) {
        Distribution patience = Distributions.lognormalByMedian(PATIENCE_MEDIAN, 0.5);
        Users users = new Users(new Arrivals.Open(Profile.constant(rate)), Optional.of(patience),
                new Users.Refresh(0.9, 5, Distributions.constant(0.3)));
        Servers s = new Servers(servers, 8, processes, new Workers(model, size, 0), 100, Servers.Overflow.DROP, s(0),
                s(0), s(0));
        RequestWork work = new RequestWork(Optional.empty(),
                List.of(new RequestWork.Call("social", 3, RequestWork.Call.Mode.SEQUENTIAL)), List.of());
        Service social = new Service(Distributions.exponential(2.0 / 3), degradation, 0, s(30), OptionalInt.empty());
        return new ModelConfig(s(duration), s(warmupSeconds(duration)), s(1), s(120), users,
                Optional.of(new Balancer(Balancer.Policy.ROUND_ROBIN, s(60))), s, work, Map.of("social", social));
    }

    /** The third party {@code factor} times slower from {@code from} to {@code to} seconds, with 10% ramps. */
    private static Profile slowdown(double from, double to, double factor) {
        double ramp = (to - from) / 10;
        return new Profile(List.of(new Profile.Point(s(from), 1), new Profile.Point(s(from + ramp), factor),
                new Profile.Point(s(to - ramp), factor), new Profile.Point(s(to), 1)));
    }

    private static SimDuration s(double seconds) {
        return SimDuration.ofSeconds(seconds);
    }
}
