package dev.avalanche.models.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MM1Test {

    private final MM1 q = new MM1(0.7, 1.0);

    @Test
    void atSeventyPercentUtilisationTheHandNumbersHold() {
        assertEquals(0.7, q.utilisation(), 1e-15);
        assertEquals(0.7 / 0.3, q.meanInSystem(), 1e-12);
        assertEquals(0.49 / 0.3, q.meanInQueue(), 1e-12);
        assertEquals(1 / 0.3, q.meanSojourn(), 1e-12);
        assertEquals(0.7 / 0.3, q.meanWait(), 1e-12);
    }

    @Test
    void itsMeansObeyLittlesLawAndWaitPlusServiceIsSojourn() {
        assertEquals(q.meanInSystem(), LittlesLaw.meanNumber(0.7, q.meanSojourn()), 1e-12);
        assertEquals(q.meanInQueue(), LittlesLaw.meanNumber(0.7, q.meanWait()), 1e-12);
        assertEquals(q.meanSojourn(), q.meanWait() + 1 / q.serviceRate(), 1e-12);
    }

    @Test
    void aFullServerIsRejectedAsNotStable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MM1(2, 2));
        assertTrue(e.getMessage().contains("not stable: utilisation λ/μ = 1.0"), e.getMessage());
    }

    @Test
    void aZeroServiceRateIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MM1(1, 0));
        assertEquals("serviceRate (per second) must be finite and > 0 but was 0.0", e.getMessage());
    }
}
