/**
 * The moving parts of a live run, not an API: the {@code ThirdPartyStub} (one NIO thread; latency x
 * degradation, error ratio, capacity), the {@code LiveDeployment} of {@code AppServer}s, each with
 * its {@code AppFront} (HTTP/1.1, keep-alive), {@code WorkerPool} (worker model, accept queue) and
 * {@code RequestHandler} (CPU burst, calls, local steps), behind a {@code BalancerProxy} when the
 * scenario has a balancer, the {@code LoadGenerator} (closed or open loop, patience, refresh) over an
 * {@code Http1Client}, run in this JVM ({@code InProcessUsers}) or a child JVM ({@code ChildJvmUsers},
 * {@code UsersSpec}, {@code ClientLogFile}), the per-request logs they write, and {@code LiveSummary},
 * which replays the logs in time order into the simulator's statistics. Times are wall nanoseconds
 * since the run's origin on a {@code LiveClock} (shared with a child JVM through the wall clock)
 * until the summary converts them to scenario time.
 */
package dev.avalanche.bridge.internal;
