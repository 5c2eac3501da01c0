package dev.avalanche.bridge.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    @Test
    void settlingKeepsTheHeapThroughItsCollection() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

        WarmUp.settle();

        // The JVM hands none of the heap back after a collection: the run does not fault it in again.
        assertEquals("100", vm.getVMOption("MaxHeapFreeRatio").getValue());
    }
}
