/**
 * Calibration: a bounded probe of a running HTTP service ({@link dev.avalanche.bridge.probe.ServiceProbe}),
 * aimed at a {@link dev.avalanche.bridge.LiveTarget} (loopback unless remote targets are allowed, as
 * for live runs). A closed loop stepped up until its throughput plateaus, the service time at low
 * load, the CPU of the service's processes from {@code /proc} ({@link dev.avalanche.bridge.probe.ProcessTreeCpu}),
 * a burst that counts how many requests are served at once, and idle connections beyond that to see
 * what a full listen queue does ({@link dev.avalanche.bridge.probe.ListenQueueProbe}). Every loop is
 * bounded in count and in time ({@link dev.avalanche.bridge.probe.ProbeOptions}); the figures are
 * fitted by {@code dev.avalanche.models.fit}.
 *
 * <p>Requests are {@code GET path?id=N} as live runs send them, over the JDK's HTTP/1.1 client
 * (keep-alive connections, reopened when the server closes them).
 */
package dev.avalanche.bridge.probe;
