package dev.avalanche.models.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MMcTest {

    /** The story: 640 workers, 300 requests per second, 2 s each. */
    private final MMc story = new MMc(300, 0.5, 640);

    @Test
    void theStoryWaitsSixPointSevenFivePercentOfTheTimeForAboutThreeMilliseconds() {
        assertEquals(0.0675, story.probabilityOfWait(), 0.0005);
        assertEquals(0.00337, story.meanWait(), 0.00002);
        assertEquals(600, story.meanBusyServers(), 1e-12);
        assertEquals(600.0 / 640, story.utilisation(), 1e-15);
        assertEquals(2 + story.meanWait(), story.meanSojourn(), 1e-12);
        assertEquals(300 * story.meanWait(), story.meanInQueue(), 1e-12);
        assertEquals(300 * story.meanSojourn(), story.meanInSystem(), 1e-9);
    }

    @Test
    void oneServerIsTheMM1Queue() {
        MMc one = new MMc(0.7, 1, 1);
        MM1 mm1 = new MM1(0.7, 1);
        assertEquals(mm1.utilisation(), one.probabilityOfWait(), 1e-15);
        assertEquals(mm1.meanWait(), one.meanWait(), 1e-12);
        assertEquals(mm1.meanSojourn(), one.meanSojourn(), 1e-12);
        assertEquals(mm1.meanInQueue(), one.meanInQueue(), 1e-12);
        assertEquals(mm1.meanInSystem(), one.meanInSystem(), 1e-12);
    }

    @Test
    void theWaitTailStartsAtTheWaitProbabilityAndDecaysAtTheDrainRate() {
        assertEquals(story.probabilityOfWait(), story.probabilityWaitExceeds(0), 1e-15);
        // cμ − λ = 20/s, so 50 ms divides the tail by e
        assertEquals(story.probabilityOfWait() / Math.E, story.probabilityWaitExceeds(0.05), 1e-15);
    }

    @Test
    void aQuantileBelowTheNoWaitMassIsZeroAndAboveItInvertsTheTail() {
        assertEquals(0, story.waitQuantile(0.9), "90% of arrivals do not wait at all");
        double p99 = story.waitQuantile(0.99);
        assertTrue(p99 > 0, "p99 = " + p99);
        assertEquals(0.01, story.probabilityWaitExceeds(p99), 1e-15);
    }

    @Test
    void sizingForAWaitProbabilityReturnsTheFirstServerCountThatMeetsIt() {
        for (double target : new double[] {0.5, 0.2, 0.0675, 0.01, 1e-6}) {
            int c = MMc.minimumServersForWaitProbability(300, 0.5, target);
            assertTrue(new MMc(300, 0.5, c).probabilityOfWait() <= target, c + " servers meet " + target);
            assertTrue(c == 601 || new MMc(300, 0.5, c - 1).probabilityOfWait() > target, c - 1 + " servers miss " + target);
        }
        assertEquals(640, MMc.minimumServersForWaitProbability(300, 0.5, story.probabilityOfWait()));
    }

    @Test
    void sizingForAWaitQuantileReturnsTheFirstServerCountThatMeetsIt() {
        double p = 0.99;
        for (double maxWait : new double[] {0, 0.001, 0.05, 1}) {
            int c = MMc.minimumServersForWaitQuantile(300, 0.5, p, maxWait);
            assertTrue(new MMc(300, 0.5, c).waitQuantile(p) <= maxWait, c + " servers meet p99 <= " + maxWait);
            assertTrue(c == 601 || new MMc(300, 0.5, c - 1).waitQuantile(p) > maxWait, c - 1 + " servers miss p99 <= " + maxWait);
        }
    }

    @Test
    void sizingFromScratchNeedsAtLeastOneServerMoreThanTheLoad() {
        assertEquals(1, MMc.minimumServersForWaitProbability(0.001, 1, 0.5));
        assertEquals(3, MMc.minimumServersForWaitProbability(2, 1, 0.99), "2 Erlangs need 3 servers to be stable");
    }

    @Test
    void aLoadEqualToTheServerCountIsRejectedAsNotStable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MMc(320, 0.5, 640));
        assertTrue(e.getMessage().contains("not stable: utilisation λ/(cμ) = 1.0"), e.getMessage());
    }

    @Test
    void aQuantileProbabilityOfOneIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> story.waitQuantile(1));
        assertEquals("quantile probability p must be in (0, 1) but was 1.0", e.getMessage());
    }
}
