package dev.avalanche.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HoldModelTest {

    @Test
    void theHoldModelKeepsItsPopulationPending() {
        HoldModel model = new HoldModel(1000, false, 1);
        model.steps(50_000);
        assertEquals(1000, model.simulation().pendingEvents());
        assertEquals(50_000, model.simulation().eventsFired());
    }

    @Test
    void aPatienceTimerFiresExactlyWhenTheWaitExceedsThePatienceAcrossCompactions() {
        // 5,000 holders and their timers: the heap passes the compaction threshold, and cancelled
        // timers outnumber live entries every 10,000 steps, so it compacts from within fire().
        HoldModel model = new HoldModel(5000, true, 1);
        model.steps(200_000);
        assertEquals(0, model.mismatches());
        // About e^-5 of 200,000 waits exceed 5 s.
        assertTrue(model.abandoned() > 900 && model.abandoned() < 1800, "abandoned " + model.abandoned());
        assertTrue(model.simulation().pendingEvents() <= 10_000);
    }
}
