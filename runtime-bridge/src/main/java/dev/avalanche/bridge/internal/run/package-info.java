/**
 * What every part of a live run shares: the {@code LiveClock} (wall time since the run's origin,
 * scaled to scenario time), {@code Loopback} addresses, the blocking {@code Http1Client} users and
 * servers call with, random streams shared by threads ({@code LockedStream}), the CPU counters of
 * this JVM and of the host ({@code ProcessCpu}, {@code HostCpu}), and {@code LiveSummary}, which
 * replays the logs in time order ({@code RunEvents}) into the simulator's results; {@code ChildJvm},
 * which starts, talks to and kills the run's child JVMs (users, app servers), and {@code ShutdownWait},
 * with which such a child holds its shutdown until its result file is written; {@code Substream}, the
 * names of the streams such children of one role draw from; {@code WholeFile}, the frame of the
 * binary files they hand back.
 */
package dev.avalanche.bridge.internal.run;
