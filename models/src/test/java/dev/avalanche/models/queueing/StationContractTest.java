package dev.avalanche.models.queueing;

import static dev.avalanche.models.queueing.TestDistributions.exponential;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties every run must have, whatever the numbers: conservation, Little's law, reproducibility. */
class StationContractTest {

    /** Everything at once: 8 servers near saturation, room for 20, patience, so all four fates occur. */
    private static final StationConfig BUSY = StationConfig.of(exponential(1.0 / 7.6), exponential(1), 8,
            StopRule.afterArrivals(100_000)).withCapacity(20).withPatience(exponential(2));

    @Test
    void aRunThatStartsAndEndsEmptyObeysLittlesLawExactlyOnItsSamplePath() {
        StationResult r = StationSimulation.run(BUSY, new RandomStreams(42));
        assertTrue(r.blocked() > 100 && r.abandoned() > 100 && r.waited() > 1000, r.toString());
        assertEquals(r.totalSojournSeconds(), r.areaInSystem(), 1e-9 * r.areaInSystem());
        assertEquals(r.areaInSystem() / r.end().seconds(), r.meanInSystem(), 1e-9 * r.meanInSystem());
    }

    @Test
    void everyArrivalIsBlockedServedOrAbandonedWhenTheRunDrains() {
        StationResult r = StationSimulation.run(BUSY, new RandomStreams(42));
        assertEquals(100_000, r.arrivals());
        assertEquals(0, r.leftInSystem());
        assertEquals(r.arrivals(), r.blocked() + r.served() + r.abandoned());
    }

    @Test
    void theSameSeedGivesABitIdenticalResult() {
        assertEquals(StationSimulation.run(BUSY, new RandomStreams(7)), StationSimulation.run(BUSY, new RandomStreams(7)));
    }

    @Test
    void anotherSeedOrAnotherReplicationGivesAnotherResult() {
        StationResult r = StationSimulation.run(BUSY, new RandomStreams(7));
        assertNotEquals(r, StationSimulation.run(BUSY, new RandomStreams(8)));
        assertNotEquals(r, StationSimulation.run(BUSY, new RandomStreams(7).forReplication(1)));
    }

    @Test
    void replicationsGiveTheSameListOnOneThreadAndOnTwo() {
        StationConfig small = BUSY.withStop(StopRule.afterArrivals(20_000));
        List<StationResult> serial = StationSimulation.replicate(small, 3, 6, 1);
        List<StationResult> parallel = StationSimulation.replicate(small, 3, 6, 2);
        assertEquals(serial, parallel);
        assertEquals(6, serial.stream().distinct().count(), "each replication draws its own numbers");
    }

    @Test
    void aDistributionThatDrawsANegativeDurationIsNamedInTheError() {
        Distribution broken = new Distribution() {
            @Override
            public double sample(RandomStream rng) {
                return -1;
            }

            @Override
            public double mean() {
                return -1;
            }

            @Override
            public String describe() {
                return "broken()";
            }
        };
        StationConfig config = StationConfig.of(exponential(1), broken, 1, StopRule.afterArrivals(5));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> StationSimulation.run(config, new RandomStreams(1)));
        assertTrue(e.getMessage().startsWith("service distribution broken() drew -1.0 s"), e.getMessage());
    }
}
