package dev.avalanche.bridge.internal.server;

import dev.avalanche.bridge.internal.run.ChildJvm;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.bridge.internal.stub.StubAddress;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Each app server in a JVM of its own, as uWSGI's processes are: this JVM writes a
 * {@link ServerSpec} per server and starts {@code java -cp <this class path> <main> <args> --spec FILE};
 * each child starts an {@link AppServer} on a port of its own, warms it up against the run's stub,
 * and prints {@code ready <its URI>}. This JVM then drives them a line at a time ({@value ServerSpec#FORGET},
 * {@value ServerSpec#PLAY}, {@value ServerSpec#SETTLE}, {@value ServerSpec#END}); at the end each
 * writes its {@link ServerFile}, which {@link #collect} reads into the run's {@link ServerLog}, its
 * instants moved from the child's clock (counting from the spec's {@code epochMicros}) onto the run's.
 *
 * <p>No child outlives the run: each has a watchdog of its own ({@link ServerSpec#lifetimeNanos()}),
 * ends when its input does (this JVM died), and is killed by {@link #close} and by a shutdown hook
 * of this JVM (after {@link #SHUTDOWN_WAIT_NANOS}, which lets a stopped run collect the logs first).
 *
 * <p>Thread contract: {@link ServerGroup}'s; the shutdown hook, on a thread of its own, only kills the children.
 */
final class ChildJvmServers implements ServerGroup {

    /** The servers' JVMs: a small collector; the full JIT, as a long-running server has. */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:-UsePerfData");
    /** What greenlets on one carrier per process need ({@link GreenletHub}), passed on when this JVM has it. */
    static final List<String> HUB_OPTIONS = List.of("--add-opens", "java.base/java.lang=ALL-UNNAMED");
    /** How long a child may take to start, warm up, or answer a line. */
    static final long ANSWER_TIMEOUT_NANOS = 60_000_000_000L;
    /** How long a shutdown of this JVM leaves the children before killing them. */
    static final long SHUTDOWN_WAIT_NANOS = 15_000_000_000L;

    private final List<ChildJvm> children = new ArrayList<>();
    private final List<URI> uris = new ArrayList<>();
    private final List<ServerSpec> specs = new ArrayList<>();
    private final ServerLog log;
    private final Path dir;
    private final Thread killer;
    private final List<LevelLog> levels = new ArrayList<>();
    private final List<Long> taken = new ArrayList<>();
    private long syn;
    private long cpu;

    /** The child's main class and arguments (before {@code --spec FILE}), and how long each child may live. */
    record Launch(String mainClass, List<String> args, long seed, long lifetimeNanos) {
    }

    private ChildJvmServers(ServerLog log, Path dir) {
        this.log = log;
        this.dir = dir;
        this.killer = new Thread(this::onShutdown, "avalanche-servers-killer");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** Starts {@code count} servers, each warmed up; on a failure, what was started is killed. */
    static ChildJvmServers start(Launch launch, int count, StubAddress stub, double timeScale, ServerLog log,
            int warmUpRequests, int stubConnections, LiveClock clock) throws IOException, InterruptedException {
        ChildJvmServers g = new ChildJvmServers(log, Files.createTempDirectory("avalanche-servers-"));
        try {
            long epoch = clock.epochMicros();
            for (int i = 0; i < count; i++) {
                Path d = g.dir.resolve("server-" + i);
                Files.createDirectories(d);
                ServerSpec spec = new ServerSpec(stub.port(), launch.seed(), i, count, timeScale, log.capacity(), warmUpRequests,
                        stubConnections, epoch, d.resolve("server.log"), launch.lifetimeNanos());
                spec.write(d.resolve("spec.properties"));
                g.specs.add(spec);
                List<String> options = new ArrayList<>(JVM_OPTIONS);
                if (GreenletHub.available()) {
                    options.addAll(HUB_OPTIONS);
                }
                g.children.add(ChildJvm.start(options, launch.mainClass(), launch.args(), d.resolve("spec.properties"),
                        d.resolve("child.err")));
            }
            for (int i = 0; i < count; i++) {
                String ready = g.await(i, ServerSpec.READY);
                g.uris.add(URI.create(ready.substring(ServerSpec.READY.length()).strip()));
            }
            return g;
        } catch (IOException | InterruptedException | RuntimeException e) {
            g.close();
            throw e;
        }
    }

    /** The next line of child {@code i}, which must start with {@code expected}. */
    private String await(int i, String expected) throws IOException, InterruptedException {
        ChildJvm c = children.get(i);
        Optional<String> line = c.poll(ANSWER_TIMEOUT_NANOS);
        if (line == null || line.isEmpty() || !line.get().startsWith(expected)) {
            throw new IOException("app server " + (i + 1) + "'s JVM did not answer '" + expected + "' within "
                    + ANSWER_TIMEOUT_NANOS / 1_000_000_000 + " s (" + (line == null ? "no answer"
                            : line.map(l -> "said '" + l + "'").orElse("it exited")) + ")" + c.errors());
        }
        return line.get();
    }

    private void tellAll(String line, String answer) throws IOException, InterruptedException {
        children.forEach(c -> c.tell(line));
        for (int i = 0; i < children.size(); i++) {
            await(i, answer);
        }
    }

    @Override
    public List<URI> uris() {
        return List.copyOf(uris);
    }

    @Override
    public void forgetWarmUp() throws IOException, InterruptedException {
        tellAll(ServerSpec.FORGET, ServerSpec.DONE);
    }

    @Override
    public void play() throws IOException, InterruptedException {
        tellAll(ServerSpec.PLAY, ServerSpec.DONE);
    }

    /** Nanoseconds to add to a child's instant to have the run's: its clock counts from the spec's epoch. */
    private long shift(LiveClock clock) {
        return (specs.getFirst().epochMicros() - clock.epochMicros()) * 1000;
    }

    @Override
    public boolean awaitIdle(LiveClock clock, long untilWallNanos) throws IOException, InterruptedException {
        long until = untilWallNanos - shift(clock);
        children.forEach(c -> c.tell(ServerSpec.SETTLE + " " + until));
        boolean idle = true;
        for (int i = 0; i < children.size(); i++) {
            idle &= await(i, "").equals("idle");
        }
        return idle;
    }

    @Override
    public boolean logsLive() {
        return false;
    }

    @Override
    public void collect(LiveClock clock) throws IOException, InterruptedException {
        long shift = shift(clock);
        children.forEach(c -> c.tell(ServerSpec.END));
        cpu = 0;
        for (int i = 0; i < children.size(); i++) {
            ChildJvm c = children.get(i);
            if (!c.process().waitFor(ANSWER_TIMEOUT_NANOS, TimeUnit.NANOSECONDS)) {
                throw new IOException("app server " + (i + 1) + "'s JVM did not write its log within "
                        + ANSWER_TIMEOUT_NANOS / 1_000_000_000 + " s" + c.errors());
            }
            Path file = specs.get(i).result();
            if (!Files.exists(file)) {
                throw new IOException("app server " + (i + 1) + "'s JVM exited with status " + c.process().exitValue()
                        + " without its log" + c.errors());
            }
            ServerFile.Contents part = ServerFile.read(file, log, shift);
            levels.add(part.levels());
            taken.add(part.taken());
            syn += part.synRetransmissions();
            cpu = cpu < 0 || part.cpuNanos() < 0 ? -1 : cpu + part.cpuNanos();
        }
    }

    @Override
    public long lastChangeNanos() {
        long last = 0;
        for (LevelLog l : levels) {
            synchronized (l) {
                last = Math.max(last, l.size() == 0 ? 0 : l.wallNanos(l.size() - 1));
            }
        }
        return last;
    }

    @Override
    public List<LevelLog> levels() {
        return List.copyOf(levels);
    }

    @Override
    public long synRetransmissions() {
        return syn;
    }

    @Override
    public List<Long> taken() {
        return taken.isEmpty() ? children.stream().map(c -> 0L).toList() : List.copyOf(taken);
    }

    @Override
    public long ownJvmCpuNanos() {
        return cpu;
    }

    @Override
    public List<Long> pids() {
        return children.stream().map(c -> c.process().pid()).toList();
    }

    /** This JVM is shutting down: the children get a while to hand over their logs to a stopped run, then are killed. */
    private void onShutdown() {
        ChildJvm.awaitThenForceKill(children, SHUTDOWN_WAIT_NANOS);
    }

    /** Kills the children still running, and deletes the temporary folder. */
    @Override
    public void close() {
        ChildJvm.closeAll(children, killer, dir);
    }
}
