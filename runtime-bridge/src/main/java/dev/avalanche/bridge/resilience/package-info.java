/**
 * Live mode's client policies with the real libraries: resilience4j's {@code Retry},
 * {@code CircuitBreaker} and {@code Bulkhead} around each call of the live app server to the
 * third-party stub, configured from the scenario's {@link dev.avalanche.models.config.ClientPolicy},
 * so that {@code validate} checks the model's reading of their semantics. The retry budget, which
 * resilience4j has not, is the model's own {@link dev.avalanche.models.resilience.RetryBudget}.
 */
package dev.avalanche.bridge.resilience;
