package dev.avalanche.models.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MMcKTest {

    @Test
    void oneServerBlockingMatchesTheClosedFormRhoToTheKTimesOneMinusRhoOverOneMinusRhoToTheKPlusOne() {
        for (double rho : new double[] {0.3, 0.7, 0.95, 1.5, 4}) {
            for (int k = 1; k <= 40; k++) {
                double closed = Math.pow(rho, k) * (1 - rho) / (1 - Math.pow(rho, k + 1));
                assertEquals(closed, new MMcK(rho, 1, 1, k).blockingProbability(), 1e-12 * closed, "ρ=" + rho + " K=" + k);
            }
        }
    }

    @Test
    void oneServerAtExactlyFullLoadBlocksOneInKPlusOne() {
        assertEquals(1.0 / 11, new MMcK(1, 1, 1, 10).blockingProbability(), 1e-15);
    }

    @Test
    void withoutWaitingRoomItIsErlangB() {
        assertEquals(0.4, new MMcK(2, 1, 2, 2).blockingProbability(), 1e-15);
        assertEquals(Erlang.blocking(600, 640), new MMcK(300, 0.5, 640, 640).blockingProbability(), 1e-12);
        assertEquals(0, new MMcK(300, 0.5, 640, 640).probabilityOfWait());
    }

    @Test
    void withAHugeWaitingRoomAndLoadBelowCapacityItIsErlangC() {
        MMcK big = new MMcK(300, 0.5, 640, 1_000_000);
        MMc unlimited = new MMc(300, 0.5, 640);
        assertEquals(unlimited.probabilityOfWait(), big.probabilityOfWait(), 1e-12);
        assertEquals(unlimited.meanWait(), big.meanWait(), 1e-12);
        assertEquals(unlimited.meanInSystem(), big.meanInSystem(), 1e-9);
        assertEquals(0, big.blockingProbability(), 1e-300);
    }

    @Test
    void busyServersEqualThroughputTimesMeanServiceEvenUnderOverload() {
        for (MMcK q : new MMcK[] {new MMcK(300, 0.5, 640, 700), new MMcK(400, 0.5, 640, 2000), new MMcK(3, 1, 2, 5)}) {
            assertEquals(q.throughput() / q.serviceRate(), q.meanBusyServers(), 1e-9 * q.meanBusyServers(), q.toString());
            assertEquals(q.meanInSystem(), q.throughput() * q.meanSojourn(), 1e-9 * q.meanInSystem(), "Little: " + q);
        }
    }

    @Test
    void anOverloadedSystemBlocksAtLeastTheExcessOverServiceCapacity() {
        MMcK q = new MMcK(400, 0.5, 640, 2000);
        // served ≤ cμ = 320/s of 400/s offered
        assertTrue(q.blockingProbability() >= 0.2 - 1e-12, "blocking " + q.blockingProbability());
        assertTrue(q.blockingProbability() < 0.2 + 1e-6, "and not much more with 1360 places to wait");
    }

    @Test
    void aCapacityBelowTheServerCountIsRejectedWithBothNumbers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MMcK(1, 1, 8, 4));
        assertEquals("capacity K must be >= servers (8) but was 4", e.getMessage());
    }
}
