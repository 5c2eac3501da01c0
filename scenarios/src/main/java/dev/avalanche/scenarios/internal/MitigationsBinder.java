package dev.avalanche.scenarios.internal;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.AdaptiveLimit;
import dev.avalanche.models.config.Breaker;
import dev.avalanche.models.config.Bulkhead;
import dev.avalanche.models.config.ClientPolicy;
import dev.avalanche.models.config.Retry;
import java.util.Map;
import java.util.Optional;

/**
 * Binds the mitigations: a service's {@code client:} (retry with its budget, breaker, bulkhead),
 * the servers' {@code limit:}, and the users' {@code retry:}. Every default is resilience4j's or
 * concurrency-limits' own.
 */
final class MitigationsBinder {

    /** resilience4j's {@code IntervalBiFunction} defaults: 500 ms, ×1.5, ±50%. */
    private static final SimDuration DEFAULT_BACKOFF = SimDuration.ofMillis(500);
    private static final double DEFAULT_MULTIPLIER = 1.5;
    private static final double DEFAULT_JITTER = 0.5;

    private final Values values;
    private final Problems problems;

    MitigationsBinder(Values values) {
        this.values = values;
        this.problems = values.problems();
    }

    /** {@code client:} what our client does around each call to a service. */
    ClientPolicy client(At at) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, Format.CLIENT);
        Retry retry = f.optional("retry", null, a -> retry(a, true));
        Breaker breaker = f.optional("breaker", null, this::breaker);
        Bulkhead bulkhead = f.optional("bulkhead", null, this::bulkhead);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return new ClientPolicy(Optional.ofNullable(retry), Optional.ofNullable(breaker), Optional.ofNullable(bulkhead));
    }

    /** The users' application retries (no budget). */
    Retry userRetry(At at) {
        return retry(at, false);
    }

    private Retry retry(At at, boolean withBudget) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, withBudget ? Format.CLIENT_RETRY : Format.USER_RETRY);
        Integer maxAttempts = f.required("maxAttempts", values::integer);
        SimDuration backoff = f.optional("backoff", DEFAULT_BACKOFF, values::duration);
        Double multiplier = f.optional("multiplier", DEFAULT_MULTIPLIER, values::number);
        Double jitter = f.optional("jitter", DEFAULT_JITTER, values::number);
        Retry.Budget budget = withBudget ? f.optional("budget", null, this::budget) : null;
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new Retry(maxAttempts, backoff, multiplier, jitter,
                Optional.ofNullable(budget)));
    }

    private Retry.Budget budget(At at) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, Format.BUDGET);
        Double ratio = f.required("ratio", values::number);
        SimDuration window = f.optional("window", Retry.Budget.DEFAULT_WINDOW, values::duration);
        Integer minRetries = f.optional("minRetries", 0, values::integer);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new Retry.Budget(ratio, window, minRetries));
    }

    private Breaker breaker(At at) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, Format.BREAKER);
        Breaker.Window window = f.optional("window", Breaker.Window.COUNT, a -> values.choice(a, Breaker.Window.class));
        Integer size = f.optional("windowSize", Breaker.DEFAULT_WINDOW_SIZE, values::integer);
        Integer minimum = f.optional("minimumCalls", Breaker.DEFAULT_WINDOW_SIZE, values::integer);
        Double failureRate = f.optional("failureRate", Breaker.DEFAULT_FAILURE_RATE, values::number);
        Double slowCallRate = f.optional("slowCallRate", Breaker.DEFAULT_SLOW_CALL_RATE, values::number);
        SimDuration slowCall = f.optional("slowCall", Breaker.DEFAULT_SLOW_CALL, values::duration);
        SimDuration waitInOpen = f.optional("waitInOpen", Breaker.DEFAULT_WAIT_IN_OPEN, values::duration);
        Integer halfOpen = f.optional("halfOpenCalls", Breaker.DEFAULT_HALF_OPEN_CALLS, values::integer);
        SimDuration fallback = f.optional("fallback", null, values::duration);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new Breaker(window, size, minimum, failureRate, slowCallRate, slowCall,
                waitInOpen, halfOpen, Optional.ofNullable(fallback)));
    }

    private Bulkhead bulkhead(At at) {
        int before = problems.count();
        Fields f = Fields.of(at, problems, Format.BULKHEAD);
        Integer max = f.required("maxConcurrent", values::integer);
        SimDuration maxWait = f.optional("maxWait", SimDuration.ZERO, values::duration);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new Bulkhead(max, maxWait));
    }

    /** {@code servers.limit:} an adaptive concurrency limit per process. */
    AdaptiveLimit limit(At at) {
        int before = problems.count();
        AdaptiveLimit d = AdaptiveLimit.DEFAULTS;
        Fields f = Fields.of(at, problems, Format.LIMIT);
        f.required("algorithm", a -> {
            String name = values.text(a);
            if (name != null && !name.equals("gradient2")) {
                problems.invalid(a, Format.LIMIT.field("algorithm").allowed());
            }
            return name;
        });
        Integer initial = f.optional("initialLimit", d.initialLimit(), values::integer);
        Integer min = f.optional("minLimit", d.minLimit(), values::integer);
        Integer max = f.optional("maxLimit", d.maxLimit(), values::integer);
        Double smoothing = f.optional("smoothing", d.smoothing(), values::number);
        Double tolerance = f.optional("rttTolerance", d.rttTolerance(), values::number);
        Integer longWindow = f.optional("longWindow", d.longWindow(), values::integer);
        Integer queueSize = f.optional("queueSize", d.queueSize(), values::integer);
        if (problems.count() > before || !f.valid()) {
            return null;
        }
        return problems.build(at, Map.of(), () -> new AdaptiveLimit(initial, min, max, smoothing, tolerance, longWindow,
                queueSize));
    }
}
