package dev.avalanche.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.bridge.internal.run.Eventually;
import dev.avalanche.bridge.internal.server.ServerLog;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.sim.AvalancheRun;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The users in a JVM of their own: they play the same traffic, stop when told, and never outlive
 * the run, whether it ends well, is stopped, or the child misbehaves. Each test starts a JVM (about
 * half a second on two cores).
 */
class LiveRunChildJvmTest {

    private static final LiveOptions OPTS = LiveOptions.defaults().withWallTimeCap(Duration.ofSeconds(15)).withMaxRequests(5_000);

    @AfterEach
    void noChildProcessOutlivesTheRun() throws InterruptedException {
        // The JVM's own helpers aside, every process this test JVM started must be gone.
        List<ProcessHandle> left = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        assertTrue(left.isEmpty(), "still running after the run: " + left.stream().map(p -> p.info().commandLine()).toList());
    }

    private static LiveVariant run(String scenario, LiveOptions opts) throws InterruptedException {
        return LiveRun.run("test", 7, "base", TestUsersMain.scenario(scenario), opts.withUsers(TestUsersMain.child(scenario)));
    }

    @Test
    void usersInAChildJvmPlayTenClientsOfFiftyRequestsInFiveRoundsOf50Milliseconds() throws InterruptedException {
        LiveVariant v = run("closed:10:50:0.05", OPTS);
        RequestCounts c = v.result().requests();
        LiveRunTest.assertConserved(c);
        assertEquals(50, c.goodput(), c.toString());
        assertEquals(50, c.completed(), "the built-in server saw every request complete: " + c);
        assertTrue(v.result().elapsed() >= 0.249, "5 rounds of 50 ms at least, got " + v.result().elapsed());
        assertTrue(v.result().latency().p50() >= 0.05, "no answer before its 50 ms call: " + v.result().latency());
        assertTrue(v.complete());
        assertTrue(v.notes().stream().anyMatch(n -> n.contains("JVM of their own")), v.notes().toString());
    }

    @Test
    void aStopSignalEndsAChildJvmRunEarlyAndItsPartialResultsAreIncomplete() throws Exception {
        // Unstopped, 5 users sending 1000 requests of 200 ms would take 40 s, within the cap of 60 s.
        StopSignal stop = new StopSignal();
        ServerLog log = new ServerLog(ServerLogs.CAPACITY);
        LiveOptions opts = OPTS.withWallTimeCap(Duration.ofSeconds(60)).withStop(stop)
                .withUsers(TestUsersMain.child("closed:5:1000:0.2"));
        try (ExecutorService runner = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<LiveVariant> run = runner.submit(() -> LiveRun.run("test", 7, "base",
                    TestUsersMain.scenario("closed:5:1000:0.2"), opts, log));
            // The stop comes once the server has worked on a few requests, however long the child took to start.
            assertTrue(Eventually.holds(() -> log.worked() >= 5 || run.isDone()), "the server never saw 5 requests");
            stop.stop();
            LiveVariant v = run.get();
            RequestCounts c = v.result().requests();
            LiveRunTest.assertConserved(c);
            assertFalse(v.complete());
            assertTrue(c.sent() >= 5 && c.sent() < 1000, "stopped after the first requests, before the last: " + c);
            assertTrue(c.goodput() >= c.sent() - 5, "the requests in flight at the stop were let finish: " + c);
            assertTrue(v.notes().stream().anyMatch(n -> n.contains("stopped early")), v.notes().toString());
        }
    }

