/**
 * Live mode: the scenario's workload executed for real on loopback (an app server on platform or
 * virtual threads, a slow third-party stub, a load generator), producing the same results type as
 * the simulator.
 */
package dev.avalanche.bridge;
