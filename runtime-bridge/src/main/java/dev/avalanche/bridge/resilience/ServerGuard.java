package dev.avalanche.bridge.resilience;

import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.Gradient2Limit;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.AdaptiveLimit;
import dev.avalanche.models.config.ServerPolicy;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;

/**
 * One live app server's protections, as the model's {@code Flow} admits a request: load shedding
 * by the time the request waited for a worker, then Netflix concurrency-limits' {@code SimpleLimiter}
 * with a {@code Gradient2Limit} configured from the scenario. A request either is answered 503 at
 * once or holds a {@link Pass} until its response is written. Thread-safe.
 */
public final class ServerGuard {

    /** A request's place under the limit; {@link #done()} once its response is written. */
    @FunctionalInterface
    public interface Pass {
        void done();
    }

    /** The pass of a request under no limit: it holds nothing. */
    public static final Optional<Pass> FREE = Optional.of(() -> { });

    private final OptionalLong shedAfterWallNanos;
    private final Optional<Limiter<Void>> limiter;

    private ServerGuard(ServerPolicy policy, ToLongFunction<SimDuration> toWall) {
        this.shedAfterWallNanos = policy.shedAfter().map(d -> OptionalLong.of(toWall.applyAsLong(d)))
                .orElse(OptionalLong.empty());
        this.limiter = policy.limit().map(ServerGuard::limiter);
    }

    /** The guard of servers under {@code policy}; empty when they have no protection. */
    public static Optional<ServerGuard> of(ServerPolicy policy, ToLongFunction<SimDuration> toWall) {
        return policy.any() ? Optional.of(new ServerGuard(policy, toWall)) : Optional.empty();
    }

    private static Limiter<Void> limiter(AdaptiveLimit l) {
        return SimpleLimiter.newBuilder().limit(gradient2(l)).build();
    }

    /** The library's Gradient2 limit with the scenario's settings, as the model's {@code Gradient2} reads them. */
    static Gradient2Limit gradient2(AdaptiveLimit l) {
        return Gradient2Limit.newBuilder()
                .initialLimit(l.initialLimit())
                .minLimit(l.minLimit())
                .maxConcurrency(l.maxLimit())
                .smoothing(l.smoothing())
                .rttTolerance(l.rttTolerance())
                .longWindow(l.longWindow())
                .queueSize(l.queueSize())
                .build();
    }

    /**
     * Whether a request that waited {@code waitedWallNanos} for a worker is served: empty when it
     * is to be answered 503 at once (it waited too long, or the limit is reached).
     */
    public Optional<Pass> admit(long waitedWallNanos) {
        if (shedAfterWallNanos.isPresent() && waitedWallNanos > shedAfterWallNanos.getAsLong()) {
            return Optional.empty();
        }
        if (limiter.isEmpty()) {
            return FREE;
        }
        return limiter.get().acquire(null).map(listener -> listener::onSuccess);
    }
}
