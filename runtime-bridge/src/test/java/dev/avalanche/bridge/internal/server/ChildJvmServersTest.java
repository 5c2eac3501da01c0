package dev.avalanche.bridge.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.bridge.TestUsersMain;
import dev.avalanche.bridge.internal.run.Http1Client;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.bridge.internal.run.Loopback;
import dev.avalanche.bridge.internal.stub.ThirdPartyStub;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.ModelConfig;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * App servers in JVMs of their own: each runs in a process of its own, serves what it is sent under
 * the run's ids, hands its log back onto the run's clock, and is gone after the run.
 */
class ChildJvmServersTest {

    private static final long S = 1_000_000_000L;

    @Test
    void twoServersRunInProcessesOfTheirOwnServeTheRunsIdsAndAreGoneAfterwards() throws Exception {
        String name = "closed:1:1:0.01:2";
        ModelConfig cfg = TestUsersMain.scenario(name);
        LiveClock clock = new LiveClock(1);
        ServerLog log = new ServerLog(100);
        List<Long> pids;
        try (ThirdPartyStub stub = ThirdPartyStub.start(cfg.services(), new RandomStreams(7), 1, clock::modelNanos);
                ChildJvmServers servers = ChildJvmServers.start(new ChildJvmServers.Launch(TestUsersMain.class.getName(),
                        List.of(name, "server"), 7, 120 * S), 2, stub.address(), 1, log, 50, 0, clock)) {
            pids = servers.pids();
            assertEquals(2, new HashSet<>(pids).size(), "two processes: " + pids);
            assertTrue(!pids.contains(ProcessHandle.current().pid()), "neither is this JVM: " + pids);
            servers.forgetWarmUp();
            servers.play();
            clock.start();
            List<URI> uris = servers.uris();
            for (int id = 0; id < 10; id++) {
                URI uri = uris.get(id % 2);
                try (Http1Client c = Loopback.client(uri)) {
                    assertEquals(200, c.get(uri.getRawPath() + "?id=" + id, 10 * S), "request " + id);
                }
            }
            long sentBy = clock.wallNanos();
            assertTrue(servers.awaitIdle(clock, clock.wallNanos() + 10 * S), "idle once answered");
            servers.collect(clock);
            for (int id = 0; id < 10; id++) {
                assertEquals(ServerLog.Stage.SUCCEEDED, log.stage(id), "request " + id + " read back");
                assertTrue(log.receivedNanos(id) >= -S / 1000 && log.endedNanos(id) <= sentBy + S / 1000,
                        "request " + id + " on the run's clock, between its origin and the last answer: "
                                + log.receivedNanos(id) + ".." + log.endedNanos(id) + " against " + sentBy);
            }
            assertEquals(List.of(5L, 5L), servers.taken(), "each server worked its five");
            assertEquals(2, servers.levels().size());
            assertTrue(servers.ownJvmCpuNanos() > 0, "their CPU read back: " + servers.ownJvmCpuNanos());
        }
        for (long pid : pids) {
            assertTrue(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "server JVM " + pid + " still runs");
        }
    }
}
