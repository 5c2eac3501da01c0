/**
 * The built-in deployment a live run loads: {@code LiveDeployment} starts {@code servers.count}
 * {@code AppServer}s on 127.0.0.1, behind a {@code BalancerProxy} when the scenario has a balancer.
 * Each app server has its {@code AppFront} (HTTP/1.1, keep-alive, one virtual thread per
 * connection that notices a user who leaves), its {@code AcceptQueue} (the scenario's listen
 * backlog with Linux's capacity and SYN retransmissions, from {@code LinuxTcp}), its
 * {@code WorkerPool} (platform threads, virtual threads or greenlets on a {@code GreenletHub}) and
 * its {@code RequestHandler} (CPU burst on a {@code CpuBurner}, calls to the stub, local steps),
 * and logs each request into the run's {@code ServerLog} and its levels into a {@code LevelLog}.
 * The servers run in this JVM ({@code InJvmServers}) or each in a JVM of its own
 * ({@code ChildJvmServers}, driven by {@code ServerSpec}'s lines, its log handed back as a
 * {@code ServerFile}): a {@code ServerGroup} either way.
 */
package dev.avalanche.bridge.internal.server;
