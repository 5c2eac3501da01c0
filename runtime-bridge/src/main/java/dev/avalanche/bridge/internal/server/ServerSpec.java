package dev.avalanche.bridge.internal.server;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

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
        Properties p = new Properties();
        p.setProperty("stubPort", Integer.toString(stubPort));
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("index", Integer.toString(index));
        p.setProperty("count", Integer.toString(count));
        p.setProperty("timeScale", Double.toString(timeScale));
        p.setProperty("capacity", Integer.toString(capacity));
        p.setProperty("warmUpRequests", Integer.toString(warmUpRequests));
        p.setProperty("stubConnections", Integer.toString(stubConnections));
        p.setProperty("epochMicros", Long.toString(epochMicros));
        p.setProperty("result", result.toAbsolutePath().toString());
        p.setProperty("lifetimeNanos", Long.toString(lifetimeNanos));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "avalanche live: an app server's child JVM");
        }
    }

    /** @throws IllegalArgumentException naming the file and the key when one is missing or malformed */
    public static ServerSpec read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        try {
            return new ServerSpec(Integer.parseInt(get(p, file, "stubPort")), Long.parseLong(get(p, file, "seed")),
                    Integer.parseInt(get(p, file, "index")), Integer.parseInt(get(p, file, "count")),
                    Double.parseDouble(get(p, file, "timeScale")), Integer.parseInt(get(p, file, "capacity")),
                    Integer.parseInt(get(p, file, "warmUpRequests")), Integer.parseInt(get(p, file, "stubConnections")),
                    Long.parseLong(get(p, file, "epochMicros")), Path.of(get(p, file, "result")),
                    Long.parseLong(get(p, file, "lifetimeNanos")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": a number is malformed (" + e.getMessage() + "); allowed what the run's JVM writes", e);
        }
    }

    private static String get(Properties p, Path file, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException(file + ": " + key + ": got nothing; allowed the value the run's JVM writes");
        }
        return v;
    }
}
