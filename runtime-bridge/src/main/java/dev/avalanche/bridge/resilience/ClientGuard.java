package dev.avalanche.bridge.resilience;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.Breaker;
import dev.avalanche.models.config.ClientPolicy;
import dev.avalanche.models.config.Retry;
import dev.avalanche.models.resilience.RetryBudget;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * One live app server's client of one third party: each call goes through resilience4j's
 * {@code Retry(CircuitBreaker(Bulkhead(call)))}, as the model's {@code Client} reads them. A failed
 * attempt (an error status, a failure to connect or read, our timeout) is an exception the breaker
 * records and the retry sees, as is a full bulkhead; the retry never follows a call the open breaker refused, and, with a
 * budget, follows a failure only when the model's {@link RetryBudget} grants it. A refused call gets
 * the breaker's fallback (a sleep of its cost, then success) or fails.
 *
 * <p>Durations are the scenario's, turned into wall time by {@code toWall} (the run's time scale).
 * Thread-safe: the worker threads of every process of the server call it at once.
 */
public final class ClientGuard {

    /** One attempt of the plain call: true when it succeeded. */
    @FunctionalInterface
    public interface Attempt {
        boolean run() throws InterruptedException;
    }

    /** A failed attempt, as resilience4j's decorators expect it: an exception. */
    private static final class Failed extends Exception {
        Failed() {
            super(null, null, false, false);
        }
    }

    /** Attempts made so far by the call on this thread (resilience4j's Retry calls its predicate before counting). */
    private final ThreadLocal<int[]> attempts = ThreadLocal.withInitial(() -> new int[1]);
    private final Optional<io.github.resilience4j.retry.Retry> retry;
    private final Optional<CircuitBreaker> breaker;
    private final Optional<Bulkhead> bulkhead;
    private final Optional<RetryBudget> budget;
    private final int maxAttempts;
    private final Optional<Duration> fallback;
    private final LongSupplier wallNanos;

    private ClientGuard(String name, ClientPolicy policy, ToLongFunction<SimDuration> toWall, LongSupplier wallNanos) {
        this.wallNanos = wallNanos;
        this.maxAttempts = policy.retry().map(Retry::maxAttempts).orElse(1);
        this.budget = policy.retry().flatMap(Retry::budget)
                .map(b -> new RetryBudget(new Retry.Budget(b.ratio(), SimDuration.ofNanos(toWall.applyAsLong(b.window())),
                        b.minRetries())));
        this.retry = policy.retry().map(r -> io.github.resilience4j.retry.Retry.of(name, RetryConfig.custom()
                .maxAttempts(r.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                        Duration.ofNanos(Math.max(1_000_000, toWall.applyAsLong(r.backoff()))), r.multiplier(),
                        r.jitter()))
                .retryOnException(e -> (e instanceof Failed || e instanceof BulkheadFullException) && mayRetry())
                .build()));
        this.breaker = policy.breaker().map(b -> CircuitBreaker.of(name, breakerConfig(b, toWall)));
        this.fallback = policy.breaker().flatMap(Breaker::fallback).map(f -> Duration.ofNanos(toWall.applyAsLong(f)));
        this.bulkhead = policy.bulkhead().map(b -> Bulkhead.of(name, BulkheadConfig.custom()
                .maxConcurrentCalls(b.maxConcurrent())
                .maxWaitDuration(Duration.ofNanos(toWall.applyAsLong(b.maxWait())))
                .build()));
    }

    /**
     * The guard of the service {@code name} called under {@code policy}; empty when the policy is a
     * plain call.
     */
    public static Optional<ClientGuard> of(String name, ClientPolicy policy, ToLongFunction<SimDuration> toWall,
            LongSupplier wallNanos) {
        return policy.any() ? Optional.of(new ClientGuard(name, policy, toWall, wallNanos)) : Optional.empty();
    }

    /** The library's breaker settings for the scenario's {@code b}, its durations put on the wall by {@code toWall}. */
    static CircuitBreakerConfig breakerConfig(Breaker b, ToLongFunction<SimDuration> toWall) {
        boolean time = b.window() == Breaker.Window.TIME;
        // A time window counts whole seconds of wall time: the scenario's seconds at the run's scale.
        int size = time ? (int) Math.max(1, Math.round(toWall.applyAsLong(SimDuration.ofSeconds(b.windowSize())) / 1e9))
                : b.windowSize();
        return CircuitBreakerConfig.custom()
                .slidingWindowType(time ? CircuitBreakerConfig.SlidingWindowType.TIME_BASED
                        : CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(size)
                .minimumNumberOfCalls(b.minimumCalls())
                .failureRateThreshold((float) b.failureRate())
                .slowCallRateThreshold((float) b.slowCallRate())
                .slowCallDurationThreshold(Duration.ofNanos(toWall.applyAsLong(b.slowCall())))
                .waitDurationInOpenState(Duration.ofNanos(Math.max(1, toWall.applyAsLong(b.waitInOpen()))))
                .permittedNumberOfCallsInHalfOpenState(b.halfOpenCalls())
                .build();
    }

    /** Whether a failed attempt is retried: attempts are left, and the budget, if any, grants it. */
    private boolean mayRetry() {
        if (attempts.get()[0] >= maxAttempts) {
            return false;
        }
        if (budget.isEmpty()) {
            return true;
        }
        synchronized (budget.get()) {
            return budget.get().tryWithdraw(wallNanos.getAsLong());
        }
    }

    /** Makes the call through the policy: true when it (or the fallback) succeeded. */
    public boolean call(Attempt attempt) throws InterruptedException {
        budget.ifPresent(b -> {
            synchronized (b) {
                b.deposit(wallNanos.getAsLong());
            }
        });
        int[] made = attempts.get();
        made[0] = 0;
        CheckedSupplier<Boolean> s = () -> {
            made[0]++;
            if (!attempt.run()) {
                throw new Failed();
            }
            return true;
        };
        if (bulkhead.isPresent()) {
            s = Bulkhead.decorateCheckedSupplier(bulkhead.get(), s);
        }
        if (breaker.isPresent()) {
            s = CircuitBreaker.decorateCheckedSupplier(breaker.get(), s);
        }
        if (retry.isPresent()) {
            s = io.github.resilience4j.retry.Retry.decorateCheckedSupplier(retry.get(), s);
        }
        try {
            return s.get();
        } catch (CallNotPermittedException e) {
            if (fallback.isPresent()) {
                Thread.sleep(fallback.get());
                return true;
            }
            return false;
        } catch (InterruptedException e) {
            throw e;
        } catch (Throwable e) {
            return false;
        }
    }
}
