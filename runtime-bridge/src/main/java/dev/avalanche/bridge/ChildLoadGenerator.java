package dev.avalanche.bridge;

import dev.avalanche.bridge.internal.load.ClientLog;
import dev.avalanche.bridge.internal.load.ClientLogFile;
import dev.avalanche.bridge.internal.load.LoadGenerator;
import dev.avalanche.bridge.internal.load.UsersPlay;
import dev.avalanche.bridge.internal.load.UsersSpec;
import dev.avalanche.bridge.internal.load.WarmUp;
import dev.avalanche.bridge.internal.run.Http1Client;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.bridge.internal.run.Loopback;
import dev.avalanche.bridge.internal.run.ProcessCpu;
import dev.avalanche.bridge.internal.run.ShutdownWait;
import dev.avalanche.bridge.internal.stub.ThirdPartyStub;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.ModelConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The users' child JVM of a live run ({@link UserSide.ChildJvm}), the child's half of the protocol
 * whose other half starts it: read the spec, warm up (against a stub of its own, never the target),
 * open the closed loop's connections, say {@code ready}, wait for {@code go} and
 * the shared origin, play the users, write the client log, return. A {@code stop} line, the end of
 * the input (the parent died) or this JVM's shutdown (Ctrl-C reaches the whole process group) stops
 * the traffic; the requests in flight then get the spec's grace and the log is still written.
 * The same users' code as in-process runs, so common random numbers hold: the child draws from the
 * same named streams of the same seed.
 */
public final class ChildLoadGenerator {

    private ChildLoadGenerator() {
    }

    /**
     * How long the child described by {@code spec} may live at most: for a watchdog in its {@code main}.
     *
     * @throws IllegalArgumentException when the spec is malformed
     */
    public static Duration lifetime(Path spec) throws IOException {
        return Duration.ofNanos(UsersSpec.read(spec).lifetimeNanos());
    }

    /**
     * Plays the users of {@code cfg} as {@code spec} says, reading the parent's lines from {@code in}
     * and writing its own to {@code out}.
     *
     * @throws IllegalArgumentException when the spec is malformed or its target not allowed
     * @throws IOException when the spec cannot be read or the log cannot be written
     */
    public static void serve(ModelConfig cfg, Path spec, BufferedReader in, PrintWriter out)
            throws IOException, InterruptedException {
        UsersSpec s = UsersSpec.read(spec);
        LiveTarget target = s.liveTarget();
        try (ThirdPartyStub local = ThirdPartyStub.start(Map.of(), new RandomStreams(0), 1, () -> 0);
                Http1Client client = Loopback.client(local.health())) {
            WarmUp.send(client, local.health().getRawPath(), s.warmUpRequests());
        }
        ClientLog log = new ClientLog(s.maxRequests());
        LiveClock clock = new LiveClock(s.timeScale());
        StopSignal stop = new StopSignal();
        LoadGenerator users = new LoadGenerator(cfg, target, new RandomStreams(s.seed()), clock, log, new UsersPlay(
                s.deadlineNanos(), stop, s.stopGraceNanos(), UsersPlay.Connections.of(s.newConnections()),
                UsersPlay.BalancerTimeout.of(s.usersTimeOut()), s.share()));
        users.connect();
        WarmUp.settle();
        out.println(UsersSpec.READY);
        out.flush();
        String go = in.readLine();
        if (go == null || !go.startsWith(UsersSpec.GO + " ")) {
            ClientLogFile.write(log, false, 0, 0, s.log());
            return;
        }
        clock.startAtEpoch(Long.parseLong(go.substring(UsersSpec.GO.length() + 1).strip()));
        long cpuAtGo = ProcessCpu.nanos();
        try (ShutdownWait held = ShutdownWait.install("users-shutdown", s.stopGraceNanos() + 3_000_000_000L, stop::stop)) {
            // A platform thread: a virtual one blocked reading the pipe would hold one of the users' two carriers.
            Thread.ofPlatform().daemon().name("users-control").start(() -> {
                try {
                    for (String line = in.readLine(); line != null && !line.equals(UsersSpec.STOP); line = in.readLine()) {
                        // Only stop is expected.
                    }
                } catch (IOException e) {
                    // The parent is gone: stop as well.
                }
                stop.stop();
            });
            users.run();
            ClientLogFile.write(log, users.truncated(), users.endNanos(), ProcessCpu.since(cpuAtGo), s.log());
        }
    }
}
