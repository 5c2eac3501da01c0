package dev.avalanche.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.bridge.internal.server.ServerLog;
import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.result.Verdict;
import dev.avalanche.models.sim.AvalancheRun;
import dev.avalanche.models.workload.PoissonArrivals;
import dev.avalanche.models.workload.StreamNames;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Short live runs on loopback, a few seconds each, whose assertions hold however busy the machine
 * is: counts, conservation, the order of events in the server's log, and lower bounds that physics
 * gives (a 200 ms call cannot answer before 200 ms; load only stretches time). How fast and how
 * faithful a live run is, is measured by {@code validate}, not asserted here. Each test still fails
 * when the mechanism it names is broken (a pool that does not limit, a generator that waits for
 * responses, an acceptor that does not serialise).
 */
class LiveRunTest {

    static final LiveOptions OPTS = LiveOptions.defaults().withWallTimeCap(Duration.ofSeconds(15)).withMaxRequests(5_000);

    private static LiveVariant run(Scenario s) throws InterruptedException {
        return run(s, new ServerLog(ServerLogs.CAPACITY));
    }

    /** Runs {@code s}, its built-in servers logging into {@code log}, and checks conservation. */
    static LiveVariant run(Scenario s, ServerLog log) throws InterruptedException {
        LiveVariant v = LiveRun.run("test", 7, "base", s.build(), OPTS, log);
        assertConserved(v.result().requests());
        return v;
    }

    static void assertConserved(RequestCounts c) {
        assertTrue(c.conserved(), "sent = goodput + failed + abandoned + timedOut + rejected + inFlight: " + c);
        assertEquals(c.sent() - c.intents(), c.refreshes(), "every request beyond an intent's first is a refresh: " + c);
    }

    /** Twenty users sending back to back, like {@code ab -c 20 -n requests}. */
    static Scenario twentyClientsOf200msCalls(Workers.Model model, int size, long requests) {
        return Scenario.closed(20, requests).workers(model, size).call(0.2);
    }

    @Test
    void tenThreadsServingTwentyClientsNeverServeMoreThanTenAtOnceAndTheOthersWait() throws InterruptedException {
        ServerLog log = new ServerLog(ServerLogs.CAPACITY);
        VariantResult r = run(twentyClientsOf200msCalls(Workers.Model.THREADS, 10, 100), log).result();
        assertEquals(r.requests().sent(), r.requests().goodput(), r.requests().toString());
        assertTrue(ServerLogs.mostAtOnce(log) <= 10, "never eleven requests at work, got " + ServerLogs.mostAtOnce(log));
        assertEquals(10, r.busyMax(), "every thread was taken, no more");
        assertTrue(r.queueMax() >= 1, "some users waited for a thread, queue max " + r.queueMax());
        // Some thread served 10 of the 100 requests, 200 ms each: the last answer came 2 s in or later.
        assertTrue(r.throughput() <= 50 * 1.001, "10 threads x 1 / 0.2 s = 50 req/s at most, got " + r.throughput());
    }

    @Test
    void virtualThreadsServeMoreThanTenOfTwentyClientsAtOnceAndNoneWaits() throws InterruptedException {
        VariantResult r = run(twentyClientsOf200msCalls(Workers.Model.VIRTUAL_THREADS, 0, 200)).result();
        assertEquals(r.requests().sent(), r.requests().goodput(), r.requests().toString());
        assertEquals(0, r.queueMax(), "an unbounded pool never queues");
        assertTrue(r.busyMax() > 10, "more than 10 requests were served at once, got " + r.busyMax());
    }

    @Test
    void closedLoopC10N50Of100msCallsOnTenThreadsTakesAtLeastFiveRoundsOfTheCall() throws InterruptedException {
        LiveVariant v = run(Scenario.closed(10, 50).workers(Workers.Model.THREADS, 10).call(0.1));
        VariantResult r = v.result();
        assertEquals(50, r.requests().goodput(), r.requests().toString());
        // Some user sent 5 of the 50 requests one after another, each waiting for its answer.
        assertTrue(r.elapsed() >= 0.5 * 0.999, "5 rounds of 100 ms at least, got " + r.elapsed() + " s");
        assertTrue(r.latency().p50() >= 0.1, "no response before its 100 ms call, p50 " + r.latency().p50());
        assertTrue(v.complete());
        assertEquals(Verdict.STABLE, r.verdict());
        assertTrue(v.cpuPerRequest() > 1e-6 && v.cpuPerRequest() < 0.1, "a request costs some CPU, far less than its"
                + " 100 ms call, got " + v.cpuPerRequest() + " s");
    }

