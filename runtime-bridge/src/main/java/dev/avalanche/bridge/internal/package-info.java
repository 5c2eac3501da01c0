/**
 * The moving parts of a live run, not an API, in rooms by role: {@code server} (the built-in
 * deployment: app servers, their fronts, accept queues, worker pools and request handlers, and the
 * balancer's proxy), {@code stub} (the third parties), {@code load} (the users: the load generator,
 * in this JVM or a child one, and the log it writes), and {@code run} (what every part of a run
 * shares: its clock, loopback addresses, the HTTP/1.1 client, the CPU counters, and the summary
 * that replays the logs into the simulator's statistics). Times are wall nanoseconds since the
 * run's origin on a {@code LiveClock} (shared with a child JVM through the wall clock) until the
 * summary converts them to scenario time.
 */
package dev.avalanche.bridge.internal;
