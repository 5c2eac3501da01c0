package dev.avalanche.bridge.internal.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The whole machine's CPU time as Linux counts it in {@code /proc/stat}, to tell how much of it
 * other processes used while a live run played. Pure functions over snapshots, and one read.
 */
public final class HostCpu {

    private static final Path PROC_STAT = Path.of("/proc/stat");

    private HostCpu() {
    }

    /**
     * The machine's aggregate {@code cpu} line at one instant, in clock ticks summed over its
     * processors: busy (user, nice, system, irq, softirq, steal; guest time is already in user and
     * nice) and in all (busy, idle, iowait).
     *
     * @param cpus how many {@code cpuN} lines the file has
     */
    public record Snapshot(long busyTicks, long totalTicks, int cpus) {
    }

    /** The snapshot in {@code /proc/stat}'s text; empty when it has no aggregate {@code cpu} line of at least four counters. */
    public static Optional<Snapshot> parse(String procStat) {
        long busy = -1;
        long total = -1;
        int cpus = 0;
        for (String line : procStat.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f[0].equals("cpu") && f.length >= 5) {
                long[] v = new long[8];
                try {
                    for (int i = 0; i < v.length && i + 1 < f.length; i++) {
                        v[i] = Long.parseLong(f[i + 1]);
                    }
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                // user nice system idle iowait irq softirq steal
                busy = v[0] + v[1] + v[2] + v[5] + v[6] + v[7];
                total = busy + v[3] + v[4];
            } else if (f[0].startsWith("cpu") && f[0].length() > 3 && Character.isDigit(f[0].charAt(3))) {
                cpus++;
            }
        }
        return busy < 0 || cpus == 0 ? Optional.empty() : Optional.of(new Snapshot(busy, total, cpus));
    }

    /** This machine's snapshot now; empty where there is no {@code /proc/stat} (not Linux) or it cannot be read. */
    public static Optional<Snapshot> read() {
        try {
            return parse(Files.readString(PROC_STAT));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * The mean number of processors that processes other than the run's own kept busy between
     * {@code before} and {@code after}, {@code wallNanos} apart: the machine's busy share of its
     * ticks times its processors, less the CPU the run's own processes used ({@code ownCpuNanos})
     * per wall nanosecond; at least 0 (ticks are coarse). NaN when the run's CPU is unknown (negative),
     * no time passed, or the snapshots do not follow one another.
     */
    public static double otherCores(Snapshot before, Snapshot after, long ownCpuNanos, long wallNanos) {
        long busy = after.busyTicks() - before.busyTicks();
        long total = after.totalTicks() - before.totalTicks();
        if (ownCpuNanos < 0 || wallNanos <= 0 || total <= 0 || busy < 0 || busy > total) {
            return Double.NaN;
        }
        double machineCores = (double) busy / total * after.cpus();
        return Math.max(0, machineCores - (double) ownCpuNanos / wallNanos);
    }
}
