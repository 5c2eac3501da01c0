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
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.workload.PoissonArrivals;
import dev.avalanche.models.workload.StreamNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The child JVM's times and the server's share one origin: no request reaches the server before the
 * users logged it sent, and none is answered before the server started it, within the alignment's
 * error (microseconds; a millisecond allowed). Users split across child JVMs play, each in a
 * process of its own, exactly the intents one would, and leave no process behind.
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

    @Test
    void threeUsersJvmsTogetherSendExactlyTheIntentsOfOneWithTheSameSeedEachInAProcessOfItsOwn() throws Exception {
        String name = "open:80:1:0.02";
        ModelConfig cfg = TestUsersMain.scenario(name);
        RandomStreams streams = new RandomStreams(7);
        LiveClock clock = new LiveClock(1);
        ServerLog server = new ServerLog(3000);
        List<Long> pids;
        try (ThirdPartyStub stub = ThirdPartyStub.start(cfg.services(), streams, 1, clock::modelNanos);
                AppServer app = AppServer.start(cfg, stub, new LockedStream(streams.stream("cpu")), clock, server, 200, 0);
                ChildJvmUsers users = new ChildJvmUsers(TestUsersMain.child(name, 3), LiveTarget.resolve(app.uri(), false), 7,
                        1, 3000, 10_000 * MS, new StopSignal(), 5_000 * MS, 200, false, false)) {
            users.prepare();
            app.forgetWarmUp();
            UserRunner.Played played = users.play(clock);
            pids = users.pids();
            assertEquals(3, new HashSet<>(pids).size(), "three processes: " + pids);
            assertTrue(!pids.contains(ProcessHandle.current().pid()), "none of them this JVM: " + pids);
            ClientLog client = played.log();
            // The one-process schedule of the same seed, as wall instants.
            long[] schedule = new PoissonArrivals(((Arrivals.Open) cfg.users().arrivals()).rate(), cfg.duration().nanos(),
                    new RandomStreams(7).stream(StreamNames.ARRIVALS)).schedule(3001);
            List<Long> expected = new ArrayList<>();
            for (long at : schedule) {
                expected.add(clock.toWall(at / 1e9));
            }
            List<Long> intended = new ArrayList<>();
            int sent = 0;
            for (int id = 0; id < client.size(); id++) {
                if (!client.wasSent(id)) {
                    continue;
                }
                sent++;
                intended.add(client.intendedNanos(id));
                assertEquals(ClientOutcome.GOODPUT, client.outcome(id), "request " + id);
                assertEquals(ServerLog.Stage.SUCCEEDED, server.stage(id), "the server saw request " + id + " under its id");
            }
            intended.sort(null);
            assertTrue(expected.size() > 30, "enough intents to split: " + expected.size());
            assertEquals(expected, intended, "the three shares together are the one schedule, each intent once");
            assertEquals(expected.size(), sent);
            assertEquals(sent, server.worked(), "no id collided on the server");
            assertTrue(played.ownJvmCpuNanos() > 0, "the children's CPU is summed: " + played.ownJvmCpuNanos());
        }
        for (long pid : pids) {
            assertTrue(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "users' JVM " + pid + " still runs");
        }
    }

    @Test
    void aShareIsEveryNthIntentAndTheSharesIdBlocksNeverOverlap() {
        int capacity = 1000;
        List<UsersShare> shares = List.of(UsersShare.of(0, 3, capacity), UsersShare.of(1, 3, capacity),
                UsersShare.of(2, 3, capacity));
        for (long k = 0; k < 30; k++) {
            long owners = 0;
            for (UsersShare s : shares) {
                owners += s.plays(k) ? 1 : 0;
            }
            assertEquals(1, owners, "intent " + k + " has one share");
        }
        int block = UsersShare.block(3, capacity);
        for (int i = 0; i + 1 < shares.size(); i++) {
            assertTrue(shares.get(i).idBase() + block <= shares.get(i + 1).idBase(), "blocks " + i + " and " + (i + 1));
        }
        assertTrue(shares.getLast().idBase() + block <= capacity, "the last block within the cap");
        assertEquals(StreamNames.PATIENCE, UsersShare.WHOLE.streamName(StreamNames.PATIENCE), "one process: the usual stream");
        assertTrue(!shares.get(0).streamName(StreamNames.PATIENCE).equals(shares.get(1).streamName(StreamNames.PATIENCE)),
                "two shares never draw the same patience stream");
    }

    @Test
    void partsPlacedAtTheirBasesMakeOneLogWhoseUnfilledIdsStayUnsent() {
        ClientLog a = new ClientLog(10);
        ClientLog b = new ClientLog(10);
        for (int i = 0; i < 3; i++) {
            a.sent(a.reserve().getAsInt(), i, i + 1, false);
            b.sent(b.reserve().getAsInt(), 100 + i, 101 + i, i == 2);
        }
        a.resolved(0, ClientOutcome.GOODPUT, 50);
        b.resolved(1, ClientOutcome.REJECTED, 60);
        ClientLog merged = new ClientLog(20);
        merged.place(a, 0);
        merged.place(b, 10);
        assertEquals(13, merged.size());
        assertEquals(6, merged.sentCount(), "every part's requests, no more");
        assertEquals(ClientOutcome.GOODPUT, merged.outcome(0));
        assertEquals(ClientOutcome.REJECTED, merged.outcome(11));
        assertEquals(Optional.of(FailureClass.HTTP), merged.failure(11));
        assertEquals(101, merged.intendedNanos(11));
        assertTrue(merged.isRefresh(12) && !merged.wasSent(5), "the kinds kept, the gap unsent");
        assertEquals(13, merged.reserve().getAsInt(), "new ids come after the parts");
    }
}
