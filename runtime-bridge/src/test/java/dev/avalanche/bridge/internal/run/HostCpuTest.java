package dev.avalanche.bridge.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Other processes' share of the machine, from two /proc/stat texts and the run's own CPU: no clock involved. */
class HostCpuTest {

    /** Two processors, ticks of user nice system idle iowait irq softirq steal guest guest_nice. */
    private static final String BEFORE = """
            cpu  1000 0 500 8000 100 0 20 0 0 0
            cpu0 500 0 250 4000 50 0 10 0 0 0
            cpu1 500 0 250 4000 50 0 10 0 0 0
            intr 12345 0 0
            ctxt 99999
            """;

    /** 10 s later at 100 ticks a second: 2000 ticks in all, 1600 of them busy (0.8 of the machine: 1.6 processors). */
    private static final String AFTER = """
            cpu  2160 100 800 8350 150 0 40 20 300 0
            cpu0 1080 50 400 4175 75 0 20 10 150 0
            cpu1 1080 50 400 4175 75 0 20 10 150 0
            intr 22345 0 0
            """;

    private static HostCpu.Snapshot parse(String text) {
        return HostCpu.parse(text).orElseThrow();
    }

    @Test
    void aSnapshotSumsBusyAndIdleTicksOfTheAggregateLineAndCountsTheProcessors() {
        HostCpu.Snapshot s = parse(AFTER);
        assertEquals(2160 + 100 + 800 + 40 + 20, s.busyTicks(), "user, nice, system, irq, softirq, steal; guest is in user");
        assertEquals(s.busyTicks() + 8350 + 150, s.totalTicks(), "and idle, iowait");
        assertEquals(2, s.cpus());
    }

    @Test
    void otherProcessesUsedWhatTheMachineWasBusyLessTheRunsOwnCpu() {
        // The machine kept 1.6 processors busy over 10 s; the run's processes used 4 CPU-seconds: 0.4 of a processor.
        double others = HostCpu.otherCores(parse(BEFORE), parse(AFTER), 4_000_000_000L, 10_000_000_000L);
        assertEquals(1.2, others, 1e-9);
    }

    @Test
    void aRunThatUsedMoreThanTheTicksShowLeavesNothingToOthers() {
        assertEquals(0, HostCpu.otherCores(parse(BEFORE), parse(AFTER), 20_000_000_000L, 10_000_000_000L));
    }

    @Test
    void unknownOwnCpuNoElapsedTimeOrSnapshotsOutOfOrderSayNothing() {
        assertTrue(Double.isNaN(HostCpu.otherCores(parse(BEFORE), parse(AFTER), -1, 10_000_000_000L)));
        assertTrue(Double.isNaN(HostCpu.otherCores(parse(BEFORE), parse(AFTER), 0, 0)));
        assertTrue(Double.isNaN(HostCpu.otherCores(parse(AFTER), parse(BEFORE), 0, 10_000_000_000L)));
    }

    @Test
    void aTextWithoutTheAggregateLineIsNoSnapshot() {
        assertEquals(Optional.empty(), HostCpu.parse("intr 1 2 3\n"));
        assertEquals(Optional.empty(), HostCpu.parse("cpu  1 2 x 4 5\ncpu0 1 2 3 4 5\n"));
    }

    @Test
    void thisMachineReadsWhereItHasAProcStat() {
        HostCpu.read().ifPresent(s -> assertTrue(s.cpus() >= 1 && s.busyTicks() <= s.totalTicks(), s.toString()));
    }
}
