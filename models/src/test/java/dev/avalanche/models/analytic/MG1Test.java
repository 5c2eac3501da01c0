package dev.avalanche.models.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MG1Test {

    @Test
    void exponentialServiceGivesTheMM1Means() {
        MG1 q = MG1.ofScv(0.7, 1, 1);
        MM1 mm1 = new MM1(0.7, 1);
        assertEquals(mm1.meanWait(), q.meanWait(), 1e-12);
        assertEquals(mm1.meanSojourn(), q.meanSojourn(), 1e-12);
        assertEquals(mm1.meanInQueue(), q.meanInQueue(), 1e-12);
        assertEquals(mm1.meanInSystem(), q.meanInSystem(), 1e-12);
    }

    @Test
    void constantServiceWaitsHalfAsLongAsExponential() {
        // M/D/1 at ρ = 0.7: Wq = ρ E[S] / (2(1−ρ)) = 0.7 / 0.6
        assertEquals(0.7 / 0.6, new MG1(0.7, 1, 1).meanWait(), 1e-12);
        assertEquals(new MM1(0.7, 1).meanWait() / 2, MG1.ofScv(0.7, 1, 0).meanWait(), 1e-12);
    }

    @Test
    void waitGrowsInProportionToOnePlusTheServiceScv() {
        assertEquals(5 * MG1.ofScv(0.5, 1, 0).meanWait(), MG1.ofScv(0.5, 1, 4).meanWait(), 1e-12);
    }

    @Test
    void aSecondMomentBelowTheSquaredMeanIsRejectedAsANegativeVariance() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MG1(0.5, 1, 0.9));
        assertTrue(e.getMessage().startsWith("serviceSecondMoment (s²) must be >= meanService² = 1.0"), e.getMessage());
    }

    @Test
    void aServerBusyAllTheTimeIsRejectedAsNotStable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MG1.ofScv(2, 0.5, 1));
        assertTrue(e.getMessage().contains("not stable: utilisation λ·E[S] = 1.0"), e.getMessage());
    }
}
