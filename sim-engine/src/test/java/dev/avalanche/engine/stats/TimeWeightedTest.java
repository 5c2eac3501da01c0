package dev.avalanche.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TimeWeightedTest {

    private static final long S = 1_000_000_000L;

    @Test
    void theMeanOfAStepFunctionWeighsEachLevelByHowLongItWasHeld() {
        // 0 for 2 s, 3 for 1 s, 1 for 1 s: (0*2 + 3*1 + 1*1) / 4 = 1.0 (a plain mean of 0, 3, 1 would be 1.33).
        TimeWeighted level = new TimeWeighted(0, 0);
        level.update(2 * S, 3);
        level.update(3 * S, 1);

        assertEquals(1.0, level.mean(4 * S), 1e-12);
        assertEquals(4.0, level.integralSeconds(4 * S), 1e-12);
        assertEquals(3, level.max());
        assertEquals(0, level.min());
    }

    @Test
    void resetAtTheWarmupEndExcludesTheEarlierPart() {
        TimeWeighted level = new TimeWeighted(0, 10);
        level.update(5 * S, 2);

        level.reset(6 * S);
        level.update(8 * S, 4);

        // From 6 s: 2 for 2 s, 4 for 2 s.
        assertEquals(3.0, level.mean(10 * S), 1e-12);
        assertEquals(4, level.max());
        assertEquals(2, level.min());
    }

    @Test
    void anUpdateBeforeThePreviousChangeThrows() {
        TimeWeighted level = new TimeWeighted(0, 0);
        level.update(5 * S, 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> level.update(4 * S, 2));

        assertEquals("time went backwards: 4000000000 ns after a change at 5000000000 ns", e.getMessage());
    }
}
