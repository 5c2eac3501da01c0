package dev.avalanche.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.avalanche.bridge.internal.ArrivalSchedule;
import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.Balancer;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.sim.AvalancheRun;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.result.Verdict;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Short live runs on loopback, a few seconds each. Bounds are loose enough for a shared two-core
 * machine, yet each fails when the mechanism it names is wrong (a pool that does not limit, a
 * generator that waits for responses, a lock that does not serialise).
 */
class LiveRunTest {

    private static final LiveOptions OPTS = LiveOptions.defaults().withWallTimeCap(Duration.ofSeconds(15)).withMaxRequests(5_000);

    private static LiveVariant run(Scenario s) throws InterruptedException {
        LiveVariant v = LiveRun.run("test", 7, "base", s.build(), OPTS);
        assertConserved(v.result().requests());
        return v;
    }

    static void assertConserved(RequestCounts c) {
        assertTrue(c.conserved(), "sent = goodput + failed + abandoned + timedOut + rejected + inFlight: " + c);
        assertEquals(c.sent() - c.intents(), c.refreshes(), "every request beyond an intent's first is a refresh: " + c);
    }

    /**
     * A fresh JVM interprets the request path for its first few hundred requests; on a busy
     * two-core machine that costs a tenth of a second or more, which rate figures must not measure.
     */
    @BeforeAll
    static void warmTheJvm() throws InterruptedException {
        for (Workers.Model m : Workers.Model.values()) {
            LiveRun.run("warm-up", 1, m.name(), Scenario.closed(20, 200).workers(m, 20).call(0.001).build(), OPTS);
        }
    }

    /** Twenty users sending back to back, like {@code ab -c 20 -n requests}. */
    private static Scenario twentyClientsOf200msCalls(Workers.Model model, int size, long requests) {
        return Scenario.closed(20, requests).workers(model, size).call(0.2);
    }

    @Test
    void tenThreadsServingTwentyClientsOf200msCallsCannotExceedFiftyRequestsPerSecond() throws InterruptedException {
        VariantResult r = run(twentyClientsOf200msCalls(Workers.Model.THREADS, 10, 100)).result();
        assertEquals(r.requests().sent(), r.requests().goodput(), r.requests().toString());
        assertTrue(r.throughput() < 55, "10 threads x 1 / 0.2 s = 50 req/s at most, got " + r.throughput());
        assertTrue(r.throughput() > 25, "the pool still served, got " + r.throughput());
        assertTrue(r.queueMax() >= 5, "the other 10 clients waited for a thread, queue max " + r.queueMax());
        assertTrue(r.busyMax() <= 10, "never more than 10 busy threads, got " + r.busyMax());
    }

    @Test
    void virtualThreadsServingTwentyClientsOf200msCallsExceedEightyRequestsPerSecond() throws InterruptedException {
        VariantResult r = run(twentyClientsOf200msCalls(Workers.Model.VIRTUAL_THREADS, 0, 200)).result();
        assertEquals(r.requests().sent(), r.requests().goodput(), r.requests().toString());
        assertTrue(r.throughput() > 80, "20 clients / 0.2 s = 100 req/s when nothing queues, got " + r.throughput());
        assertTrue(r.busyMax() > 10, "more than 10 requests were served at once, got " + r.busyMax());
    }

    @Test
    void closedLoopC10N50Of100msCallsOnTenThreadsTakesAboutHalfASecond() throws InterruptedException {
        LiveVariant v = run(Scenario.closed(10, 50).workers(Workers.Model.THREADS, 10).call(0.1));
        VariantResult r = v.result();
        assertEquals(50, r.requests().goodput(), r.requests().toString());
        assertTrue(r.elapsed() >= 0.45 && r.elapsed() <= 1.5, "5 rounds of 100 ms, got " + r.elapsed() + " s");
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
        Scenario s = Scenario.closed(5, 10).workers(Workers.Model.VIRTUAL_THREADS, 0).call(0.3);
        s.patience = Optional.of(Distributions.constant(0.05));
        VariantResult r = run(s).result();
        assertEquals(10, r.requests().abandoned(), r.requests().toString());
        assertEquals(0, r.requests().goodput());
        assertEquals(10, r.requests().orphaned(), "the server worked on after its users left: " + r.requests());
    }

    /** One thread, three users who leave after 100 ms, calls of 300 ms: the first is served, two wait for the thread. */
    private static Scenario threeImpatientUsersOnOneThread(Servers.Abandoned abandoned) {
        Scenario s = Scenario.closed(3, 3).workers(Workers.Model.THREADS, 1).call(0.3);
        s.patience = Optional.of(Distributions.constant(0.1));
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
        assertTrue(r.latency().p50() >= 0.29 && r.latency().p50() < 0.6, "one 300 ms call, got " + r.latency().p50());
    }