    @Test
    void aStubThatAlwaysErrsMakesEveryRequestFailed() throws InterruptedException {
        Scenario s = Scenario.closed(5, 20).call(0.02);
        s.errors = 1.0;
        VariantResult r = run(s).result();
        assertEquals(20, r.requests().sent());
        assertEquals(20, r.requests().failed(), r.requests().toString());
        assertEquals(0, r.requests().completed());
        assertEquals(0, r.latency().count(), "error responses are never folded into latency");
        assertEquals(Verdict.COLLAPSED, r.verdict());
    }

    @Test
    void usersWhosePatienceIsShorterThanTheCallAbandonAndTheServerFinishesTheOrphans() throws InterruptedException {
        // A worker takes each request at once (unbounded), before its user's 250 ms are up; the call takes 750 ms.
        Scenario s = Scenario.closed(5, 10).workers(Workers.Model.VIRTUAL_THREADS, 0).call(0.75);
        s.patience = Optional.of(Distributions.constant(0.25));
        VariantResult r = run(s).result();
        assertEquals(10, r.requests().abandoned(), r.requests().toString());
        assertEquals(0, r.requests().goodput());
        assertEquals(10, r.requests().orphaned(), "the server worked on after its users left: " + r.requests());
    }

    /**
     * One thread, three users who leave after 250 ms, calls of 750 ms: the first is served (its worker
     * takes it at once), two wait for the thread, which reaches them long after their users left.
     */
    private static Scenario threeImpatientUsersOnOneThread(Servers.Abandoned abandoned) {
        // Patience long enough that even a loaded machine has written each request before its user leaves.
        Scenario s = Scenario.closed(3, 3).workers(Workers.Model.THREADS, 1).call(1.5);
        s.patience = Optional.of(Distributions.constant(0.5));
        s.abandoned = abandoned;
        return s;
    }

    @Test
    void aRequestWhoseUserLeftWhileItWaitedIsDiscardedUnworked() throws InterruptedException {
        VariantResult r = run(threeImpatientUsersOnOneThread(Servers.Abandoned.DISCARD)).result();
        RequestCounts c = r.requests();
        assertEquals(3, c.abandoned(), c.toString());
        assertEquals(2, c.discarded(), "the two that waited for the thread were thrown away: " + c);
        assertEquals(1, c.completed(), c.toString());
        assertEquals(1, c.orphaned(), "the first was served after its user left: " + c);
        assertEquals(1, r.latency().count(), "the orphan's latency is counted, from the server's log");
        assertTrue(r.latency().p50() >= 1.5, "one 1.5 s call, got " + r.latency().p50());
    }

    @Test
    void aServerThatServesAbandonedRequestsWorksOnEachInTurn() throws InterruptedException {
        ServerLog log = new ServerLog(ServerLogs.CAPACITY);
        VariantResult r = run(threeImpatientUsersOnOneThread(Servers.Abandoned.SERVE), log).result();
        RequestCounts c = r.requests();
        assertEquals(0, c.discarded(), c.toString());
        assertEquals(3, c.completed(), c.toString());
        assertEquals(3, c.orphaned(), c.toString());
        assertEquals(3, r.latency().count(), "every successful response counts, to a waiting user or not");
        assertEquals(1, ServerLogs.mostAtOnce(log), "one thread: each request started once the one before had ended");
        assertTrue(r.latency().max() >= 4.5, "the third waited for two calls of 1.5 s before its own, got " + r.latency().max());
    }

    @Test
    void abandoningUsersRefreshUpToTheirMaximum() throws InterruptedException {
        // Each attempt's user leaves after 100 ms, long before its 600 ms call could answer.
        Scenario s = Scenario.closed(5, 5).workers(Workers.Model.VIRTUAL_THREADS, 0).call(0.6);
        s.patience = Optional.of(Distributions.constant(0.1));
        s.refresh = new Users.Refresh(1.0, 2, Distributions.constant(0.01));
        VariantResult r = run(s).result();
        assertEquals(5, r.requests().intents());
        assertEquals(15, r.requests().sent(), "each intent: a first request and 2 refreshes");
        assertEquals(10, r.requests().refreshes());
        assertEquals(15, r.requests().abandoned());
        assertEquals(3.0, r.amplification(), 1e-9);
    }

