/**
 * The preflight: what a run will hold and do (events, time-series rows, requests in flight, heap),
 * estimated from its configuration before it starts, and the runs that are too large to start
 * without {@code --force} or at all, each with the field to change. The domain's knowledge of its
 * own costs; the scenario format maps its findings to located problems.
 */
package dev.avalanche.models.preflight;
