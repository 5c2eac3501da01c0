package dev.avalanche.bridge.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.bridge.LiveTarget;
import dev.avalanche.bridge.StopSignal;
import dev.avalanche.bridge.UserSide;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The child JVM's times and the server's share one origin: no request reaches the server before the
 * users logged it sent, and none is answered before the server started it, within the alignment's
 * error (microseconds; a millisecond allowed).
 */
class ChildJvmUsersTest {

    private static final long MS = 1_000_000;

    /** The test main's {@code closed:20:100:0.05}, built the same way here for the server's side. */
    private static ModelConfig config() {
        return new ModelConfig(SimDuration.ofSeconds(20), SimDuration.ZERO, SimDuration.ofMillis(100), SimDuration.ZERO,
                new Users(new Arrivals.Closed(20, 100, null, SimDuration.ZERO), Optional.empty(), Users.Refresh.NEVER),
                Optional.empty(), new Servers(1, 2, 1, new Workers(Workers.Model.VIRTUAL_THREADS, 0, 0), 128,
                        Servers.Overflow.RESET, SimDuration.ZERO, SimDuration.ZERO, SimDuration.ZERO),
                new RequestWork(Optional.empty(), List.of(new RequestWork.Call("api", 1, RequestWork.Call.Mode.SEQUENTIAL)),
                        List.of()),
                Map.of("api", new Service(Distributions.constant(0.05), Profile.constant(1), 0, SimDuration.ofSeconds(5),
                        OptionalInt.empty())));
    }

    @Test
    void noRequestReachesTheServerBeforeTheChildSentItNorIsAnsweredBeforeTheServerStartedIt() throws Exception {
        ModelConfig cfg = config();
        RandomStreams streams = new RandomStreams(7);
        LiveClock clock = new LiveClock(1);
        ServerLog server = new ServerLog(1000);
        UserSide side = new UserSide.ChildJvm("dev.avalanche.bridge.TestUsersMain", List.of("closed:20:100:0.05"));
        try (ThirdPartyStub stub = ThirdPartyStub.start(cfg.services(), streams, 1, clock::modelNanos);
                AppServer app = AppServer.start(cfg, stub, streams, clock, server, 200, 20);
                ChildJvmUsers users = new ChildJvmUsers((UserSide.ChildJvm) side, LiveTarget.resolve(app.uri(), false), 7, 1, 1000,
                        10_000 * MS, new StopSignal(), 5_000 * MS, 200)) {
            users.prepare();
            app.forgetWarmUp();
            ClientLog client = users.play(clock).log();
            assertEquals(100, client.size());
            long earliestArrival = Long.MAX_VALUE;
            long earliestAnswer = Long.MAX_VALUE;
            for (int id = 0; id < 100; id++) {
                assertEquals(ClientOutcome.GOODPUT, client.outcome(id), "request " + id);
                assertEquals(ServerLog.Stage.SUCCEEDED, server.stage(id), "request " + id);
                earliestArrival = Math.min(earliestArrival, server.receivedNanos(id) - client.sentNanos(id));
                earliestAnswer = Math.min(earliestAnswer, client.resolvedNanos(id) - server.startedNanos(id));
            }
            assertTrue(earliestArrival > -MS, "a request reached the server " + -earliestArrival + " ns before it was sent");
            assertTrue(earliestAnswer > 50 * MS - MS, "a request was answered " + earliestAnswer
                    + " ns after the server started it, less than its 50 ms call");
        }
    }
}
