package dev.avalanche.bridge.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /proc/PID/stat read as Linux writes it, on a fake /proc of a master and two workers. */
class ProcessTreeCpuTest {

    @TempDir
    Path proc;

    private void stat(long pid, long ppid, String comm, long utime, long stime) throws Exception {
        Files.createDirectories(proc.resolve(Long.toString(pid)));
        Files.writeString(proc.resolve(pid + "/stat"), pid + " (" + comm + ") S " + ppid
                + " 1 1 0 -1 4194560 100 0 0 0 " + utime + " " + stime + " 0 0 20 0 9 0 100 1000 10\n");
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        assertArrayEquals(new long[] {1, 30}, ProcessTreeCpu.parse("42 (uwsgi (worker) 1) S 1 1 1 0 -1 0 0 0 0 0 10 20 5 5 20 0").orElseThrow());
    }

    @Test
    void theMasterIsReadWithEveryDescendantAndNothingElse() throws Exception {
        stat(10, 1, "uwsgi", 100, 50);
        stat(11, 10, "uwsgi", 1000, 200);
        stat(12, 11, "uwsgi helper", 5, 5);
        stat(20, 1, "other", 7777, 7777);
        ProcessTreeCpu.Reading r = new ProcessTreeCpu(proc).read(List.of(10L)).orElseThrow();
        assertEquals(3, r.processes());
        assertEquals(150 + 1200 + 10, r.ticks());
        assertTrue(new ProcessTreeCpu(proc).read(List.of(99L)).isEmpty(), "no such process");
    }
}
