/**
 * Closed-form queueing results (Little's law, M/M/1, Erlang B and C, M/M/c/K, Erlang A,
 * Pollaczek-Khinchine): the capacity calculator's core and the simulator's oracles.
 */
package dev.avalanche.models.analytic;
