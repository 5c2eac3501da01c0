package dev.avalanche.bridge.internal.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.bridge.internal.run.Eventually;
import dev.avalanche.bridge.internal.run.Http1Client;
import dev.avalanche.bridge.internal.run.Loopback;
import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.Service;
import dev.avalanche.models.result.LatencySummary;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The stub answers after latency x the degradation factor at that moment, with its error ratio. */
class ThirdPartyStubTest {

    private record Answer(int status, double seconds) {
    }

    private static Answer call(Http1Client client, URI uri) throws IOException {
        long t = System.nanoTime();
        int status = client.get(uri.getRawPath(), 10_000_000_000L);
        return new Answer(status, (System.nanoTime() - t) / 1e9);
    }

    private static Service service(Profile degradation, double errors, double timeoutSeconds) {
        return new Service(Distributions.constant(0.1), degradation, errors, SimDuration.ofSeconds(timeoutSeconds),
                OptionalInt.empty());
    }

    @Test
    void theDegradationFactorAtTheMomentOfTheCallMultipliesTheLatency() throws Exception {
        Profile stepToThree = new Profile(List.of(new Profile.Point(SimDuration.ZERO, 1),
                new Profile.Point(SimDuration.ofSeconds(10), 1), new Profile.Point(SimDuration.ofSeconds(10), 3)));
        AtomicLong now = new AtomicLong();
        try (ThirdPartyStub stub = ThirdPartyStub.start(Map.of("api", service(stepToThree, 0, 5)), new RandomStreams(1), 1,
                        now::get);
                Http1Client client = Loopback.client(stub.health())) {
            call(client, stub.health());
            Answer normal = call(client, stub.uri("api"));
            now.set(SimDuration.ofSeconds(11).nanos());
            Answer degraded = call(client, stub.uri("api"));
            assertEquals(200, normal.status());
            assertEquals(200, degraded.status());
            // Never before the instant due: 100 ms at factor 1, 300 ms at factor 3 (StubEndpointTest has the exact instants).
            assertTrue(normal.seconds() >= 0.1, "100 ms at factor 1, got " + normal.seconds());
            assertTrue(degraded.seconds() >= 0.3, "factor 3 triples the latency: " + normal + " then " + degraded);
        }
    }

    @Test
    void errorsOfOneAnswerEveryCall500AfterItsLatency() throws Exception {
        try (ThirdPartyStub stub = ThirdPartyStub.start(Map.of("api", service(Profile.constant(1), 1.0, 5)),
                        new RandomStreams(1), 1, () -> 0);
                Http1Client client = Loopback.client(stub.health())) {
            for (int i = 0; i < 3; i++) {
                Answer a = call(client, stub.uri("api"));
                assertEquals(500, a.status());
                assertTrue(a.seconds() >= 0.1, "the error comes after the latency, got " + a.seconds());
            }
        }
    }

    @Test
    void aCallSlowerThanOurTimeoutIsAnswered504AtTheTimeout() throws Exception {
        try (ThirdPartyStub stub = ThirdPartyStub.start(Map.of("api", service(Profile.constant(10), 0, 0.2)),
                        new RandomStreams(1), 1, () -> 0);
                Http1Client client = Loopback.client(stub.health())) {
            Answer a = call(client, stub.uri("api"));
            assertEquals(504, a.status());
            assertTrue(a.seconds() >= 0.2, "at the 200 ms timeout, not before: " + a.seconds());
        }
    }

    @Test
    void callsBeyondTheCapacityWaitTheirTurnInArrivalOrder() throws Exception {
        Service one = new Service(Distributions.constant(0.1), Profile.constant(1), 0, SimDuration.ofSeconds(5), OptionalInt.of(1));
        try (ThirdPartyStub stub = ThirdPartyStub.start(Map.of("api", one), new RandomStreams(1), 1, () -> 0);
                Http1Client client = Loopback.client(stub.health());
                ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            client.open(3, 1_000_000_000L);
            long t0 = System.nanoTime();
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                answers.add(callers.submit(() -> new Answer(call(client, stub.uri("api")).status(), (System.nanoTime() - t0) / 1e9)));
            }
            double[] seconds = new double[3];
            for (int i = 0; i < 3; i++) {
                assertEquals(200, answers.get(i).get().status());
                seconds[i] = answers.get(i).get().seconds();
            }
            Arrays.sort(seconds);
            // One at a time: the k-th answer came after k calls of 100 ms (StubEndpointTest has the order and instants).
            for (int i = 0; i < 3; i++) {
                assertTrue(seconds[i] >= 0.1 * (i + 1) - 0.001,
                        "one at a time: answered 0.1, 0.2, 0.3 s after the three calls at the earliest, got " + Arrays.toString(seconds));
            }
        }
    }

    @Test
    void aBurstOfFiveHundredCallsIsInServiceAllAtOnceAndAnsweredNoneBeforeItsLatency() throws Exception {
        // 100 ms x 40 = 4 s each, so that the stub can be seen serving every call before the first answer.
        try (ThirdPartyStub stub = ThirdPartyStub.start(Map.of("api", service(Profile.constant(40), 0, 10)), new RandomStreams(1), 1,
                        () -> 0);
                Http1Client client = Loopback.client(stub.health());
                ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            client.open(500, 5_000_000_000L);
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                answers.add(callers.submit(() -> call(client, stub.uri("api"))));
            }
            AtomicInteger most = new AtomicInteger();
            assertTrue(Eventually.holds(() -> most.accumulateAndGet(stub.callsInService(), Math::max) == 500
                    || answers.stream().anyMatch(Future::isDone)), "the stub never served the calls");
            assertEquals(500, most.get(), "all 500 in service at once before the first answer, not one after another");
            for (Future<Answer> f : answers) {
                assertEquals(200, f.get().status());
                assertTrue(f.get().seconds() >= 4.0, "no answer before its 4 s, got " + f.get().seconds());
            }
            assertTrue(Eventually.holds(() -> stub.callsInService() == 0), "every call answered, " + stub.callsInService() + " still in service");
            LatencySummary late = stub.lateness();
            assertEquals(500, late.count(), "every answer's lateness is reported");
        }
    }

    @Test
    void onlyLoopbackTargetsAreAccepted() {
        Loopback.requireLoopback(URI.create("http://127.0.0.1:8080/"));
        Loopback.requireLoopback(URI.create("http://[::1]:8080/"));
        for (String bad : List.of("http://10.0.0.1/", "http://example.com/", "http://localhost/", "https://127.0.0.1/")) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> Loopback.requireLoopback(URI.create(bad)), bad);
        }
    }
}
