package dev.avalanche.models.queueing;

import static dev.avalanche.models.queueing.TestDistributions.constant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.SimTime;
import dev.avalanche.engine.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** Deterministic stations whose every event can be traced by hand. */
class StationHandTracedTest {

    private static StationResult run(StationConfig config) {
        return StationSimulation.run(config, new RandomStreams(1));
    }

    @Test
    void customersStillWaitingWhenPatienceRunsOutAbandonAndThoseWhoStartServiceDoNot() {
        // Arrivals at 1, 2, ..., 10 s; one server, 10 s each; patience 2.5 s.
        // A1 is served over [1, 11]; A2..A8 give up at t + 2.5 < 11; A9 starts at 11 after 2 s, its
        // timer (due 11.5) withdrawn; A10 gives up at 12.5; A9 leaves at 21.
        StationResult r = run(StationConfig.of(constant(1), constant(10), 1, StopRule.afterArrivals(10))
                .withPatience(constant(2.5)));
        assertEquals(10, r.arrivals());
        assertEquals(2, r.served());
        assertEquals(8, r.abandoned());
        assertEquals(9, r.waited());
        assertEquals(1.0, r.meanWaitSeconds(), 1e-12);
        assertEquals(11.0, r.meanSojournSeconds(), 1e-12);
        assertEquals(SimTime.ofSeconds(21), r.end());
        assertEquals(10 + 8 * 2.5 + 12, r.totalSojournSeconds(), 1e-9);
        assertEquals(20.0 / 21, r.meanBusyServers(), 1e-12);
    }

    @Test
    void arrivalsFindingTheStationFullAreBlockedAndTheRestQueue() {
        // Arrivals at 1..6 s; one server, 2.4 s each; room for 2. A1 [1, 3.4]; A2 waits 1.4 s;
        // A3 (two present) is blocked; A4 waits 1.8 s; A5 is blocked; A6 waits 2.2 s, done at 10.6.
        StationResult r = run(StationConfig.of(constant(1), constant(2.4), 1, StopRule.afterArrivals(6)).withCapacity(2));
        assertEquals(6, r.arrivals());
        assertEquals(2, r.blocked());
        assertEquals(4, r.served());
        assertEquals(3, r.waited());
        assertEquals((0 + 1.4 + 1.8 + 2.2) / 4, r.meanWaitSeconds(), 1e-12);
        assertEquals(SimTime.ofSeconds(10.6), r.end());
        assertEquals(2.0 / 6, r.blockingProbability(), 1e-15);
    }

    @Test
    void theWarmUpExcludesEarlierArrivalsAndRestartsTheTimeAverages() {
        // Arrivals every second, 0.5 s of service, counted from 10.25 s, stopped at 20.25 s. Counted:
        // A11..A20. Busy in the window: A10's last 0.25 s, 0.5 s for A11..A19, A20's first 0.25 s.
        StationResult r = run(StationConfig.of(constant(1), constant(0.5), 1, StopRule.atSeconds(20.25))
                .withWarmUp(SimDuration.ofSeconds(10.25)));
        assertEquals(10, r.arrivals());
        assertEquals(9, r.served());
        assertEquals(1, r.leftInSystem());
        assertEquals((0.25 + 9 * 0.5 + 0.25) / 10, r.meanBusyServers(), 1e-12);
        assertEquals(r.meanBusyServers(), r.meanInSystem(), 1e-12, "nobody ever waits");
        assertEquals(0, r.meanInQueue());
        assertEquals(SimTime.ofSeconds(20.25), r.end());
    }

    @Test
    void aRunStoppedByCountWithAWarmUpCountsExactlyThatManyArrivalsAfterIt() {
        StationResult r = run(StationConfig.of(constant(1), constant(0.5), 1, StopRule.afterArrivals(7))
                .withWarmUp(SimDuration.ofSeconds(3.5)));
        assertEquals(7, r.arrivals());
        assertEquals(7, r.served());
        assertEquals(SimTime.ofSeconds(10.5), r.end(), "A4..A10 are counted; A10 leaves at 10.5 s");
    }
}
