package dev.avalanche.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.result.RequestCounts;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
        assertTrue(v.result().elapsed() >= 0.249 && v.result().elapsed() < 1.0, "5 rounds of 50 ms, got " + v.result().elapsed());
        assertTrue(v.result().latency().p50() >= 0.05, "no answer before its 50 ms call: " + v.result().latency());
        assertTrue(v.complete());
        assertTrue(v.notes().stream().anyMatch(n -> n.contains("JVM of their own")), v.notes().toString());
    }

    @Test
    void aStopSignalEndsAChildJvmRunEarlyAndItsPartialResultsAreIncomplete() throws InterruptedException {
        // Unstopped, 5 users sending 1000 requests of 200 ms would take 40 s.
        StopSignal stop = new StopSignal();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(stop::stop, 1500, TimeUnit.MILLISECONDS);
            long t = System.nanoTime();
            LiveVariant v = run("closed:5:1000:0.2", OPTS.withStop(stop));
            double took = (System.nanoTime() - t) / 1e9;
            RequestCounts c = v.result().requests();
            LiveRunTest.assertConserved(c);
            assertFalse(v.complete());
            assertTrue(took < 1.5 + 5, "stopped 1.5 s in (after the JVM started), returned after " + took + " s");
            assertTrue(c.sent() >= 5 && c.sent() <= 60, "about 1.5 s of 25 req/s: " + c);
            assertTrue(c.goodput() >= c.sent() - 5, "the requests in flight at the stop were let finish: " + c);
            assertTrue(v.notes().stream().anyMatch(n -> n.contains("stopped early")), v.notes().toString());
        } finally {
            timer.shutdownNow();
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
        long t = System.nanoTime();
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> LiveRun.run("test", 7, "base",
                TestUsersMain.scenario("closed:1:1:0.01"), OPTS.withWallTimeCap(Duration.ofMillis(300))
                        .withUsers(TestUsersMain.child("hang"))));
        double took = (System.nanoTime() - t) / 1e9;
        assertTrue(e.getMessage().contains("overran the run's end"), e.getMessage());
        assertTrue(took < 0.3 + 1 + 5 + 4, "killed 5 s after the end, not left running: " + took + " s");
    }
}