    @Test
    void theOpenLoopSendsOnItsScheduleHoweverSlowTheServer() throws InterruptedException {
        Scenario s = Scenario.open(40, 1.0).workers(Workers.Model.THREADS, 1).call(0.2);
        long[] schedule = new PoissonArrivals(Profile.constant(40), SimDuration.ofSeconds(1).nanos(),
                new RandomStreams(7).stream(StreamNames.ARRIVALS)).schedule(10_000);
        LiveVariant v = run(s);
        RequestCounts c = v.result().requests();
        assertEquals(schedule.length, c.intents(), "the seeded schedule's intents");
        assertEquals(schedule.length, c.sent(), "every intent was sent though the server serves 5 req/s: " + c);
        // One thread of 200 ms calls answers 5 at most in the run's second, so a loop that waited for each
        // answer before its next send could send 6 at most in it: the schedule, not the server, decides.
        assertTrue(c.goodput() <= 5, "one thread of 200 ms calls answers 5 in a second at most: " + c);
        double[] sent = v.result().timeline().column("sent");
        double inTheSecond = Arrays.stream(sent, 0, Math.min(10, sent.length)).sum();
        assertTrue(inTheSecond > 6, "more sent in the second than answers allowed: " + Arrays.toString(sent));
        assertEquals(c.sent() - c.goodput(), c.inFlight(), "the rest still waited when the traffic ended: " + c);
        assertTrue(v.result().latency().p50() >= v.rawLatency().p50(), "from the intended send, never shorter than raw");
        assertTrue(v.complete());
    }

    @Test
    void theOpenLoopDrawsTheSimulatorsIntentsAndFillsTheSimulatorsTimelineColumns() throws InterruptedException {
        ModelConfig cfg = Scenario.open(30, 0.5).workers(Workers.Model.VIRTUAL_THREADS, 0).call(0.01).build();
        VariantResult sim = new AvalancheRun(cfg, new RandomStreams(11)).run("base");
        VariantResult live = LiveRun.run("test", 11, "base", cfg, OPTS).result();
        assertConserved(live.requests());
        assertEquals(sim.requests().intents(), live.requests().intents(), "common random numbers: the same arrivals stream");
        assertEquals(sim.timeline().names(), live.timeline().names());
        assertEquals(sim.timeline().intervalSeconds(), live.timeline().intervalSeconds());
    }

    @Test
    void greenletsRunTheCpuBurstsOfAProcessOneAtATime() throws InterruptedException {
        Scenario s = Scenario.closed(10, 10).workers(Workers.Model.GREENLETS, 10);
        s.calls = 0;
        s.cpu = Optional.of(Distributions.constant(0.05));
        VariantResult r = run(s).result();
        assertEquals(10, r.requests().goodput());
        // 500 ms of the one carrier's CPU time; side by side on two cores it could take 250 ms.
        assertTrue(r.elapsed() >= 0.45, "10 bursts of 50 ms one after another, got " + r.elapsed() + " s");
    }

    @Test
    void platformThreadsBurnCpuTimeSoTheirBurstsShareTheCores() throws InterruptedException {
        Scenario s = Scenario.closed(10, 10).workers(Workers.Model.THREADS, 10);
        s.calls = 0;
        s.cpu = Optional.of(Distributions.constant(0.05));
        VariantResult r = run(s).result();
        assertEquals(10, r.requests().goodput());
        double floor = 0.9 * 10 * 0.05 / Runtime.getRuntime().availableProcessors();
        assertTrue(r.elapsed() >= floor, "500 ms of CPU on " + Runtime.getRuntime().availableProcessors()
                + " processors takes at least " + floor + " s (a wall-clock burn would take 50 ms), got " + r.elapsed());
    }

