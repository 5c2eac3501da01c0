package dev.avalanche.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.bridge.internal.run.HostCpu;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.validation.RunConditions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Every live run says what it shared the machine with; the values depend on the machine's load,
 * so only their presence and ranges are checked here (what they mean is HostCpuTest's and
 * ConditionLimitsTest's).
 */
class LiveRunConditionsTest {

    @Test
    void aRunReportsOtherProcessesCpuTheUsersSendLagAndTheStubsLateness() throws InterruptedException {
        LiveOptions opts = LiveOptions.defaults().withWallTimeCap(Duration.ofSeconds(30)).withMaxRequests(1_000);
        LiveVariant v = LiveRun.run("test", 7, "base", Scenario.closed(5, 20).workers(Workers.Model.THREADS, 5).call(0.01)
                .build(), opts);
        RunConditions c = v.conditions();
        assertTrue(c.cores() >= 1, c.toString());
        if (HostCpu.read().isPresent()) {
            assertTrue(c.otherCores() >= 0 && c.otherCores() <= c.cores(), "a share of this machine's processors: " + c);
        }
        assertTrue(c.sendLagP99() >= 0, "twenty requests were sent, each at or after its intended instant: " + c);
        assertTrue(c.stubLatenessP99() >= 0, "the stub answered twenty calls: " + c);
        assertEquals(1, v.notes().stream().filter(n -> n.startsWith("while the run played, ")).count(), v.notes().toString());
    }
}
