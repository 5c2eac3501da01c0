/**
 * Live mode: a scenario's workload played for real, measured into the simulator's own results type
 * so that reports, charts and comparisons work on both. {@link dev.avalanche.bridge.LiveRun} starts
 * a third-party stub and the scenario's app servers with its worker model on 127.0.0.1 (several
 * behind a reverse proxy that plays the balancer's policy and timeout), and the users
 * in a JVM of their own, or split across several ({@link dev.avalanche.bridge.UserSide}; the child's half is
 * {@link dev.avalanche.bridge.ChildLoadGenerator}), or aims the users at someone else's server
 * ({@link dev.avalanche.bridge.LiveTarget}: loopback only unless remote targets are allowed). Every
 * run is bounded by {@link dev.avalanche.bridge.LiveOptions} and may be ended early by a
 * {@link dev.avalanche.bridge.StopSignal}; {@link dev.avalanche.bridge.Preflight} first checks this
 * machine's socket limits.
 *
 * <p>The servers run in this JVM, or each in a JVM of its own ({@link dev.avalanche.bridge.ServerSide};
 * the child's half is {@link dev.avalanche.bridge.ChildAppServer}), each on a port of its own,
 * behind a reverse proxy in this JVM playing the balancer when the scenario has one; each server's {@code processes} are worker pools sharing one
 * accept queue; greenlets are virtual threads carried by one platform thread per process. HTTP on
 * every hop is a small HTTP/1.1 of our own (a blocking client, an NIO stub, a front of one virtual
 * thread per connection that also notices users who leave): with the JDK's HttpClient and
 * HttpServer the whole loopback path cost about a millisecond of CPU per request, JIT compilation
 * included. A full accept queue is played by the server (502 for a reset, SYNs brought back on
 * Linux's schedule for a drop, from the model's {@code LinuxTcp}) rather than by the kernel, whose
 * queue the eager front keeps empty. Not
 * played yet: the server's side of a {@code --target} (busy,
 * backlog, completed) read from the target itself; HTTPS targets.
 */
package dev.avalanche.bridge;