    @Test
    void aRequestFindingTheAcceptQueueFullIsRejected() throws InterruptedException {
        Scenario s = Scenario.closed(10, 10).workers(Workers.Model.THREADS, 1).call(0.05);
        // Users 5 ms apart, so that the kernel's own backlog never overflows: the queue's limit decides.
        s.arrivals = new Arrivals.Closed(10, 10, null, SimDuration.ofMillis(45));
        // The first call, taken up in the first second, lasts 2 s: every user arrives while it holds the thread.
        s.degradation = new Profile(List.of(new Profile.Point(SimDuration.ZERO, 40),
                new Profile.Point(SimDuration.ofSeconds(1), 40), new Profile.Point(SimDuration.ofSeconds(1), 1)));
        s.backlog = 4;
        RequestCounts c = run(s).result().requests();
        assertEquals(4, c.rejected(), "1 busy worker and backlog + 1 = 5 places in the queue for 10 users: " + c);
        assertEquals(6, c.goodput(), c.toString());
    }

    @Test
    void withFirstAloneTheOtherUsersStartOnlyOnceTheLoneFirstRequestWasAnswered() throws InterruptedException {
        Scenario s = Scenario.closed(5, 10).workers(Workers.Model.THREADS, 10).call(0.2);
        s.arrivals = new Arrivals.Closed(5, 10, null, SimDuration.ZERO, true);
        ServerLog log = new ServerLog(ServerLogs.CAPACITY);
        RequestCounts c = run(s, log).result().requests();
        assertEquals(10, c.goodput(), c.toString());
        int[] ids = ServerLogs.servedIds(log).toArray();
        int first = ServerLogs.servedIds(log).boxed().min((a, b) -> Long.compare(log.receivedNanos(a), log.receivedNanos(b)))
                .orElseThrow();
        // Its response left after its 200 ms call (the stub never answers early), and only then did the others start.
        long answeredNoSoonerThan = log.startedNanos(first) + 200_000_000L;
        for (int id : ids) {
            if (id != first) {
                assertTrue(log.receivedNanos(id) >= answeredNoSoonerThan, "request " + id + " reached the server "
                        + (answeredNoSoonerThan - log.receivedNanos(id)) / 1e6 + " ms before the lone first could be answered");
            }
        }
    }

    /**
     * One thread, a queue of one, three users of 500 ms calls 10 ms apart: the third finds the first in
     * service and the second waiting, the queue full. (A dropped SYN's return, 1 s later, finds the
     * first done and the queue free again.)
     */
    private static Scenario threeUsersOnOneThreadAndAQueueOfOne(Servers.Overflow overflow) {
        Scenario s = Scenario.closed(3, 3).workers(Workers.Model.THREADS, 1).call(0.5);
        s.arrivals = new Arrivals.Closed(3, 3, null, SimDuration.ofMillis(20));
        s.backlog = 0;
        s.overflow = overflow;
        return s;
    }

    @Test
    void aDroppedSynComesBackAfterASecondAndIsServed() throws InterruptedException {
        VariantResult r = run(threeUsersOnOneThreadAndAQueueOfOne(Servers.Overflow.DROP)).result();
        RequestCounts c = r.requests();
        assertEquals(3, c.goodput(), c.toString());
        assertEquals(0, c.rejected(), c.toString());
        // Once at least; again only if the first's call outlasted a second of a busy machine's wall time.
        assertTrue(c.synRetransmissions() >= 1, "the third user's SYN was dropped: " + c);
        assertTrue(r.latency().max() >= 1.5, "back after 1 s at least, then its 500 ms call, got " + r.latency().max());
    }

    @Test
    void aResetOverflowRefusesTheThirdAtOnce() throws InterruptedException {
        RequestCounts c = run(threeUsersOnOneThreadAndAQueueOfOne(Servers.Overflow.RESET)).result().requests();
        assertEquals(1, c.rejected(), c.toString());
        assertEquals(0, c.synRetransmissions(), c.toString());
    }

