/**
 * Live mode: a scenario's workload played for real on loopback, measured into the simulator's own
 * results type so that reports, charts and comparisons work on both. {@link dev.avalanche.bridge.LiveRun}
 * starts a third-party stub, an app server with the scenario's worker model and the users, all in
 * this JVM and on 127.0.0.1 only, bounded by {@link dev.avalanche.bridge.LiveOptions};
 * {@link dev.avalanche.bridge.Preflight} first checks this machine's socket limits.
 *
 * <p>This first slice plays one server; its {@code processes} are worker pools inside the one JVM
 * sharing one accept queue; greenlets are virtual threads whose CPU bursts a per-process lock
 * serialises. Left for the next slices: the load generator in a JVM of its own (today it shares
 * this JVM's cores and virtual-thread carriers with the server, which delays responses while
 * CPU bursts hold every carrier); several servers behind a played balancer; greenlets on one real
 * carrier thread per process (a child JVM with {@code -Djdk.virtualThreadScheduler.parallelism=1});
 * SYN-drop overflow and its retransmissions as counts; {@code --target URL} to load a real service.
 */
package dev.avalanche.bridge;
