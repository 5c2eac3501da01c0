/**
 * The resilience patterns' rules, written once for simulation and live mode: a circuit breaker
 * with resilience4j's state machine, a retry budget as Finagle's, and Netflix's Gradient2
 * concurrency limit. Each is a plain object on an injected clock (nanoseconds), single-threaded:
 * the simulation calls it from its one thread, live mode under its own lock.
 */
package dev.avalanche.models.resilience;