    @Test
    void aChildThatFailsToStartFailsTheRunWithItsLastWords() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> LiveRun.run("test", 7, "base",
                TestUsersMain.scenario("closed:1:1:0.01"), OPTS.withUsers(TestUsersMain.child("fail"))));
        assertTrue(e.getMessage().contains("did not get ready") && e.getMessage().contains("no scenario called fail"),
                e.getMessage());
    }

    @Test
    void aChildThatOverrunsTheRunsEndIsKilledAndTheRunFailsSayingSo() {
        // The child says ready, then sleeps ten minutes: the run ends, kills it (noChildProcessOutlivesTheRun) and fails.
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> LiveRun.run("test", 7, "base",
                TestUsersMain.scenario("closed:1:1:0.01"), OPTS.withWallTimeCap(Duration.ofMillis(300))
                        .withUsers(TestUsersMain.child("hang"))));
        assertTrue(e.getMessage().contains("overran the run's end"), e.getMessage());
    }

    @Test
    void usersSplitAcrossThreeJvmsPlayTheSimulatorsIntentsAndEveryRequestIsAccountedFor() throws InterruptedException {
        String name = "open:60:1:0.02";
        VariantResult sim = new AvalancheRun(TestUsersMain.scenario(name), new RandomStreams(7)).run("base");
        ServerLog log = new ServerLog(ServerLogs.CAPACITY);
        LiveVariant v = LiveRun.run("test", 7, "base", TestUsersMain.scenario(name),
                OPTS.withUsers(TestUsersMain.child(name, 3)), log);
        RequestCounts c = v.result().requests();
        LiveRunTest.assertConserved(c);
        assertEquals(sim.requests().intents(), c.intents(), "the three shares together: the one schedule of seed 7");
        // Without a drain, a request not answered when its users' JVM ends is in flight at the end
        // (how many depends on how busy the machine is). Its connection closes with that JVM, so the
        // server works it or, if it reads it only after the close, discards it (seen beside busy loops).
        assertEquals(c.sent(), c.goodput() + c.inFlight(), "every request answered or in flight at the end: " + c);
        assertEquals(c.sent(), log.worked() + c.discarded(), "the server took each under an id of its own, once: " + c);
        assertTrue(c.discarded() <= c.inFlight(), "only a request still in flight at the end is discarded (no user here gives up): " + c);
        assertTrue(v.complete());
    }

    @Test
    void aStopEndsEveryUsersJvmAndNoneOutlivesTheRun() throws Exception {
        StopSignal stop = new StopSignal();
        ServerLog log = new ServerLog(ServerLogs.CAPACITY);
        String name = "open:40:60:0.05";
        LiveOptions opts = OPTS.withWallTimeCap(Duration.ofSeconds(60)).withStop(stop).withUsers(TestUsersMain.child(name, 2));
        try (ExecutorService runner = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<LiveVariant> run = runner.submit(() -> LiveRun.run("test", 7, "base", TestUsersMain.scenario(name), opts, log));
            assertTrue(Eventually.holds(() -> log.worked() >= 10 || run.isDone()), "the server never saw 10 requests");
            stop.stop();
            LiveVariant v = run.get();
            LiveRunTest.assertConserved(v.result().requests());
            assertFalse(v.complete());
            assertTrue(v.result().requests().sent() >= 10, v.result().requests().toString());
        }
        // noChildProcessOutlivesTheRun checks that both users' JVMs are gone.
    }

    @Test
    void twoServersInJvmsOfTheirOwnAndTwoUsersJvmsAccountForEveryRequest() throws InterruptedException {
        String name = "open:60:1:0.02:2";
        ServerLog log = new ServerLog(ServerLogs.CAPACITY);
        LiveVariant v = LiveRun.run("test", 7, "base", TestUsersMain.scenario(name),
                OPTS.withUsers(TestUsersMain.child(name, 2)).withServers(TestUsersMain.servers(name)), log);
        RequestCounts c = v.result().requests();
        LiveRunTest.assertConserved(c);
        assertEquals(c.sent(), c.goodput() + c.inFlight(), "every request answered or in flight at the end: " + c);
        // A request in flight when its users' JVM ends may still be worked, discarded (read after the
        // close) or, when the servers' JVMs stop first, unfinished in their logs (seen beside busy loops).
        assertTrue(c.completed() >= c.goodput(), "every answer the users got is a request a server completed: " + c);
        assertTrue(c.completed() + c.discarded() <= c.sent(), "no request completed or discarded twice: " + c);
        assertTrue(c.sent() - c.completed() - c.discarded() <= c.inFlight(),
                "a request the servers' logs do not hold as finished was in flight at the end: " + c);
        assertEquals(2, v.takenByServer().size());
        long taken = v.takenByServer().get(0) + v.takenByServer().get(1);
        assertTrue(taken >= c.completed() + c.discarded() && taken <= c.sent(), "the two servers took each at most once: " + taken + " " + c);
        assertTrue(c.sent() - taken <= c.inFlight(), "a request the servers never took was in flight at the end: " + taken + " " + c);
        assertTrue(v.takenByServer().get(0) > 0 && v.takenByServer().get(1) > 0, "round-robin gave both some: " + v.takenByServer());
        assertTrue(v.notes().stream().anyMatch(n -> n.contains("each in a JVM of its own")), v.notes().toString());
    }

    @Test
    void aStopEndsTheServersJvmsTooAndTheirLogsStillCount() throws Exception {
        StopSignal stop = new StopSignal();
        ServerLog log = new ServerLog(ServerLogs.CAPACITY);
        String name = "open:40:60:0.05:2";
        LiveOptions opts = OPTS.withWallTimeCap(Duration.ofSeconds(60)).withStop(stop).withUsers(TestUsersMain.child(name, 1))
                .withServers(TestUsersMain.servers(name));
        try (ExecutorService runner = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<LiveVariant> run = runner.submit(() -> LiveRun.run("test", 7, "base", TestUsersMain.scenario(name), opts, log));
            // The servers' log is read back only at the end: the stop comes after a second of traffic.
            Thread.sleep(8_000);
            stop.stop();
            LiveVariant v = run.get();
            RequestCounts c = v.result().requests();
            LiveRunTest.assertConserved(c);
            assertFalse(v.complete());
            assertTrue(c.sent() > 0 && c.completed() > 0, "the servers' logs were read back after the stop: " + c);
        }
        // noChildProcessOutlivesTheRun checks that every child JVM is gone.
    }

    @Test
    void aServersJvmThatFailsToStartFailsTheRunWithItsLastWordsAndLeavesNoProcess() {
        // "fail" is no scenario: each server's JVM dies reading it; the run fails naming the first, and kills the other.
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> LiveRun.run("test", 7, "base",
                TestUsersMain.scenario("closed:1:1:0.01:2"), OPTS.withServers(TestUsersMain.servers("fail"))));
        assertTrue(e.getMessage().contains("app server 1's JVM did not answer 'ready'") && e.getMessage().contains("it exited"),
                e.getMessage());
    }
}
