package dev.avalanche.models.config;

import dev.avalanche.engine.SimDuration;
import java.util.Optional;

/**
 * What the app servers do to protect themselves. Both answer 503 at once, before any work.
 *
 * @param shedAfter load shedding by queue time: a request whose connection waited longer than this
 *     in the accept queue (from entering it to a worker taking it) is answered 503 instead of served
 * @param limit an adaptive concurrency limit in front of each process's workers
 */
public record ServerPolicy(Optional<SimDuration> shedAfter, Optional<AdaptiveLimit> limit) {

    public static final ServerPolicy NONE = new ServerPolicy(Optional.empty(), Optional.empty());

    public ServerPolicy {
        shedAfter = shedAfter == null ? Optional.empty() : shedAfter;
        shedAfter.ifPresent(d -> Check.nonNegative("shedAfter", d));
        limit = limit == null ? Optional.empty() : limit;
    }

    public boolean any() {
        return shedAfter.isPresent() || limit.isPresent();
    }
}
