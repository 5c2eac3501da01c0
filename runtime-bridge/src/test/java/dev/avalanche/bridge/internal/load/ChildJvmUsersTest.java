package dev.avalanche.bridge.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.bridge.LiveTarget;
import dev.avalanche.bridge.StopSignal;
import dev.avalanche.bridge.TestUsersMain;
import dev.avalanche.bridge.UserSide;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.bridge.internal.run.LockedStream;
import dev.avalanche.bridge.internal.server.AppServer;
import dev.avalanche.bridge.internal.server.ServerLog;
import dev.avalanche.bridge.internal.stub.ThirdPartyStub;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.ModelConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The child JVM's times and the server's share one origin: no request reaches the server before the
 * users logged it sent, and none is answered before the server started it, within the alignment's
 * error (microseconds; a millisecond allowed).
 */
class ChildJvmUsersTest {

    private static final long MS = 1_000_000;

    @Test
    void noRequestReachesTheServerBeforeTheChildSentItNorIsAnsweredBeforeTheServerStartedIt() throws Exception {
        ModelConfig cfg = TestUsersMain.scenario("closed:20:100:0.05");
        RandomStreams streams = new RandomStreams(7);
        LiveClock clock = new LiveClock(1);
        ServerLog server = new ServerLog(1000);
        UserSide.ChildJvm side = new UserSide.ChildJvm(TestUsersMain.class.getName(), List.of("closed:20:100:0.05"));
        try (ThirdPartyStub stub = ThirdPartyStub.start(cfg.services(), streams, 1, clock::modelNanos);
                AppServer app = AppServer.start(cfg, stub, new LockedStream(streams.stream("cpu")), clock, server, 200, 20);
                ChildJvmUsers users = new ChildJvmUsers(side, LiveTarget.resolve(app.uri(), false), 7, 1, 1000,
                        10_000 * MS, new StopSignal(), 5_000 * MS, 200, false, false)) {
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
