/**
 * Closed-form queueing results (Little's law, M/M/1, Erlang B and C with server sizing, M/M/c/K,
 * Erlang A, Pollaczek-Khinchine): the capacity calculator's core and the simulator's oracles.
 *
 * <p>Units throughout: rates per second, times in seconds, loads in Erlangs. Every model is an
 * immutable record validated in its constructor (so safe to share between threads), and every
 * formula stays finite at hundreds of thousands of servers: nothing is computed from factorials.
 */
package dev.avalanche.models.analytic;
