package dev.avalanche.models.config;

import dev.avalanche.engine.random.Distribution;
import java.util.Optional;

/**
 * Who sends the requests and how they behave when the service is slow.
 *
 * @param arrivals open loop (a rate profile) or closed loop (like {@code ab -c C -n N})
 * @param patience how long a user waits for a response before abandoning it (seconds); empty: users never give up
 * @param refresh what a user who abandoned does next
 */
public record Users(Arrivals arrivals, Optional<Distribution> patience, Refresh refresh) {

    public Users {
        Check.present("arrivals", arrivals);
        patience = patience == null ? Optional.empty() : patience;
        refresh = refresh == null ? Refresh.NEVER : refresh;
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
