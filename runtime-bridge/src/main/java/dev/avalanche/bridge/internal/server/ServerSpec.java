package dev.avalanche.bridge.internal.server;

import dev.avalanche.bridge.internal.run.SpecFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What an app server's child JVM needs besides its scenario, as the run's JVM writes it to a
 * properties file: the stub's port, the seed and which server it is (its {@code cpu} substream),
 * the time scale, the run's request cap (its log's ids), the warm-up requests and stub connections
 * of {@link AppServer#start}, the instant its clock counts from ({@code epochMicros}, which the run's
 * JVM maps to its own origin afterwards), where to write its {@link ServerFile}, and how long it may
 * live at most before its own watchdog ends it.
 */
public record ServerSpec(int stubPort, long seed, int index, int count, double timeScale, int capacity, int warmUpRequests,
        int stubConnections, long epochMicros, Path result, long lifetimeNanos) {

    /** The child's line once it listens: {@code ready <its URI>}. */
    public static final String READY = "ready";
    /** Forget the warm-up (answered {@value #DONE}). */
    public static final String FORGET = "forget";
    /** The run begins (answered {@value #DONE}). */
    public static final String PLAY = "play";
    /** {@code settle <until, wall nanos on the child's clock>}: wait until idle or then; answered {@code idle} or {@code busy}. */
    public static final String SETTLE = "settle";
    /** Write the result file and exit. */
    public static final String END = "end";
    /** The child's answer to {@link #FORGET} and {@link #PLAY}. */
    public static final String DONE = "done";

    public void write(Path file) throws IOException {
        SpecFile.create(file)
                .put("stubPort", stubPort)
                .put("seed", seed)
                .put("index", index)
                .put("count", count)
                .put("timeScale", timeScale)
                .put("capacity", capacity)
                .put("warmUpRequests", warmUpRequests)
                .put("stubConnections", stubConnections)
                .put("epochMicros", epochMicros)
                .put("result", result.toAbsolutePath())
                .put("lifetimeNanos", lifetimeNanos)
                .write("avalanche live: an app server's child JVM");
    }

    /** @throws IllegalArgumentException naming the file, the key and the value when one is missing or malformed */
    public static ServerSpec read(Path file) throws IOException {
        SpecFile f = SpecFile.read(file);
        return new ServerSpec(f.integer("stubPort"), f.longValue("seed"), f.integer("index"), f.integer("count"),
                f.decimal("timeScale"), f.integer("capacity"), f.integer("warmUpRequests"), f.integer("stubConnections"),
                f.longValue("epochMicros"), f.path("result"), f.longValue("lifetimeNanos"));
    }
}
