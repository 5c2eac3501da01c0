package dev.avalanche.models.config;

import dev.avalanche.engine.random.Distribution;
import java.util.Optional;

/**
 * Who sends the requests and how they behave when the service is slow.
 *
 * @param arrivals open loop (a rate profile) or closed loop (like {@code ab -c C -n N})
 * @param patience how long a user waits for a response before abandoning it (seconds); empty: users never give up
 * @param refresh what a user who abandoned does next
 * @param generator the load generator's own process when it runs on the servers' host (ab in the
 *     story); empty: the users cost the servers' host nothing
 * @param retry the application's own retries of an error answer (a mobile app retrying a failed
 *     call: a 5xx, a refused connection, a 504), apart from a person's refresh after abandoning;
 *     never with a budget
 */
public record Users(Arrivals arrivals, Optional<Distribution> patience, Refresh refresh, Optional<LoadGenerator> generator,
        Optional<Retry> retry) {

    /** Users whose application does not retry. */
    public Users(Arrivals arrivals, Optional<Distribution> patience, Refresh refresh, Optional<LoadGenerator> generator) {
        this(arrivals, patience, refresh, generator, Optional.empty());
    }

    public Users {
        Check.present("arrivals", arrivals);
        patience = patience == null ? Optional.empty() : patience;
        refresh = refresh == null ? Refresh.NEVER : refresh;
        generator = generator == null ? Optional.empty() : generator;
        retry = retry == null ? Optional.empty() : retry;
        if (retry.isPresent() && retry.get().budget().isPresent()) {
            throw Check.invalid("retry.budget", "a budget", "none: a budget caps a client's retries of third-party calls");
        }
    }

    /** Users elsewhere than on the servers' host. */
    public Users(Arrivals arrivals, Optional<Distribution> patience, Refresh refresh) {
        this(arrivals, patience, refresh, Optional.empty());
    }

    /**
     * After abandoning, a user refreshes (sends the same intent again) with {@code probability},
     * after {@code delay}, at most {@code max} times per intent; otherwise leaves for good.
     *
     * @param probability in [0, 1]
     * @param max the most refreshes of one intent, >= 0
     * @param delay seconds between abandoning and the new request
     */
    public record Refresh(double probability, int max, Distribution delay) {
        public static final Refresh NEVER = new Refresh(0, 0, null);

        public Refresh {
            Check.probability("probability", probability);
            Check.atLeast("max", max, 0);
            if (probability > 0 && max > 0) {
                Check.present("delay", delay);
            }
        }

        public boolean enabled() {
            return probability > 0 && max > 0;
        }
    }
}
