package dev.avalanche.bridge.internal.load;

import dev.avalanche.bridge.LiveTarget;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the users' child JVM needs besides its scenario, as the server's JVM writes it to a properties
 * file: where to send (the target URI and the address the server's JVM checked, so the child never
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
        Properties p = new Properties();
        p.setProperty("target", target.toString());
        p.setProperty("address", address);
        p.setProperty("remoteAllowed", Boolean.toString(remoteAllowed));
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("timeScale", Double.toString(timeScale));
        p.setProperty("deadlineNanos", Long.toString(deadlineNanos));
        p.setProperty("maxRequests", Integer.toString(maxRequests));
        p.setProperty("stopGraceNanos", Long.toString(stopGraceNanos));
        p.setProperty("warmUpRequests", Integer.toString(warmUpRequests));
        p.setProperty("log", log.toAbsolutePath().toString());
        p.setProperty("lifetimeNanos", Long.toString(lifetimeNanos));
        p.setProperty("usersTimeOut", Boolean.toString(usersTimeOut));
        p.setProperty("newConnections", Boolean.toString(newConnections));
        p.setProperty("shareIndex", Integer.toString(share.index()));
        p.setProperty("shareCount", Integer.toString(share.count()));
        p.setProperty("shareIdBase", Integer.toString(share.idBase()));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "avalanche live: the users' child JVM");
        }
    }

    /** @throws IllegalArgumentException naming the file, the key, the value and the rule when one is missing or malformed */
    public static UsersSpec read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        try {
            return new UsersSpec(URI.create(get(p, file, "target")), get(p, file, "address"),
                    Boolean.parseBoolean(get(p, file, "remoteAllowed")), Long.parseLong(get(p, file, "seed")),
                    Double.parseDouble(get(p, file, "timeScale")), Long.parseLong(get(p, file, "deadlineNanos")),
                    Integer.parseInt(get(p, file, "maxRequests")), Long.parseLong(get(p, file, "stopGraceNanos")),
                    Integer.parseInt(get(p, file, "warmUpRequests")), Path.of(get(p, file, "log")),
                    Long.parseLong(get(p, file, "lifetimeNanos")), Boolean.parseBoolean(get(p, file, "usersTimeOut")),
                    Boolean.parseBoolean(get(p, file, "newConnections")),
                    new UsersShare(Integer.parseInt(get(p, file, "shareIndex")), Integer.parseInt(get(p, file, "shareCount")),
                            Integer.parseInt(get(p, file, "shareIdBase"))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": a number is malformed (" + e.getMessage() + "); allowed what the server's JVM writes", e);
        }
    }

    /** The target at the checked address; no name is looked up. */
    public LiveTarget liveTarget() {
        return LiveTarget.at(target, InetAddress.ofLiteral(address), remoteAllowed);
    }

    private static String get(Properties p, Path file, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException(file + ": " + key + ": got nothing; allowed the value the server's JVM writes");
        }
        return v;
    }
}
