package dev.avalanche.bridge.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    @Test
    void settlingKeepsTheHeapThroughItsCollection() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        // The JVM's default, whatever a live run earlier in this JVM set: so the test sees settle() set it.
        vm.setVMOption("MaxHeapFreeRatio", "70");

        WarmUp.settle();

        // The JVM hands none of the heap back after a collection: the run does not fault it in again.
        assertEquals("100", vm.getVMOption("MaxHeapFreeRatio").getValue());
    }
}
