package dev.avalanche.models.config;

import dev.avalanche.engine.SimDuration;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one simulated variant needs: the users, the balancer (absent: clients connect to the
 * single server directly, as {@code ab} does), the servers, the work of a request and the third
 * parties it calls.
 *
 * @param requests the kinds of request and their shares (a single {@code request} is a mix of one)
 * @param duration how long intents are generated (open loop) or the cap on a closed-loop run
 * @param warmup statistics exclude what happens before it
 * @param interval the time-series resolution
 * @param drain how long after {@code duration} requests in flight may finish before the run stops
 */
public record ModelConfig(SimDuration duration, SimDuration warmup, SimDuration interval, SimDuration drain,
        Users users, Optional<Balancer> balancer, Servers servers, RequestMix requests, Map<String, Service> services) {

    public ModelConfig {
        Check.positive("duration", duration);
        Check.nonNegative("warmup", warmup);
        if (warmup.compareTo(duration) >= 0) {
            throw Check.invalid("warmup", warmup, "a duration shorter than the run's duration " + duration);
        }
        Check.positive("interval", interval);
        Check.nonNegative("drain", drain);
        Check.present("users", users);
        balancer = balancer == null ? Optional.empty() : balancer;
        Check.present("servers", servers);
        Check.present("requests", requests);
        services = services == null ? Map.of() : Map.copyOf(services);
        for (int k = 0; k < requests.size(); k++) {
            RequestWork request = requests.kinds().get(k).work();
            String at = requests.mixed() ? "requests[" + k + "]" : "request";
            for (int i = 0; i < request.calls().size(); i++) {
                String name = request.calls().get(i).service();
                if (!services.containsKey(name)) {
                    throw Check.invalid(at + ".calls[" + i + "].service", name, "one of the services defined: " + services.keySet());
                }
            }
        }
        if (balancer.isEmpty() && servers.count() != 1) {
            throw Check.invalid("servers.count", servers.count(), "1 when there is no balancer (clients connect directly)");
        }
        if (users.generator().isPresent() && servers.count() != 1) {
            throw Check.invalid("users.generator", "a load generator beside " + servers.count() + " servers",
                    "a load generator only with one server, whose cores it shares");
        }
    }

    /** A variant whose every request does {@code request}: a mix of one. */
    public ModelConfig(SimDuration duration, SimDuration warmup, SimDuration interval, SimDuration drain, Users users,
            Optional<Balancer> balancer, Servers servers, RequestWork request, Map<String, Service> services) {
        this(duration, warmup, interval, drain, users, balancer, servers, RequestMix.of(request), services);
    }

    /**
     * The work of every request, when there is one kind.
     *
     * @throws IllegalStateException when the mix has two kinds or more (ask {@link #requests()})
     */
    public RequestWork request() {
        if (requests.mixed()) {
            throw new IllegalStateException("requests: got a mix of " + requests.size() + " kinds; allowed a single request here");
        }
        return requests.kinds().getFirst().work();
    }

    /** Whether any mitigation is configured: client retries, breakers or bulkheads, shedding, a limit, users' retries. */
    public boolean mitigated() {
        return users.retry().isPresent() || servers.protection().any()
                || services.values().stream().anyMatch(s -> s.client().any());
    }
}
