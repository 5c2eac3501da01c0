package dev.avalanche.bridge.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.Service;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
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
            assertTrue(normal.seconds() >= 0.1 && normal.seconds() < 0.2, "100 ms at factor 1, got " + normal.seconds());
            double ratio = degraded.seconds() / normal.seconds();
            assertTrue(ratio > 2.4 && ratio < 3.3, "factor 3 triples the latency: " + normal + " then " + degraded);
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
            assertTrue(a.seconds() >= 0.2 && a.seconds() < 0.6, "at the 200 ms timeout, not after 1 s: " + a.seconds());
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
