package dev.avalanche.bridge.internal.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.bridge.internal.run.LockedStream;
import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.Service;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * When the stub answers each call, computed on the instants it is given (no clock read): the
 * exact due instants that {@link ThirdPartyStubTest} can only bound from below on a real socket.
 */
class StubEndpointTest {

    private static final long MS = 1_000_000;
    private static final long T = 5_000 * MS;

    private static StubEndpoint endpoint(Profile degradation, double timeoutSeconds, OptionalInt capacity, double timeScale,
            AtomicLong modelNow) {
        Service s = new Service(Distributions.constant(0.1), degradation, 0, SimDuration.ofSeconds(timeoutSeconds), capacity);
        RandomStreams streams = new RandomStreams(1);
        return new StubEndpoint(s, new LockedStream(streams.stream("latency")), new LockedStream(streams.stream("errors")),
                timeScale, modelNow::get);
    }

    private static StubConnection connection() {
        return new StubConnection(null, null);
    }

    @Test
    void theDegradationFactorAtTheInstantTheCallIsTakenUpMultipliesTheLatency() {
        Profile stepToThree = new Profile(List.of(new Profile.Point(SimDuration.ZERO, 1),
                new Profile.Point(SimDuration.ofSeconds(10), 1), new Profile.Point(SimDuration.ofSeconds(10), 3)));
        AtomicLong now = new AtomicLong();
        StubEndpoint e = endpoint(stepToThree, 5, OptionalInt.empty(), 1, now);
        StubEndpoint.Taken normal = e.arrive(connection(), T).orElseThrow();
        now.set(SimDuration.ofSeconds(11).nanos());
        StubEndpoint.Taken degraded = e.arrive(connection(), T).orElseThrow();
        assertEquals(T + 100 * MS, normal.dueNanos(), "100 ms at factor 1");
        assertEquals(T + 300 * MS, degraded.dueNanos(), "factor 3 from 10 s on");
        assertEquals(200, degraded.status());
    }

    @Test
    void aTimeScaleOfFourDividesTheLatencyOnTheWire() {
        StubEndpoint e = endpoint(Profile.constant(4), 5, OptionalInt.empty(), 4, new AtomicLong());
        assertEquals(T + 100 * MS, e.arrive(connection(), T).orElseThrow().dueNanos(), "400 ms of the scenario in 100 ms");
    }

    @Test
    void aLatencyThatReachesTheTimeoutIsAnswered504AtTheTimeout() {
        StubEndpoint e = endpoint(Profile.constant(10), 0.2, OptionalInt.empty(), 1, new AtomicLong());
        StubEndpoint.Taken t = e.arrive(connection(), T).orElseThrow();
        assertEquals(504, t.status());
        assertEquals(T + 200 * MS, t.dueNanos(), "at the 200 ms timeout, not after the 1 s latency");
    }

    @Test
    void callsBeyondTheCapacityWaitTheirTurnInArrivalOrderAndTheirWaitCountsAgainstTheTimeout() {
        StubEndpoint e = endpoint(Profile.constant(1), 0.25, OptionalInt.of(1), 1, new AtomicLong());
        StubConnection first = connection();
        StubConnection second = connection();
        StubConnection third = connection();
        assertEquals(T + 100 * MS, e.arrive(first, T).orElseThrow().dueNanos());
        assertTrue(e.arrive(second, T + 10 * MS).isEmpty(), "the capacity of 1 is taken: it waits");
        assertTrue(e.arrive(third, T + 20 * MS).isEmpty());
        StubEndpoint.Taken next = e.leave(T + 100 * MS).orElseThrow();
        assertSame(second, next.conn(), "the longest waiting goes first");
        assertEquals(T + 200 * MS, next.dueNanos());
        assertEquals(200, next.status(), "waited 90 ms: 160 ms of its 250 ms left, enough for 100 ms");
        StubEndpoint.Taken last = e.leave(T + 200 * MS).orElseThrow();
        assertSame(third, last.conn());
        assertEquals(504, last.status(), "waited 180 ms: 70 ms of its 250 ms left, less than its 100 ms");
        assertEquals(T + 270 * MS, last.dueNanos());
        assertTrue(e.leave(T + 270 * MS).isEmpty(), "no one left waiting");
    }
}
