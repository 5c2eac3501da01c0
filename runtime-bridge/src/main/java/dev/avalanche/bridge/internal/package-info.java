/**
 * The moving parts of a live run, not an API: the {@code ThirdPartyStub} (latency x degradation,
 * error ratio), the {@code AppServer} with its {@code WorkerPool} (worker model, accept queue) and
 * {@code RequestHandler} (CPU burst, calls, local steps), the {@code LoadGenerator} (closed or open
 * loop, patience, refresh), the per-request logs they write, and {@code LiveSummary}, which replays
 * the logs in time order into the simulator's statistics. Times are wall nanoseconds since the
 * run's origin on a {@code LiveClock} until the summary converts them to scenario time.
 */
package dev.avalanche.bridge.internal;
