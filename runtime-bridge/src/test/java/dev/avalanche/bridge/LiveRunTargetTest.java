package dev.avalanche.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.bridge.internal.run.Eventually;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.bridge.internal.run.LockedStream;
import dev.avalanche.bridge.internal.server.AppServer;
import dev.avalanche.bridge.internal.server.ServerLog;
import dev.avalanche.bridge.internal.stub.ThirdPartyStub;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.VariantResult;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@code --target}: the users load a server that is not the run's own, measured from their side
 * only (completed: the successful responses they received). The target here is an app server of
 * ours started by the test, so its log can say what it received. And a stop signal ends an in-process run early.
 */
class LiveRunTargetTest {

    private static final LiveOptions OPTS = LiveOptions.defaults().withWallTimeCap(Duration.ofSeconds(15)).withMaxRequests(5_000);

    @Test
    void aTargetReceivesEveryRequestTheUsersSendAndTheResultCountsOnlyWhatTheUsersSaw() throws Exception {
        ModelConfig cfg = Scenario.closed(5, 30).workers(Workers.Model.THREADS, 5).call(0.05).build();
        RandomStreams streams = new RandomStreams(3);
        LiveClock theirClock = new LiveClock(1);
        ServerLog theirLog = new ServerLog(ServerLogs.CAPACITY);
        try (ThirdPartyStub theirStub = ThirdPartyStub.start(cfg.services(), streams, 1, theirClock::modelNanos);
                AppServer theirs = AppServer.start(cfg, theirStub, new LockedStream(streams.stream("cpu")), theirClock, theirLog,
                        10, 0)) {
            LiveTarget target = LiveTarget.resolve(theirs.uri(), false);
            LiveVariant v = LiveRun.run("test", 7, "base", cfg, OPTS.withTarget(Optional.of(target)));
            VariantResult r = v.result();
            RequestCounts c = r.requests();
            LiveRunTest.assertConserved(c);
            assertEquals(30, c.goodput(), c.toString());
            assertEquals(30, ServerLogs.servedIds(theirLog).count(), "the target's own log: every request the users sent, by its id");
            assertEquals(30, c.completed(), "completed counts the successful responses the users received");
            assertTrue(r.throughput() > 0, "throughput follows completed, got " + r.throughput());
            assertEquals(0, r.busyMax());
            assertTrue(r.elapsed() >= 0.29, "6 rounds of 50 ms calls, got " + r.elapsed());
            assertTrue(v.notes().stream().anyMatch(n -> n.contains("external server")), v.notes().toString());
            assertTrue(v.complete());
        }
    }

    @Test
    void aStopSignalEndsAnInProcessRunSendingNothingMoreAndLettingTheRequestsInFlightFinish() throws Exception {
        StopSignal stop = new StopSignal();
        ServerLog log = new ServerLog(ServerLogs.CAPACITY);
        ModelConfig cfg = Scenario.closed(5, 1000).workers(Workers.Model.VIRTUAL_THREADS, 0).call(0.2).build();
        try (ExecutorService runner = Executors.newVirtualThreadPerTaskExecutor()) {
            // Unstopped, it would take 40 s, within the cap of 60 s.
            Future<LiveVariant> run = runner.submit(() -> LiveRun.run("test", 7, "base", cfg,
                    OPTS.withWallTimeCap(Duration.ofSeconds(60)).withStop(stop), log));
            assertTrue(Eventually.holds(() -> log.worked() >= 5 || run.isDone()), "the server never saw 5 requests");
            stop.stop();
            int started = log.worked();
            LiveVariant v = run.get();
            RequestCounts c = v.result().requests();
            LiveRunTest.assertConserved(c);
            assertFalse(v.complete());
            // Each of the 5 users sent its next request only after its previous one's answer, and the server logs
            // a request started before it answers: before the stop, the users sent what the server had started, plus
            // at most one each; after it, nothing.
            assertTrue(c.sent() >= 5 && c.sent() <= started + 5, started + " started at the stop: " + c);
            assertEquals(c.sent(), c.goodput(), "the requests in flight at the stop finished within the grace: " + c);
        }
    }
}
