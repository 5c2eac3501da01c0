package dev.avalanche.bridge;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.config.Balancer;
import dev.avalanche.models.config.Profile;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The machine's limits are checked before any socket opens, each failure one line naming the limit, its value and the need. */
class PreflightTest {

    private static final HostLimits ROOMY = new HostLimits(20_000, 4096, 32768, 60999);

    @Test
    void aBacklogAboveSomaxconnIsRejectedNamingBoth() {
        Scenario s = Scenario.closed(10, 10);
        s.backlog = 1024;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Preflight.check(s.build(), LiveOptions.defaults(), new HostLimits(20_000, 128, 32768, 60999)));
        assertTrue(e.getMessage().contains("net.core.somaxconn is 128"), e.getMessage());
        assertTrue(e.getMessage().contains("servers.backlog is 1024"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @Test
    void aBacklogTheScenariosOwnSomaxconnCapsPassesAHostWithThatSomaxconn() {
        Scenario s = Scenario.closed(10, 10);
        s.backlog = 100_000; // capped at servers.tcp.somaxconn, 4096 by default, as the model caps it
        Preflight.check(s.build(), LiveOptions.defaults(), ROOMY);
        s.backlog = 4097;
        Preflight.check(s.build(), LiveOptions.defaults(), ROOMY);
    }

    @Test
    void tooFewFileDescriptorsForTheConcurrencyAreRejected() {
        Scenario s = Scenario.closed(1000, 1000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Preflight.check(s.build(), LiveOptions.defaults(), new HostLimits(1024, 4096, 32768, 60999)));
        assertTrue(e.getMessage().contains("ulimit -n) is 1024"), e.getMessage());
        assertTrue(e.getMessage().contains("2000 loopback connections"), "1000 users, each with 1 call: " + e.getMessage());
    }

    @Test
    void tooNarrowAnEphemeralPortRangeIsRejected() {
        Scenario s = Scenario.closed(1000, 1000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Preflight.check(s.build(), LiveOptions.defaults(), new HostLimits(100_000, 4096, 60000, 60999)));
        assertTrue(e.getMessage().contains("60000-60999 has 1000 ports"), e.getMessage());
        assertTrue(e.getMessage().contains("needs about 2000"), e.getMessage());
    }

    @Test
    void anOpenLoopNeedsItsPeakRateTimesTwiceItsServedRequestAtTheWorstDegradation() {
        Scenario s = Scenario.open(300, 10);
        s.calls = 3;
        // 3 sequential calls of 100 ms, twice that for the margin: 0.6 s; 300/s x 0.6 s = 180 users, 1 call each.
        assertEquals(360, Preflight.connections(s.build(), LiveOptions.defaults()));
        s.degradation = Profile.constant(100);
        // 100 x 0.2 s = 20 s a call, but its timeout is 5 s: 15 s; 300/s x 15 s = 4500 users.
        assertEquals(9000, Preflight.connections(s.build(), LiveOptions.defaults()));
        assertDoesNotThrow(() -> Preflight.check(s.build(), LiveOptions.defaults(), ROOMY));
    }

    @Test
    void aBalancerOfOursAddsAConnectionFromItToAServerForEveryUser() {
        Scenario s = Scenario.closed(1000, 1000).balanced(2, Balancer.Policy.ROUND_ROBIN, 5);
        // 1000 users, each with a connection to the balancer, one from it to a server, and 1 call.
        assertEquals(3000, Preflight.connections(s.build(), LiveOptions.defaults()));
        LiveTarget target = LiveTarget.resolve(URI.create("http://127.0.0.1:8000/"), false);
        assertEquals(2000, Preflight.connections(s.build(), LiveOptions.defaults().withTarget(Optional.of(target))),
                "a target has no balancer of ours in front");
    }

    @Test
    void theLimitsAreReadAsTheKernelWritesThem(@TempDir Path proc) throws IOException {
        Files.createDirectories(proc.resolve("self"));
        Files.createDirectories(proc.resolve("sys/net/core"));
        Files.createDirectories(proc.resolve("sys/net/ipv4"));
        Files.writeString(proc.resolve("self/limits"), """
                Limit                     Soft Limit           Hard Limit           Units
                Max cpu time              unlimited            unlimited            seconds
                Max open files            1024                 524288               files
                """);
        Files.writeString(proc.resolve("sys/net/core/somaxconn"), "4096\n");
        Files.writeString(proc.resolve("sys/net/ipv4/ip_local_port_range"), "32768\t60999\n");
        assertEquals(new HostLimits(1024, 4096, 32768, 60999), HostLimits.read(proc).orElseThrow());
        assertEquals(28232, HostLimits.read(proc).orElseThrow().ephemeralPorts());
    }

    @Test
    void noProcMeansNoLimitsToCheck(@TempDir Path empty) {
        assertTrue(HostLimits.read(empty).isEmpty());
    }

    @Test
    void usersInChildJvmsHoldTheirEndsThereNotInThisJvm() {
        Scenario s = Scenario.open(300, 10);
        s.calls = 3;
        s.degradation = Profile.constant(100);
        // As above: 4500 users, 9000 connections; with a limit of 16,000, all in this JVM is 18,256 descriptors.
        HostLimits limits = new HostLimits(16_000, 4096, 1024, 60999);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Preflight.check(s.build(), LiveOptions.defaults(), limits));
        assertTrue(e.getMessage().contains("18256 descriptors in this JVM"), e.getMessage());
        // The users' 4500 ends in a child JVM: 13,756 here, 4756 there.
        assertDoesNotThrow(() -> Preflight.check(s.build(), LiveOptions.defaults().withUsers(TestUsersMain.child("x", 1)), limits));
        assertDoesNotThrow(() -> Preflight.check(s.build(), LiveOptions.defaults().withUsers(TestUsersMain.child("x", 3)), limits));
    }

    @Test
    void aClosedLoopIsNotSplitAcrossProcesses() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Preflight.check(
                Scenario.closed(10, 10).build(), LiveOptions.defaults().withUsers(TestUsersMain.child("x", 2)), ROOMY));
        assertTrue(e.getMessage().startsWith("--user-processes: got 2; allowed 1 for a closed loop"), e.getMessage());
    }

    @Test
    void serversInJvmsOfTheirOwnHoldTheirEndsThereAndEachIsChecked() {
        Scenario s = Scenario.open(300, 10);
        s.calls = 3;
        s.degradation = Profile.constant(100);
        // 4500 users, 9000 connections: 18,256 descriptors all here; the server's 9000 ends (its users' and its calls') in its JVM.
        LiveOptions both = LiveOptions.defaults().withServers(TestUsersMain.servers("x")).withUsers(TestUsersMain.child("x", 1));
        assertDoesNotThrow(() -> Preflight.check(s.build(), both, new HostLimits(9_300, 4096, 1024, 60999)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Preflight.check(s.build(), both, new HostLimits(9_000, 4096, 1024, 60999)));
        assertTrue(e.getMessage().contains("each of the 1 app servers' JVMs needs about 9256"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Preflight.check(s.build(), LiveOptions.defaults(), new HostLimits(9_300, 4096, 1024, 60999)));
        assertTrue(e.getMessage().contains("--server-processes"), "the message names the remedy: " + e.getMessage());
    }
}
