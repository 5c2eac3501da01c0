package dev.avalanche.models.sim;

import dev.avalanche.engine.Event;
import dev.avalanche.engine.Simulation;
import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.models.config.Breaker;
import dev.avalanche.models.config.Bulkhead;
import dev.avalanche.models.config.ClientPolicy;
import dev.avalanche.models.config.Retry;
import dev.avalanche.models.resilience.CircuitBreaker;
import dev.avalanche.models.resilience.RetryBudget;
import java.util.ArrayDeque;

/**
 * One worker process's client of one third party, as resilience4j decorates a call:
 * {@code Retry(CircuitBreaker(Bulkhead(call)))} ({@link ClientPolicy} says what each sees). The
 * request's worker is held through every attempt and backoff. Single-threaded.
 */
final class Client {

    private final Simulation sim;
    private final ThirdParty service;
    private final Metrics metrics;
    private final RandomStream retryStream;
    private final Retry retry;
    private final RetryBudget budget;
    private final CircuitBreaker breaker;
    private final Breaker breakerConfig;
    private final Bulkhead bulkhead;
    private final ArrayDeque<Attempt> waiting = new ArrayDeque<>();
    private int inBulkhead;

    Client(Simulation sim, ThirdParty service, ClientPolicy policy, Metrics metrics, RandomStream retryStream) {
        this.sim = sim;
        this.service = service;
        this.metrics = metrics;
        this.retryStream = retryStream;
        this.retry = policy.retry().orElse(null);
        this.budget = policy.retry().flatMap(Retry::budget).map(RetryBudget::new).orElse(null);
        this.breakerConfig = policy.breaker().orElse(null);
        this.breaker = breakerConfig == null ? null : new CircuitBreaker(breakerConfig, sim::nowNanos, (from, to) -> {
            if (to == CircuitBreaker.State.OPEN) {
                metrics.mitigations.breakerOpen(+1);
            } else if (from == CircuitBreaker.State.OPEN) {
                metrics.mitigations.breakerOpen(-1);
            }
        });
        this.bulkhead = policy.bulkhead().orElse(null);
    }

    /** Calls for {@code r}; {@link Flow#callDone} follows once, after the last attempt. */
    void call(Request r) {
        if (budget != null) {
            budget.deposit(sim.nowNanos());
        }
        new Attempt(r, 1).start();
    }

    /** One attempt; as an event, it fires at the end of a wait: the bulkhead's, a backoff, or a fallback. */
    final class Attempt extends Event {
        private final Request request;
        private final int number;
        private long startedAt;
        private boolean permitted;
        private Phase phase;

        private enum Phase { QUEUED, CALLING, BACKOFF, FALLBACK }

        Attempt(Request request, int number) {
            this.request = request;
            this.number = number;
        }

        void start() {
            startedAt = sim.nowNanos();
            if (breaker != null) {
                if (!breaker.tryAcquirePermission()) {
                    refused();
                    return;
                }
                permitted = true;
            }
            if (bulkhead == null || inBulkhead < bulkhead.maxConcurrent()) {
                enter();
            } else if (bulkhead.maxWait().nanos() > 0) {
                phase = Phase.QUEUED;
                waiting.addLast(this);
                sim.scheduleNanos(this, bulkhead.maxWait().nanos());
            } else {
                metrics.mitigations.bulkheadFull(request);
                ended(false);
            }
        }

        private void enter() {
            if (bulkhead != null) {
                inBulkhead++;
                metrics.mitigations.bulkheadHeld(inBulkhead);
            }
            phase = Phase.CALLING;
            service.attempt(request, this);
        }

        @Override
        protected void fire() {
            switch (phase) {
                case QUEUED -> {
                    waiting.remove(this);
                    metrics.mitigations.bulkheadFull(request);
                    ended(false);
                }
                case BACKOFF -> new Attempt(request, number + 1).start();
                case FALLBACK -> request.flow.callDone(request, true);
                case CALLING -> throw new IllegalStateException("an attempt in progress has no timer");
            }
        }

        /** The third party answered ({@code ok}) or our timeout passed. */
        void answered(boolean ok) {
            if (bulkhead != null) {
                inBulkhead--;
                Attempt next = waiting.pollFirst();
                if (next != null) {
                    next.cancel();
                    next.enter();
                }
            }
            ended(ok);
        }

        /** The attempt is over: the breaker hears of it, then a retry, or the request goes on. */
        private void ended(boolean ok) {
            if (permitted) {
                breaker.onResult(sim.nowNanos() - startedAt, ok);
            }
            if (ok || retry == null || number >= retry.maxAttempts()) {
                request.flow.callDone(request, ok);
                return;
            }
            if (budget != null && !budget.tryWithdraw(sim.nowNanos())) {
                metrics.mitigations.retryDenied(request);
                request.flow.callDone(request, false);
                return;
            }
            metrics.mitigations.callRetried(request);
            phase = Phase.BACKOFF;
            sim.scheduleNanos(this, retry.backoffNanos(number, retryStream.nextDouble()));
        }

        /** The open breaker refused the call: the fallback's answer after its cost, or an error at once. */
        private void refused() {
            boolean fallback = breakerConfig.fallback().isPresent();
            metrics.mitigations.callRefused(request, fallback);
            if (fallback) {
                phase = Phase.FALLBACK;
                sim.scheduleNanos(this, breakerConfig.fallback().get().nanos());
            } else {
                request.shortCircuited = true;
                request.flow.callDone(request, false);
            }
        }
    }
}
