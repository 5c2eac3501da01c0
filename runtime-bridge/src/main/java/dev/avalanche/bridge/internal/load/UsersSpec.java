package dev.avalanche.bridge.internal.load;

import dev.avalanche.bridge.LiveTarget;
import dev.avalanche.bridge.internal.run.SpecFile;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;

/**
 * What the users' child JVM needs besides its scenario, as the run's JVM writes it to a properties
 * file: where to send (the target URI and the address the run's JVM checked, so the child never
 * resolves a name again), the seed and time scale, its caps (the deadline in wall nanoseconds after
 * the shared origin, the request cap, the grace after a stop), how many warm-up requests to send,
 * where to write its {@link ClientLogFile}, how long it may live at most before its own watchdog
 * ends it, whether the users play the balancer's timeout themselves ({@link LoadGenerator}),
 * whether they open a new connection per request, and which share of the users it plays
 * ({@link UsersShare}; {@code maxRequests} is then the share's block of ids).
 */
public record UsersSpec(URI target, String address, boolean remoteAllowed, long seed, double timeScale,
        long deadlineNanos, int maxRequests, long stopGraceNanos, int warmUpRequests, Path log, long lifetimeNanos,
        boolean usersTimeOut, boolean newConnections, UsersShare share) {

    /** The child's line once it can send. */
    public static final String READY = "ready";
    /** The parent's line that starts the traffic: {@code go <origin in microseconds since 1970>}. */
    public static final String GO = "go";
    /** The parent's line that ends it early (as does the end of the child's input). */
    public static final String STOP = "stop";

    public void write(Path file) throws IOException {
        SpecFile.create(file)
                .put("target", target)
                .put("address", address)
                .put("remoteAllowed", remoteAllowed)
                .put("seed", seed)
                .put("timeScale", timeScale)
                .put("deadlineNanos", deadlineNanos)
                .put("maxRequests", maxRequests)
                .put("stopGraceNanos", stopGraceNanos)
                .put("warmUpRequests", warmUpRequests)
                .put("log", log.toAbsolutePath())
                .put("lifetimeNanos", lifetimeNanos)
                .put("usersTimeOut", usersTimeOut)
                .put("newConnections", newConnections)
                .put("shareIndex", share.index())
                .put("shareCount", share.count())
                .put("shareIdBase", share.idBase())
                .write("avalanche live: the users' child JVM");
    }

    /** @throws IllegalArgumentException naming the file, the key and the value when one is missing or malformed */
    public static UsersSpec read(Path file) throws IOException {
        SpecFile f = SpecFile.read(file);
        return new UsersSpec(URI.create(f.text("target")), f.text("address"), f.bool("remoteAllowed"), f.longValue("seed"),
                f.decimal("timeScale"), f.longValue("deadlineNanos"), f.integer("maxRequests"), f.longValue("stopGraceNanos"),
                f.integer("warmUpRequests"), f.path("log"), f.longValue("lifetimeNanos"), f.bool("usersTimeOut"),
                f.bool("newConnections"),
                new UsersShare(f.integer("shareIndex"), f.integer("shareCount"), f.integer("shareIdBase")));
    }

    /** The target at the checked address; no name is looked up. */
    public LiveTarget liveTarget() {
        return LiveTarget.at(target, InetAddress.ofLiteral(address), remoteAllowed);
    }
}