    @Test
    void aProcessAcceptsOneRequestAtATimeWhenAcceptingCostsTimeAsTheSimulatorSays() throws InterruptedException {
        Scenario s = Scenario.closed(5, 5).workers(Workers.Model.THREADS, 10).call(0.01);
        s.accept = SimDuration.ofMillis(50);
        VariantResult sim = new AvalancheRun(s.build(), new RandomStreams(7)).run("base");
        assertEquals(0.16, sim.latency().mean(), 0.005, "accepted at 0, 50 ... 200 ms, then 10 ms each");
        ServerLog log = new ServerLog(ServerLogs.CAPACITY);
        VariantResult live = run(s, log).result();
        assertEquals(5, live.requests().goodput(), live.requests().toString());
        // The k-th request a worker started had waited for k accepts of 50 ms, one after another.
        long[] starts = ServerLogs.startsInOrder(log);
        long first = ServerLogs.firstReceived(log);
        for (int k = 0; k < starts.length; k++) {
            assertTrue(starts[k] - first >= (k + 1) * 50_000_000L, "request " + (k + 1) + " started "
                    + (starts[k] - first) / 1e6 + " ms after the first arrived: " + Arrays.toString(starts));
        }
        // Live can only be slower than the model's ideal, never faster (histogram precision aside).
        assertTrue(live.latency().mean() >= sim.latency().mean() * 0.99, "live mean " + live.latency().mean()
                + " s below the model's " + sim.latency().mean());
        assertTrue(live.latency().max() >= 0.25, "the fifth waited for four accepts, got " + live.latency().max());
    }

    @Test
    void aTimeScaleOfFourReportsScenarioTime() throws InterruptedException {
        LiveVariant v = LiveRun.run("test", 7, "k4", Scenario.closed(10, 20).workers(Workers.Model.VIRTUAL_THREADS, 0)
                .call(0.4).build(), OPTS.withTimeScale(4));
        assertConserved(v.result().requests());
        assertEquals(4, v.timeScale());
        assertEquals(20, v.result().requests().goodput(), v.result().requests().toString());
        assertTrue(v.wallSeconds() >= 0.2, "2 rounds of 100 ms on the wire at least, got " + v.wallSeconds() + " s");
        assertTrue(v.result().latency().p50() >= 0.39, "latency reads in scenario time (400 ms calls, 100 ms on the"
                + " wire), got " + v.result().latency().p50());
    }

    @Test
    void aRunCutByTheWallTimeCapIsIncompleteAndSendsNothingAfterIt() throws InterruptedException {
        Scenario s = Scenario.closed(5, 1000).workers(Workers.Model.VIRTUAL_THREADS, 0).call(0.2);
        LiveVariant v = LiveRun.run("test", 7, "base", s.build(), OPTS.withWallTimeCap(Duration.ofMillis(500)));
        RequestCounts c = v.result().requests();
        assertConserved(c);
        assertFalse(v.complete());
        // A user's fourth request could start 600 ms in at the earliest, after the 500 ms cap.
        assertTrue(c.sent() >= 1 && c.sent() <= 15, "3 requests per user at most before the cap: " + c);
        assertTrue(c.inFlight() <= 5, "one request per user at most still waiting at the cap: " + c);
    }

    @Test
    void aRequestStillUnansweredAtTheWallTimeCapIsInFlight() throws InterruptedException {
        // Calls of 2 s against a cap of 500 ms: no answer can come before the cap.
        Scenario s = Scenario.closed(5, 1000).workers(Workers.Model.VIRTUAL_THREADS, 0).call(2.0);
        LiveVariant v = LiveRun.run("test", 7, "base", s.build(), OPTS.withWallTimeCap(Duration.ofMillis(500)));
        RequestCounts c = v.result().requests();
        assertConserved(c);
        assertFalse(v.complete());
        assertTrue(c.sent() >= 1 && c.sent() <= 5, "one request per user, its answer due after the cap: " + c);
        assertEquals(c.sent(), c.inFlight(), "every request was still waiting at the cap: " + c);
    }

    @Test
    void aRunThatReachesTheRequestCapIsIncompleteAndSendsNoMore() throws InterruptedException {
        Scenario s = Scenario.closed(5, 1000).workers(Workers.Model.VIRTUAL_THREADS, 0).call(0.01);
        LiveVariant v = LiveRun.run("test", 7, "base", s.build(), OPTS.withMaxRequests(20));
        assertConserved(v.result().requests());
        assertFalse(v.complete());
        assertEquals(20, v.result().requests().sent());
        assertEquals(20, v.result().requests().goodput());
    }

    @Test
    void liveVariantsWrapIntoALiveRunResult() {
        RunResult none = LiveRun.toRunResult("s", 3, List.of());
        assertEquals("live", none.mode());
        assertTrue(none.complete());
    }
}
