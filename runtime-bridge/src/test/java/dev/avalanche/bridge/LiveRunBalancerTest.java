package dev.avalanche.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.bridge.internal.server.ServerLog;
import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.Balancer;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.VariantResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Live runs of several servers behind the balancer on loopback: its policies, its timeout, and
 * users who leave through it. As in {@link LiveRunTest}, what is asserted holds however busy the
 * machine is: counts, the split between servers, and the order of events.
 */
class LiveRunBalancerTest {

    /** Twenty users sending back to back to two servers of five threads behind a round-robin balancer. */
    @Test
    void twoServersOfFiveThreadsBehindRoundRobinEachTakeHalfAndTheirLevelsAddUp() throws InterruptedException {
        Scenario s = LiveRunTest.twentyClientsOf200msCalls(Workers.Model.THREADS, 5, 120)
                .balanced(2, Balancer.Policy.ROUND_ROBIN, 5);
        LiveVariant v = LiveRunTest.run(s, new ServerLog(ServerLogs.CAPACITY));
        VariantResult r = v.result();
        assertEquals(r.requests().sent(), r.requests().goodput(), r.requests().toString());
        // Some thread of the ten served 12 of the 120 requests, 200 ms each: 2.4 s at least.
        assertTrue(r.throughput() <= 50 * 1.001, "2 x 5 threads x 1 / 0.2 s = 50 req/s at most, got " + r.throughput());
        List<Long> taken = v.takenByServer();
        assertEquals(2, taken.size());
        assertEquals(120, taken.get(0) + taken.get(1), "every request reached one server: " + taken);
        assertTrue(Math.abs(taken.get(0) - taken.get(1)) <= 1, "round-robin alternates: " + taken);
        // One server has 5 threads: more than 5 busy at once means the two servers' levels add up.
        assertTrue(r.busyMax() > 5 && r.busyMax() <= 10, "the two servers' busy threads add up, to 10 at most: " + r.busyMax());
        assertTrue(r.queueMax() >= 1, "users waited for a thread: " + r.queueMax());
        assertTrue(v.notes().stream().anyMatch(n -> n.startsWith("2 servers on ports ") && n.contains("round-robin policy")),
                v.notes().toString());
        assertTrue(v.notes().stream().anyMatch(n -> n.contains("not on the scenario's 2 servers x 2 cores")),
                v.notes().toString());
    }

    @Test
    void aBalancerTimeoutShorterThanTheCallAnswers504WhileTheServersFinishTheOrphans() throws InterruptedException {
        // Workers take each request at once, before the balancer's 250 ms are up; the calls take 1 s.
        Scenario s = Scenario.closed(5, 10).workers(Workers.Model.THREADS, 10).call(1.0)
                .balanced(2, Balancer.Policy.ROUND_ROBIN, 0.25);
        ServerLog log = new ServerLog(ServerLogs.CAPACITY);
        LiveVariant v = LiveRunTest.run(s, log);
        RequestCounts c = v.result().requests();
        assertEquals(10, c.timedOut(), "every request got the balancer's 504: " + c);
        assertEquals(0, c.goodput(), c.toString());
        assertEquals(10, c.orphaned(), "the servers worked on after the balancer gave up: " + c);
        assertEquals(c.sent(), c.completed(), "the servers completed every request all the same: " + c);
        // The users' last outcome (elapsed) is a 504 of the second round; the servers were still at work then.
        double lastServerEnd = ServerLogs.lastEnded(log) / 1e9;
        assertTrue(v.result().elapsed() < lastServerEnd, "the 504s came before the servers' answers: last 504 at "
                + v.result().elapsed() + " s, last request ended at " + lastServerEnd + " s");
        assertTrue(v.wallSeconds() >= 1.0, "the run waited for the orphans' 1 s calls: " + v.wallSeconds());
    }

    @Test
    void leastConnectionsSendsEveryRequestToTheIdleServerWhileTheOtherIsBusy() throws InterruptedException {
        Scenario s = Scenario.closed(2, 12).workers(Workers.Model.THREADS, 4).call(0.05)
                .balanced(2, Balancer.Policy.LEAST_CONNECTIONS, 10);
        // The first user's call, taken up in the first half second, takes 60 x 50 ms = 3 s; the second
        // user starts at 500 ms, when calls take 50 ms, and sends its 11 while the first server holds the slow one.
        s.arrivals = new Arrivals.Closed(2, 12, null, SimDuration.ofMillis(500));
        s.degradation = new Profile(List.of(new Profile.Point(SimDuration.ZERO, 60),
                new Profile.Point(SimDuration.ofMillis(500), 60), new Profile.Point(SimDuration.ofMillis(500), 1)));
        LiveVariant v = LiveRunTest.run(s, new ServerLog(ServerLogs.CAPACITY));
        assertEquals(12, v.result().requests().goodput(), v.result().requests().toString());
        assertEquals(List.of(1L, 11L), v.takenByServer(),
                "the first server held the slow request; round-robin would have split the rest 5 and 6");
    }

    @Test
    void aUserWhoLeavesThroughTheBalancerHasItsQueuedRequestDiscardedOnItsServer() throws InterruptedException {
        // Each server's one thread takes its first request at once; the others' users leave after 250 ms,
        // long before the thread is free again (750 ms calls).
        Scenario s = Scenario.closed(5, 5).workers(Workers.Model.THREADS, 1).call(0.75)
                .balanced(2, Balancer.Policy.ROUND_ROBIN, 5);
        s.patience = Optional.of(Distributions.constant(0.25));
        LiveVariant v = LiveRunTest.run(s, new ServerLog(ServerLogs.CAPACITY));
        RequestCounts c = v.result().requests();
        assertEquals(5, c.abandoned(), c.toString());
        assertEquals(2, c.completed(), "each server served the request its one thread took first: " + c);
        assertEquals(3, c.discarded(), "the balancer closed the queued requests' connections as their users left: " + c);
        assertEquals(2, c.orphaned(), c.toString());
    }

    @Test
    void everyRequestThroughTheBalancerIsTakenByOneServerOrRefusedByItsFullQueue() throws InterruptedException {
        // Two servers of one thread and room for five waiting: 20 users at once meet 502s, then 504s and discards
        // (a request that waits for a 500 ms call before its own cannot beat the 800 ms timeout).
        Scenario s = Scenario.closed(20, 40).workers(Workers.Model.THREADS, 1).call(0.5).balanced(2, Balancer.Policy.RANDOM, 0.8);
        s.backlog = 4;
        LiveVariant v = LiveRunTest.run(s, new ServerLog(ServerLogs.CAPACITY));
        RequestCounts c = v.result().requests();
        long taken = v.takenByServer().stream().mapToLong(Long::longValue).sum();
        assertEquals(c.sent(), taken + c.rejected(), "sent = taken by a server + refused (502): " + c + " " + v.takenByServer());
        assertEquals(taken, c.completed() + c.discarded(), "every request a server took was served or discarded: " + c);
        assertEquals(c.goodput() + c.timedOut(), c.completed() + c.discarded(), "each taken request had a 200 or a 504: " + c);
        assertTrue(c.rejected() > 0 && c.timedOut() > 0, "the run met both a full queue and the timeout: " + c);
    }
}
