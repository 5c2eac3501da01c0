package dev.avalanche.models.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErlangATest {

    @Test
    void withAlmostInfinitePatienceItIsErlangC() {
        ErlangA patient = new ErlangA(300, 0.5, 640, 1e-9);
        MMc noAbandonment = new MMc(300, 0.5, 640);
        assertEquals(noAbandonment.probabilityOfWait(), patient.probabilityOfWait(), 1e-9);
        assertEquals(noAbandonment.meanWait(), patient.meanWait(), 1e-9);
        assertTrue(patient.probabilityOfAbandonment() < 1e-11, "P(abandon) = " + patient.probabilityOfAbandonment());
    }

    @Test
    void withNoPatienceAtAllEveryoneWhoWouldWaitLeavesAsInErlangB() {
        ErlangA impatient = new ErlangA(300, 0.5, 640, 1e9);
        assertEquals(Erlang.blocking(600, 640), impatient.probabilityOfAbandonment(), 1e-8);
        assertEquals(Erlang.blocking(600, 640), impatient.probabilityOfWait(), 1e-8);
    }

    @Test
    void itMatchesADirectSumOfTheBirthDeathChainOnASmallSystem() {
        // n = 3, λ = 4, μ = 1, θ = 0.5: an overloaded system that abandonment keeps stable
        double[] p = new double[400];
        p[0] = 1;
        double sum = 1;
        for (int k = 1; k < p.length; k++) {
            p[k] = p[k - 1] * 4 / (Math.min(k, 3) * 1.0 + Math.max(k - 3, 0) * 0.5);
            sum += p[k];
        }
        double waiting = 0;
        double queue = 0;
        for (int k = 3; k < p.length; k++) {
            waiting += p[k] / sum;
            queue += (k - 3) * p[k] / sum;
        }
        ErlangA q = new ErlangA(4, 1, 3, 0.5);
        assertEquals(waiting, q.probabilityOfWait(), 1e-14);
        assertEquals(queue, q.meanInQueue(), 1e-13);
        assertEquals(0.5 * queue / 4, q.probabilityOfAbandonment(), 1e-14);
    }

    @Test
    void servedFlowKeepsExactlyTheMeanNumberOfServersBusy() {
        for (ErlangA q : new ErlangA[] {new ErlangA(300, 0.5, 640, 1.0 / 30), new ErlangA(400, 0.5, 640, 0.2),
            new ErlangA(4, 1, 3, 0.5)}) {
            assertEquals(q.throughput() / q.serviceRate(), q.meanBusyServers(), 1e-9 * q.meanBusyServers(), q.toString());
        }
    }

    @Test
    void anOverloadedSystemLosesAtLeastTheExcessOverServiceCapacity() {
        ErlangA q = new ErlangA(400, 0.5, 640, 0.2);
        assertTrue(q.probabilityOfAbandonment() >= 0.2 - 1e-12, "at most cμ = 320/s of 400/s can be served");
        assertTrue(q.probabilityOfAbandonment() < 0.3, "P(abandon) = " + q.probabilityOfAbandonment());
    }

    @Test
    void aPatienceTooLongForTheOverloadIsRefusedWithTheQueueItWouldBuild() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ErlangA(400, 0.5, 640, 1e-9));
        assertTrue(e.getMessage().startsWith("abandonmentRate θ = 1.0E-9/s is too small for an overload of 80.0/s"), e.getMessage());
    }

    @Test
    void aZeroAbandonmentRateIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ErlangA(1, 1, 2, 0));
        assertEquals("abandonmentRate θ (per second) must be finite and > 0 but was 0.0", e.getMessage());
    }
}
