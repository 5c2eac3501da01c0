package dev.avalanche.bridge.internal.run;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** The CPU time this JVM has used so far, all its threads together (user and system). */
public final class ProcessCpu {

    private ProcessCpu() {
    }

    /** Nanoseconds of CPU this process has used, or -1 when the platform does not say. */
    public static long nanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    /** The CPU used since {@code before} (a value of {@link #nanos()}), or -1 when either reading is unknown. */
    public static long since(long before) {
        long now = nanos();
        return before < 0 || now < 0 ? -1 : now - before;
    }
}
