package dev.avalanche.bridge.internal.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.bridge.internal.run.Eventually;
import dev.avalanche.bridge.internal.run.Http1Client;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.bridge.internal.run.LockedStream;
import dev.avalanche.bridge.internal.run.Loopback;
import dev.avalanche.bridge.internal.stub.ThirdPartyStub;
import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Service;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.config.Workers;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Greenlets wait for their third-party calls side by side: seen at the stub, which serves every call
 * until it is due. Its calls take a minute, so the stub is seen serving them all at once whatever
 * the machine's speed; the test ends as soon as it has, closing everything.
 */
class AppServerTest {

    /** One server of {@code size} greenlets in one process; each request makes {@code calls} calls of a minute. */
    private static ModelConfig greenlets(int size, int calls, RequestWork.Call.Mode mode) {
        return new ModelConfig(SimDuration.ofSeconds(10), SimDuration.ZERO, SimDuration.ofMillis(100), SimDuration.ZERO,
                new Users(new Arrivals.Closed(1, 1, null, SimDuration.ZERO), Optional.empty(), Users.Refresh.NEVER),
                Optional.empty(), new Servers(1, 2, 1, new Workers(Workers.Model.GREENLETS, size, 0), 128,
                        Servers.Overflow.RESET, SimDuration.ZERO, SimDuration.ZERO, SimDuration.ZERO),
                new RequestWork(Optional.empty(), List.of(new RequestWork.Call("api", calls, mode)), List.of()),
                Map.of("api", new Service(Distributions.constant(60), Profile.constant(1), 0, SimDuration.ofSeconds(120),
                        OptionalInt.empty())));
    }

    /** Sends {@code requests} requests to a server of {@code cfg} and waits until the stub serves {@code calls} calls at once. */
    private static boolean stubServes(ModelConfig cfg, int requests, int calls) throws IOException, InterruptedException {
        RandomStreams streams = new RandomStreams(1);
        LiveClock clock = new LiveClock(1);
        // Closed in reverse order: the client, the server and the stub end the requests, then the senders are done.
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
                ThirdPartyStub stub = ThirdPartyStub.start(cfg.services(), streams, 1, clock::modelNanos);
                AppServer app = AppServer.start(cfg, stub, new LockedStream(streams.stream("cpu")), clock, new ServerLog(100),
                        0, calls);
                Http1Client client = Loopback.client(app.uri())) {
            app.play();
            for (int id = 0; id < requests; id++) {
                String target = app.uri().getRawPath() + "?id=" + id;
                senders.execute(() -> {
                    try {
                        client.get(target, 600_000_000_000L);
                    } catch (IOException e) {
                        // Closed at the end of the test, unanswered.
                    }
                });
            }
            return Eventually.holds(() -> stub.callsInService() == calls);
        }
    }

    @Test
    void greenletsWaitingForTheirCallsLetTheOthersRunSoTenCallsAreInServiceAtOnce() throws Exception {
        // A greenlet that blocked its process's one carrier while it waited would hold the others back: one call at a time.
        assertTrue(stubServes(greenlets(10, 1, RequestWork.Call.Mode.SEQUENTIAL), 10, 10), "the stub never served 10 calls at once");
    }

    @Test
    void aGreenletsParallelCallsSpawnedOnItsHubAreInServiceAtOnce() throws Exception {
        assertTrue(stubServes(greenlets(1, 3, RequestWork.Call.Mode.PARALLEL), 1, 3), "the stub never served the 3 calls at once");
    }
}