    @Test
    void aServerThatServesAbandonedRequestsWorksOnEachInTurn() throws InterruptedException {
        VariantResult r = run(threeImpatientUsersOnOneThread(Servers.Abandoned.SERVE)).result();
        RequestCounts c = r.requests();
        assertEquals(0, c.discarded(), c.toString());
        assertEquals(3, c.completed(), c.toString());
        assertEquals(3, c.orphaned(), c.toString());
        assertEquals(3, r.latency().count(), "every successful response counts, to a waiting user or not");
        assertTrue(r.latency().max() >= 0.89, "the third waited for two calls of 300 ms before its own, got " + r.latency().max());
    }

    @Test
    void abandoningUsersRefreshUpToTheirMaximum() throws InterruptedException {
        Scenario s = Scenario.closed(5, 5).workers(Workers.Model.VIRTUAL_THREADS, 0).call(0.3);
        s.patience = Optional.of(Distributions.constant(0.05));
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
        long[] schedule = ArrivalSchedule.poisson(Profile.constant(40), SimDuration.ofSeconds(1).nanos(),
                new RandomStreams(7).stream("arrivals"), 10_000);
        LiveVariant v = run(s);
        RequestCounts c = v.result().requests();
        assertEquals(schedule.length, c.intents(), "the seeded schedule's intents");
        assertEquals(schedule.length, c.sent(), "every intent was sent though the server serves 5 req/s: " + c);
        assertTrue(c.inFlight() >= schedule.length / 2, "most still waited when the traffic ended: " + c);
        double[] sent = v.result().timeline().column("sent");
        double lastQuarter = Arrays.stream(sent, 7, Math.min(10, sent.length)).sum();
        assertTrue(lastQuarter >= 4, "sends went on to the end of the second, not held back: " + Arrays.toString(sent));
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
        assertTrue(r.elapsed() >= 0.45, "10 bursts of 50 ms one after another, got " + r.elapsed() + " s");
    }

