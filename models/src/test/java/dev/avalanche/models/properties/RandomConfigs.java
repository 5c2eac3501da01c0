package dev.avalanche.models.properties;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * Random valid model configurations over the whole configuration space (open and closed loops,
 * patience and refresh, balancers, the three worker models, backlogs that drop or reset, third
 * parties with errors, capacities and degradations, every distribution), each small enough to
 * simulate in milliseconds: at most a few thousand intents. The same seed gives the same
 * configuration.
 */
final class RandomConfigs {

    private final SplittableRandom rng;

    private RandomConfigs(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    /** The configuration for {@code seed}; {@code open} forces an open loop (random arrivals) with at least 50 intents. */
    static ModelConfig of(long seed, boolean open) {
        return new RandomConfigs(seed).config(open);
    }

    private ModelConfig config(boolean forceOpen) {
        double duration = between(5, 60);
        SimDuration warmup = chance(0.5) ? SimDuration.ZERO : s(between(0, duration / 2));
        SimDuration interval = s(among(0.1, 0.5, 1.0, 2.0));
        SimDuration drain = s(among(0.0, 5.0, 30.0));
        Map<String, Service> services = new LinkedHashMap<>();
        for (int i = 0; i < rng.nextInt(3); i++) {
            services.put("s" + i, service(duration));
        }
        Users users = users(forceOpen || chance(0.6), duration);
        int count = 1 + rng.nextInt(3);
        Optional<Balancer> balancer = count > 1 || chance(0.5)
                ? Optional.of(new Balancer(pick(Balancer.Policy.values()), s(between(0.5, 30)))) : Optional.empty();
        return new ModelConfig(s(duration), warmup, interval, drain, users, balancer, servers(count), request(services),
                services);
    }

    private Users users(boolean open, double duration) {
        Arrivals arrivals;
        if (open) {
            double rate = between(50 / duration + 1, 100);
            arrivals = new Arrivals.Open(chance(0.5) ? Profile.constant(rate) : profile(duration, rate, rate));
        } else {
            arrivals = new Arrivals.Closed(1 + rng.nextInt(30), 1 + rng.nextInt(300), chance(0.3) ? duration(0.2) : null,
                    s(among(0.0, 0.01, 1.0)));
        }
        Optional<Distribution> patience = chance(0.5) ? Optional.of(duration(3)) : Optional.empty();
        Users.Refresh refresh = patience.isPresent() && chance(0.5)
                ? new Users.Refresh(rng.nextDouble(), rng.nextInt(4), duration(0.3)) : Users.Refresh.NEVER;
        return new Users(arrivals, patience, refresh);
    }

    /** Two to four points within the duration, the first at {@code first}, the largest at least {@code peak}. */
    private Profile profile(double duration, double first, double peak) {
        List<Profile.Point> points = new ArrayList<>(List.of(new Profile.Point(SimDuration.ZERO, first)));
        double at = 0;
        for (int i = 0; i < 1 + rng.nextInt(3); i++) {
            at = between(at, duration);
            points.add(new Profile.Point(s(at), i == 0 ? peak : between(0, peak)));
        }
        return new Profile(points);
    }

    private Servers servers(int count) {
        Workers.Model model = pick(Workers.Model.values());
        int size = model == Workers.Model.VIRTUAL_THREADS && chance(0.3) ? 0 : 1 + rng.nextInt(20);
        return new Servers(count, 1 + rng.nextInt(8), 1 + rng.nextInt(4), new Workers(model, size, rng.nextInt(1 << 20)),
                rng.nextInt(51), pick(Servers.Overflow.values()), s(among(0.0, 40e-6, 1e-3)), s(among(0.0, 1e-3)),
                s(among(0.0, 1e-3)), pick(Servers.Abandoned.values()));
    }

    private Service service(double duration) {
        Profile degradation = chance(0.5) ? Profile.constant(1) : new Profile(List.of(new Profile.Point(s(duration / 4), 1),
                new Profile.Point(s(duration / 3), between(1, 4)), new Profile.Point(s(duration / 2), 1)));
        OptionalInt capacity = chance(0.3) ? OptionalInt.of(1 + rng.nextInt(20)) : OptionalInt.empty();
        return new Service(duration(between(0.01, 1)), degradation, among(0.0, 0.05, 0.3), s(between(0.05, 5)), capacity);
    }

    private RequestWork request(Map<String, Service> services) {
        List<RequestWork.Call> calls = new ArrayList<>();
        List<String> names = List.copyOf(services.keySet());
        for (int i = 0; !names.isEmpty() && i < rng.nextInt(3); i++) {
            calls.add(new RequestWork.Call(names.get(rng.nextInt(names.size())), 1 + rng.nextInt(3),
                    pick(RequestWork.Call.Mode.values())));
        }
        List<RequestWork.LocalStep> local = new ArrayList<>();
        for (int i = 0; i < rng.nextInt(3); i++) {
            local.add(new RequestWork.LocalStep("l" + i, s(between(0.001, 0.1))));
        }
        return new RequestWork(chance(0.6) ? Optional.of(duration(0.01)) : Optional.empty(), calls, local,
                chance(0.3) ? Optional.of(duration(0.005)) : Optional.empty());
    }

    /** A distribution of mean about {@code mean} seconds, of any family. */
    private Distribution duration(double mean) {
        return switch (rng.nextInt(9)) {
            case 0 -> Distributions.constant(mean);
            case 1 -> Distributions.exponential(mean);
            case 2 -> Distributions.uniform(mean / 2, mean * 1.5);
            case 3 -> Distributions.truncatedNormal(mean, mean / 3);
            case 4 -> Distributions.lognormalByMedian(mean, between(0.1, 1));
            case 5 -> Distributions.gamma(mean, between(0.5, 4));
            case 6 -> Distributions.erlang(mean, 1 + rng.nextInt(4));
            case 7 -> Distributions.pareto(mean / 3, between(1.5, 3));
            default -> Distributions.mixture(List.of(Distributions.weighted(0.9, Distributions.exponential(mean)),
                    Distributions.weighted(0.1, Distributions.constant(mean * 5))));
        };
    }

    private static SimDuration s(double seconds) {
        return SimDuration.ofSeconds(seconds);
    }

    private boolean chance(double p) {
        return rng.nextDouble() < p;
    }

    private double between(double min, double max) {
        return min + rng.nextDouble() * (max - min);
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[rng.nextInt(choices.length)];
    }

    private double among(double... choices) {
        return choices[rng.nextInt(choices.length)];
    }
}
