package dev.avalanche.models.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.LinuxTcp;
import dev.avalanche.models.config.Profile;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class WorkloadRulesTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aConstantRateDrawsAPoissonCountWithinFiveStandardDeviationsOfRateTimesDuration() {
        long[] t = new PoissonArrivals(Profile.constant(200), 100 * SECOND, new RandomStreams(3).stream(StreamNames.ARRIVALS))
                .schedule(Integer.MAX_VALUE);
        double mean = 200.0 * 100;
        assertTrue(Math.abs(t.length - mean) < 5 * Math.sqrt(mean), "count " + t.length + " against " + mean);
        for (int i = 1; i < t.length; i++) {
            assertTrue(t[i] >= t[i - 1] && t[i] < 100 * SECOND, "in order and before the end at " + i);
        }
    }

    @Test
    void thinningKeepsNoIntentWhereTheRateIsZeroAndAllWhereItIsAtItsPeak() {
        Profile half = new Profile(List.of(new Profile.Point(SimDuration.ZERO, 0), new Profile.Point(SimDuration.ofSeconds(50), 0),
                new Profile.Point(SimDuration.ofSeconds(50), 100), new Profile.Point(SimDuration.ofSeconds(100), 100)));
        long[] t = new PoissonArrivals(half, 100 * SECOND, new RandomStreams(5).stream(StreamNames.ARRIVALS)).schedule(Integer.MAX_VALUE);
        assertTrue(t.length > 0 && t[0] >= 50 * SECOND, "the first intent comes once the rate is up: " + (t.length > 0 ? t[0] : -1));
        assertTrue(Math.abs(t.length - 5000) < 5 * Math.sqrt(5000), "count " + t.length + " against 5000");
    }

    @Test
    void candidateByCandidateAndTheWholeScheduleDrawTheSameInstantsFromTheSameSeed() {
        Profile rate = new Profile(List.of(new Profile.Point(SimDuration.ZERO, 10), new Profile.Point(SimDuration.ofSeconds(20), 80)));
        long[] schedule = new PoissonArrivals(rate, 20 * SECOND, new RandomStreams(9).stream(StreamNames.ARRIVALS)).schedule(Integer.MAX_VALUE);
        PoissonArrivals one = new PoissonArrivals(rate, 20 * SECOND, new RandomStreams(9).stream(StreamNames.ARRIVALS));
        long[] stepwise = new long[schedule.length];
        int n = 0;
        for (OptionalLong at = one.nextCandidate(0); at.isPresent(); at = one.nextCandidate(at.getAsLong())) {
            if (one.keeps(at.getAsLong())) {
                stepwise[n++] = at.getAsLong();
            }
        }
        assertEquals(schedule.length, n);
        assertArrayEquals(schedule, stepwise);
    }

    @Test
    void theClosedLoopsClientsStartEvenlyOverTheRampTheFirstAloneWhenAskedTo() {
        Arrivals.Closed ab = new Arrivals.Closed(5, 3, null, SimDuration.ofSeconds(1), true);
        assertEquals(3, ClosedLoop.clients(ab), "no more clients than requests");
        assertEquals(1, ClosedLoop.firstWave(ab));
        assertEquals(3, ClosedLoop.firstWave(new Arrivals.Closed(5, 3, null, SimDuration.ZERO)));
        assertEquals(0, ClosedLoop.startOffsetNanos(0, 5, 4 * SECOND));
        assertEquals(SECOND, ClosedLoop.startOffsetNanos(1, 5, 4 * SECOND));
        assertEquals(4 * SECOND, ClosedLoop.startOffsetNanos(4, 5, 4 * SECOND));
        assertEquals(0, ClosedLoop.startOffsetNanos(0, 1, 4 * SECOND), "a lone client starts at once");
    }

    @Test
    void aConnectWhoseSynsAreAllDroppedFailsAfterTheSumOfItsRetransmissionDelays() {
        LinuxTcp tcp = LinuxTcp.DEFAULTS;
        long sum = 0;
        for (int n = 1; n <= tcp.maxSynRetransmissions() + 1; n++) {
            sum += tcp.synRetransmissionDelayNanos(n);
        }
        assertEquals(sum, tcp.synGiveUpNanos());
        assertEquals(131 * SECOND, tcp.synGiveUpNanos(), "Linux 6.5+: 1, 2, 3, 4, 5, 7, 11, 19, 35, 67 s, failing at 131 s");
        LinuxTcp old = new LinuxTcp(4096, 6, 0, 5, true, SimDuration.ofMillis(200));
        assertEquals(127 * SECOND, old.synGiveUpNanos(), "before 6.5: 1 + 2 + ... + 64 s");
        LinuxTcp many = new LinuxTcp(4096, 1_000_000_000, 4, 5, true, SimDuration.ofMillis(200));
        assertTrue(many.synGiveUpNanos() > 0, "no overflow however many retries");
    }
}