    @Test
    void virtualThreadsRunCpuBurstsSideBySide() throws InterruptedException {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two processors to show parallel bursts");
        Scenario s = Scenario.closed(10, 10).workers(Workers.Model.VIRTUAL_THREADS, 10);
        s.calls = 0;
        s.cpu = Optional.of(Distributions.constant(0.05));
        VariantResult r = run(s).result();
        assertEquals(10, r.requests().goodput());
        assertTrue(r.elapsed() < 0.45, "10 bursts of 50 ms on 2 carriers or more, got " + r.elapsed() + " s");
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
    void greenletsOverlapTheirIoWaits() throws InterruptedException {
        Scenario s = Scenario.closed(10, 10).workers(Workers.Model.GREENLETS, 10).call(0.3);
        s.cpu = Optional.of(Distributions.constant(0.005));
        VariantResult r = run(s).result();
        assertEquals(10, r.requests().goodput());
        assertTrue(r.elapsed() < 0.9, "10 calls of 300 ms at once, not one after another (3 s), got " + r.elapsed() + " s");
    }

    @Test
    void aGreenletsParallelCallsSpawnedOnItsHubStillOverlap() throws InterruptedException {
        Scenario s = Scenario.closed(2, 4).workers(Workers.Model.GREENLETS, 2).call(0.2);
        s.calls = 3;
        s.mode = RequestWork.Call.Mode.PARALLEL;
        VariantResult r = run(s).result();
        assertEquals(4, r.requests().goodput(), r.requests().toString());
        assertTrue(r.latency().max() < 0.45, "3 calls of 200 ms at once, not one after another, got " + r.latency().max());
    }

    @Test
    void aRequestFindingTheAcceptQueueFullIsRejected() throws InterruptedException {
        Scenario s = Scenario.closed(10, 10).workers(Workers.Model.THREADS, 1).call(0.3);
        // Users 5 ms apart, so that the kernel's own backlog never overflows: the queue's limit decides.
        s.arrivals = new Arrivals.Closed(10, 10, null, SimDuration.ofMillis(45));
        s.backlog = 4;
        RequestCounts c = run(s).result().requests();
        assertEquals(4, c.rejected(), "1 busy worker and backlog + 1 = 5 places in the queue for 10 users: " + c);
        assertEquals(6, c.goodput(), c.toString());
    }

    /** One thread, a queue of one, three users of 300 ms calls at once: the third finds the queue full. */
    private static Scenario threeUsersOnOneThreadAndAQueueOfOne(Servers.Overflow overflow) {
        Scenario s = Scenario.closed(3, 3).workers(Workers.Model.THREADS, 1).call(0.3);
        s.arrivals = new Arrivals.Closed(3, 3, null, SimDuration.ofMillis(20));
        s.backlog = 0;
        s.overflow = overflow;
        return s;
    }

    @Test
    void aDroppedSynComesBackASecondLaterAndIsServed() throws InterruptedException {
        VariantResult r = run(threeUsersOnOneThreadAndAQueueOfOne(Servers.Overflow.DROP)).result();
        RequestCounts c = r.requests();
        assertEquals(3, c.goodput(), c.toString());
        assertEquals(0, c.rejected(), c.toString());
        assertEquals(1, c.synRetransmissions(), "the third user's SYN was dropped once: " + c);
        assertTrue(r.latency().max() >= 1.25 && r.latency().max() < 1.8,
                "back after 1 s, then its 300 ms call, got " + r.latency().max());
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
        ModelConfig cfg = s.build();
        VariantResult sim = new AvalancheRun(cfg, new RandomStreams(7)).run("base");
        VariantResult live = LiveRun.run("test", 7, "base", cfg, OPTS).result();
        assertConserved(live.requests());
        assertEquals(0.16, sim.latency().mean(), 0.005, "accepted at 0, 50 ... 200 ms, then 10 ms each");
        assertEquals(sim.latency().mean(), live.latency().mean(), 0.03, "live accepts one at a time too");
        assertTrue(live.latency().max() >= 0.25, "the fifth waited for four accepts, got " + live.latency().max());
    }

    @Test
    void aTimeScaleOfFourPlaysTheScenarioFourTimesFasterAndReportsScenarioTime() throws InterruptedException {
        LiveVariant v = LiveRun.run("test", 7, "k4", Scenario.closed(10, 20).workers(Workers.Model.VIRTUAL_THREADS, 0)
                .call(0.4).build(), OPTS.withTimeScale(4));
        assertConserved(v.result().requests());
        assertEquals(4, v.timeScale());
        assertTrue(v.wallSeconds() < 0.6, "2 rounds of 100 ms on the wire, got " + v.wallSeconds() + " s");
        assertTrue(v.result().latency().p50() >= 0.39 && v.result().latency().p50() < 0.8,
                "latency reads in scenario time (400 ms calls), got " + v.result().latency().p50());
    }

    @Test
    void aRunCutByTheWallTimeCapIsIncompleteAndItsWaitingRequestsInFlight() throws InterruptedException {
        Scenario s = Scenario.closed(5, 1000).workers(Workers.Model.VIRTUAL_THREADS, 0).call(0.2);
        LiveVariant v = LiveRun.run("test", 7, "base", s.build(), OPTS.withWallTimeCap(Duration.ofMillis(500)));
        RequestCounts c = v.result().requests();
        assertConserved(c);
        assertFalse(v.complete());
        // Unbounded, 1000 requests of 200 ms for 5 users would take 40 s; the users get a grace second to let go.
        assertTrue(v.wallSeconds() < 2.0, "stopped by itself at the cap, after " + v.wallSeconds() + " s");
        assertTrue(c.inFlight() >= 1 && c.inFlight() <= 5, "the users still waiting at the cap, at most 5: " + c);
        assertTrue(c.sent() >= 10 && c.sent() <= 20, c.toString());
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

    /** Twenty users sending back to back to two servers of five threads behind a round-robin balancer. */
    @Test
    void twoServersOfFiveThreadsBehindRoundRobinServeTwiceWhatOneCouldEachTakingHalf() throws InterruptedException {
        Scenario s = twentyClientsOf200msCalls(Workers.Model.THREADS, 5, 120).balanced(2, Balancer.Policy.ROUND_ROBIN, 5);
        LiveVariant v = run(s);
        VariantResult r = v.result();
        assertEquals(r.requests().sent(), r.requests().goodput(), r.requests().toString());
        assertTrue(r.throughput() > 30, "one server of 5 threads serves 25 req/s at most, two 50; got " + r.throughput());
        assertTrue(r.throughput() < 55, "2 x 5 threads x 1 / 0.2 s = 50 req/s at most, got " + r.throughput());
        List<Long> taken = v.takenByServer();
        assertEquals(2, taken.size());
        assertEquals(120, taken.get(0) + taken.get(1), "every request reached one server: " + taken);
        assertTrue(Math.abs(taken.get(0) - taken.get(1)) <= 1, "round-robin alternates: " + taken);
        assertTrue(r.busyMax() > 5 && r.busyMax() <= 10, "the two servers' busy threads add up, to 10 at most: " + r.busyMax());
        assertTrue(r.queueMax() > 5, "10 users waited for a thread, 5 per server, and the backlogs add up: " + r.queueMax());
        assertTrue(v.notes().stream().anyMatch(n -> n.startsWith("2 servers on ports ") && n.contains("round-robin policy")),
                v.notes().toString());
        assertTrue(v.notes().stream().anyMatch(n -> n.contains("not on the scenario's 2 servers x 2 cores")),
                v.notes().toString());
    }

    @Test
    void aBalancerTimeoutShorterThanTheCallAnswers504WhileTheServersFinishTheOrphans() throws InterruptedException {
        Scenario s = Scenario.closed(5, 10).workers(Workers.Model.THREADS, 10).call(0.3)
                .balanced(2, Balancer.Policy.ROUND_ROBIN, 0.05);
        LiveVariant v = run(s);
        RequestCounts c = v.result().requests();
        assertEquals(10, c.timedOut(), "every request got the balancer's 504: " + c);
        assertEquals(0, c.goodput(), c.toString());
        assertEquals(10, c.orphaned(), "the servers worked on after the balancer gave up: " + c);
        assertEquals(c.sent(), c.completed(), "the servers completed every request all the same: " + c);
        assertTrue(v.result().elapsed() < 0.25, "two rounds of 50 ms timeouts, not of 300 ms calls: " + v.result().elapsed());
        assertTrue(v.wallSeconds() >= 0.3, "the run waited for the orphans' 300 ms calls: " + v.wallSeconds());
    }

    @Test
    void leastConnectionsSendsEveryRequestToTheIdleServerWhileTheOtherIsBusy() throws InterruptedException {
        Scenario s = Scenario.closed(2, 12).workers(Workers.Model.THREADS, 4).call(0.05)
                .balanced(2, Balancer.Policy.LEAST_CONNECTIONS, 5);
        // The first user's call (at 0) takes 20 x 50 ms = 1 s; the second user starts at 100 ms, when calls take 50 ms.
        s.arrivals = new Arrivals.Closed(2, 12, null, SimDuration.ofMillis(100));
        s.degradation = new Profile(List.of(new Profile.Point(SimDuration.ZERO, 20),
                new Profile.Point(SimDuration.ofMillis(40), 20), new Profile.Point(SimDuration.ofMillis(40), 1)));
        LiveVariant v = run(s);
        assertEquals(12, v.result().requests().goodput(), v.result().requests().toString());
        assertEquals(List.of(1L, 11L), v.takenByServer(),
                "the first server held the slow request; round-robin would have split the rest 5 and 6");
    }

    @Test
    void aUserWhoLeavesThroughTheBalancerHasItsQueuedRequestDiscardedOnItsServer() throws InterruptedException {
        Scenario s = Scenario.closed(5, 5).workers(Workers.Model.THREADS, 1).call(0.3)
                .balanced(2, Balancer.Policy.ROUND_ROBIN, 5);
        s.patience = Optional.of(Distributions.constant(0.1));
        LiveVariant v = run(s);
        RequestCounts c = v.result().requests();
        assertEquals(5, c.abandoned(), c.toString());
        assertEquals(2, c.completed(), "each server served the request its one thread took first: " + c);
        assertEquals(3, c.discarded(), "the balancer closed the queued requests' connections as their users left: " + c);
        assertEquals(2, c.orphaned(), c.toString());
    }

    @Test
    void everyRequestThroughTheBalancerIsTakenByOneServerOrRefusedByItsFullQueue() throws InterruptedException {
        // Two servers of one thread and room for five waiting: 20 users at once meet 502s, then 504s and discards.
        Scenario s = Scenario.closed(20, 40).workers(Workers.Model.THREADS, 1).call(0.3).balanced(2, Balancer.Policy.RANDOM, 0.5);
        s.backlog = 4;
        LiveVariant v = run(s);
        RequestCounts c = v.result().requests();
        long taken = v.takenByServer().stream().mapToLong(Long::longValue).sum();
        assertEquals(c.sent(), taken + c.rejected(), "sent = taken by a server + refused (502): " + c + " " + v.takenByServer());
        assertEquals(taken, c.completed() + c.discarded(), "every request a server took was served or discarded: " + c);
        assertEquals(c.goodput() + c.timedOut(), c.completed() + c.discarded(), "each taken request had a 200 or a 504: " + c);
        assertTrue(c.rejected() > 0 && c.timedOut() > 0, "the run met both a full queue and the timeout: " + c);
    }

}
