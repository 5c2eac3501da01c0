package dev.avalanche.models.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LittlesLawTest {

    @Test
    void threeHundredPerSecondForTwoSecondsKeepsSixHundredInside() {
        assertEquals(600, LittlesLaw.meanNumber(300, 2), 1e-12);
        assertEquals(2, LittlesLaw.meanTime(600, 300), 1e-12);
        assertEquals(300, LittlesLaw.throughput(600, 2), 1e-12);
    }

    @Test
    void aTimeCannotBeDerivedFromAZeroThroughput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LittlesLaw.meanTime(3, 0));
        assertEquals("throughput (per second) must be finite and > 0 but was 0.0", e.getMessage());
    }

    @Test
    void aNegativeNumberInTheSystemIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LittlesLaw.throughput(-1, 2));
        assertEquals("mean number must be finite and >= 0 but was -1.0", e.getMessage());
    }
}
