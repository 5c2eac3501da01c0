package dev.avalanche.bridge.internal.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.bridge.internal.load.ClientLog;
import dev.avalanche.bridge.internal.load.ClientOutcome;
import dev.avalanche.bridge.internal.server.LevelLog;
import dev.avalanche.bridge.internal.server.ServerLog;
import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Service;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.result.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The summary of hand-written logs, played at K = 2: every figure read back in scenario time. */
class LiveSummaryTest {

    private static final long MS = 1_000_000;

    private static ModelConfig config() {
        return new ModelConfig(SimDuration.ofSeconds(10), SimDuration.ZERO, SimDuration.ofMillis(100), SimDuration.ZERO,
                new Users(new Arrivals.Closed(2, 2, null, SimDuration.ZERO), Optional.empty(), Users.Refresh.NEVER),
                Optional.empty(), new Servers(1, 2, 1, new Workers(Workers.Model.THREADS, 4, 1000), 8,
                        Servers.Overflow.RESET, SimDuration.ZERO, SimDuration.ZERO, SimDuration.ZERO),
                new RequestWork(Optional.empty(), List.of(new RequestWork.Call("api", 1, RequestWork.Call.Mode.SEQUENTIAL)),
                        List.of()),
                Map.of("api", new Service(Distributions.constant(0.1), Profile.constant(1), 0, SimDuration.ofSeconds(1),
                        OptionalInt.empty())));
    }

    @Test
    void handWrittenLogsReadBackInScenarioTime() {
        ClientLog client = new ClientLog(4);
        ServerLog server = new ServerLog(4);
        LevelLog levels = new LevelLog();
        // Request 0 answered after 100 ms of wall time; request 1 abandoned at 60 ms, its refresh 2 still waiting.
        client.reserve();
        client.sent(0, 0, 0, false);
        client.resolved(0, ClientOutcome.GOODPUT, 100 * MS);
        client.reserve();
        client.sent(1, 0, 10 * MS, false);
        client.resolved(1, ClientOutcome.ABANDONED, 60 * MS);
        client.reserve();
        client.sent(2, 70 * MS, 70 * MS, true);
        server.started(0, 1 * MS, 1 * MS);
        server.ended(0, 99 * MS, true);
        server.started(1, 11 * MS, 41 * MS);
        server.ended(1, 150 * MS, true);
        levels.add(1 * MS, LevelLog.Change.BUSY);
        levels.add(99 * MS, LevelLog.Change.IDLE);

        LiveSummary.Summary s = LiveSummary.of("k2", config(), new LiveClock(2), client, server, List.of(levels), 3, 200 * MS);
        VariantResult r = s.result();
        RequestCounts c = r.requests();
        assertEquals(new RequestCounts(2, 3, 2, 1, 1, 0, 0, 0, 1, 1, 0, 3, 1), c, "the servers' SYN retransmissions are passed through");
        assertTrue(c.conserved());
        assertEquals(0.2, r.latency().p50(), 0.2 * 0.01, "100 ms of wall time is 200 ms of scenario time");
        assertEquals(0.2, s.rawLatency().p50(), 0.2 * 0.01);
        assertEquals(0.2, r.elapsed(), 1e-9, "the last outcome, at 100 ms wall");
        assertEquals(10, r.throughput(), 1e-9, "2 completed in 0.2 s");
        assertEquals(5, r.goodputRate(), 1e-9);
        assertEquals(0.03, r.waitMean(), 1e-9, "request 1 waited 30 ms wall, request 0 not at all");
        assertEquals((198 - 2) / 400.0, r.busyMean(), 1e-9, "one busy worker from 2 to 198 ms of a 400 ms run");
        assertEquals(1, r.busyMax());
        assertEquals(4000, r.memoryBytes(), 1e-9, "4 workers of 1000 bytes");
        assertEquals(1.5, r.amplification(), 1e-9);
        assertEquals(Verdict.SATURATED, r.verdict(), "1 of 3 requests lost, but half the intents served");
        assertArrayEquals(new double[] {0, 0.1, 0.2, 0.3}, r.timeline().starts(), 1e-9);
        assertArrayEquals(new double[] {2, 1, 0, 0}, r.timeline().column("sent"), "sent at 0, 20 and 140 ms");
        assertArrayEquals(new double[] {0, 1, 0, 0}, r.timeline().column("abandoned"), "at 120 ms");
        assertArrayEquals(new double[] {0, 1, 1, 0}, r.timeline().column("completed"), "at 198 and 300 ms");
        assertArrayEquals(new double[] {1, 1, 1, 1}, r.timeline().column("thirdPartyFactor"));
    }

    @Test
    void theLevelsOfSeveralServersAddUpInTimeOrder() {
        ClientLog client = new ClientLog(1);
        LevelLog first = new LevelLog();
        LevelLog second = new LevelLog();
        // Busy workers: one on the first server from 0 to 60 ms, one on the second from 40 to 100 ms; one waits on the
        // second from 50 to 100 ms. Each log is in time order, the two interleave.
        first.add(0, LevelLog.Change.BUSY);
        first.add(60 * MS, LevelLog.Change.IDLE);
        second.add(40 * MS, LevelLog.Change.BUSY);
        second.add(50 * MS, LevelLog.Change.QUEUED);
        second.add(100 * MS, LevelLog.Change.DEQUEUED);
        second.add(100 * MS, LevelLog.Change.IDLE);

        VariantResult r = LiveSummary.of("two", config(), new LiveClock(1), client, new ServerLog(1), List.of(first, second),
                0, 100 * MS).result();
        assertEquals(2, r.busyMax(), "both servers were busy from 40 to 60 ms");
        assertEquals(1.2, r.busyMean(), 1e-9, "(60 + 60) ms of busy workers over 100 ms");
        assertEquals(1, r.queueMax());
        assertEquals(0.5, r.queueMean(), 1e-9);
    }

    @Test
    void eventsSortByTimeKeepingTiesInTheOrderAdded() {
        RunEvents e = new RunEvents();
        Random rng = new Random(5);
        for (int i = 0; i < 5000; i++) {
            e.add(rng.nextInt(100), RunEvents.Kind.SENT, i);
        }
        e.sort();
        for (int i = 1; i < e.size(); i++) {
            assertTrue(e.time(i - 1) <= e.time(i));
            if (e.time(i - 1) == e.time(i)) {
                assertTrue(e.value(i - 1) < e.value(i), "a tie keeps the order the events were added in");
            }
        }
    }

    @Test
    void whatTheServersDoAfterTheEndIsNotTheRunsAsTheSimulatorStopsCounting() {
        ClientLog client = new ClientLog(3);
        ServerLog server = new ServerLog(3);
        for (int id = 0; id < 3; id++) {
            client.reserve();
            client.sent(id, 0, 0, false);
            client.resolved(id, ClientOutcome.ABANDONED, 50 * MS);
        }
        server.started(0, 0, 0);
        server.ended(0, 80 * MS, true); // an orphan finished before the end
        server.started(1, 0, 0);
        server.ended(1, 130 * MS, true); // one that finished after it: still being served at the end
        server.discarded(2, 0, 120 * MS); // queued at the end, discarded once the end let its user go
        RequestCounts c = LiveSummary.of("end", config(), new LiveClock(1), client, server, List.of(), 0, 100 * MS)
                .result().requests();
        assertEquals(1, c.completed(), c.toString());
        assertEquals(1, c.orphaned(), c.toString());
        assertEquals(0, c.discarded(), c.toString());
    }
}
