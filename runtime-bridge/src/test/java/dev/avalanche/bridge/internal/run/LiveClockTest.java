package dev.avalanche.bridge.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Two clocks agree on an origin passed as a wall-clock instant, as the server's and the users' JVMs do. */
class LiveClockTest {

    @Test
    void anOriginPassedAsEpochMicrosecondsLandsOnTheSameInstantWithinFiftyMicroseconds() throws InterruptedException {
        LiveClock parent = new LiveClock(1);
        // An origin a minute ahead: still ahead when the child maps it, however slowly the test runs.
        parent.startAt(System.nanoTime() + 60_000_000_000L);
        long epoch = parent.epochMicros();
        Thread.sleep(5);
        LiveClock child = new LiveClock(1);
        child.startAtEpoch(epoch);
        long offset = child.originNanoTime() - parent.originNanoTime();
        assertTrue(Math.abs(offset) < 50_000, "the two origins differ by " + offset + " ns");
        assertTrue(child.wallNanos() < 0, "the origin is still ahead: " + child.wallNanos());
    }

    @Test
    void aTimeScaleOfFourPlaysAScenarioSecondIn250Milliseconds() {
        LiveClock k4 = new LiveClock(4);
        assertEquals(250_000_000, k4.toWall(1.0));
        assertEquals(1_000_000_000, k4.toModel(250_000_000));
    }
}
