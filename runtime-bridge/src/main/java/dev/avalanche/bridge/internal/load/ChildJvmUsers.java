package dev.avalanche.bridge.internal.load;

import dev.avalanche.bridge.LiveTarget;
import dev.avalanche.bridge.StopSignal;
import dev.avalanche.bridge.UserSide;
import dev.avalanche.bridge.internal.run.ChildJvm;
import dev.avalanche.bridge.internal.run.LiveClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The users in child JVMs, the server's half of the protocol ({@code ChildLoadGenerator} is the
 * child's): for each of {@link UserSide.ChildJvm#processes()} children this JVM writes a
 * {@link UsersSpec} (with the child's {@link UsersShare}) to a temporary folder and starts
 * {@code java <JVM_OPTIONS> -cp <this class path> <main> <args> --spec FILE} with its own java
 * command; each child loads the scenario, warms up, and prints {@value UsersSpec#READY}; once all
 * are ready this JVM picks the origin {@link #GO_LEAD_NANOS} ahead and writes
 * {@code go <origin in epoch microseconds>} to each; each child plays its share, writes its
 * {@link ClientLogFile} and exits, and this JVM merges their logs into one ({@link ClientLog#place}).
 * {@code stop} on a child's input (or the input's end, when this JVM dies) makes it stop early.
 * Each child's standard error goes to a file whose last lines explain a failure.
 *
 * <p>No child outlives the run: each stops by itself at the deadline and its request cap, has a
 * watchdog of its own ({@link UsersSpec#lifetimeNanos()}), is killed when it overruns the run's end
 * by {@link #OVERRUN_NANOS}, by {@link #close}, and by a shutdown hook of this JVM (after the stop's
 * grace, so that a Ctrl-C still gets the children's partial logs).
 *
 * <p>Thread contract: {@link UserRunner}'s; the shutdown hook, on a thread of its own, only kills
 * the children.
 */
public final class ChildJvmUsers implements UserRunner {

    /** The child's JVM: a small collector and C1 only, so its JIT and GC threads take little of the cores. */
    static final List<String> JVM_OPTIONS = ChildJvm.LIGHT;
    /** How long the children may take to start, load their scenario and warm up. */
    static final long READY_TIMEOUT_NANOS = 60_000_000_000L;
    /** How far ahead of the {@code go} line the origin lies, so that the children have read it by then. */
    static final long GO_LEAD_NANOS = 50_000_000L;
    /** How long past the run's end (deadline or stop, plus grace) a child may take before it is killed. */
    static final long OVERRUN_NANOS = 5_000_000_000L;

    private final UserSide.ChildJvm side;
    private final StopSignal stop;
    private final Path dir;
    private final int capacity;
    private final List<Child> children = new ArrayList<>();
    private Thread killer;

    /** One child JVM: its spec and folder, and the JVM once started. */
    private static final class Child {
        final UsersSpec spec;
        final Path dir;
        volatile ChildJvm jvm;
        boolean ready;

        Child(UsersSpec spec, Path dir) {
            this.spec = spec;
            this.dir = dir;
        }
    }

    public ChildJvmUsers(UserSide.ChildJvm side, LiveTarget target, long seed, double timeScale, int capacity,
            long deadlineWallNanos, StopSignal stop, long stopGraceNanos, int warmUpRequests, boolean usersTimeOut,
            boolean newConnections) throws IOException {
        this.side = side;
        this.stop = stop;
        this.capacity = capacity;
        this.dir = Files.createTempDirectory("avalanche-users-");
        long lifetime = READY_TIMEOUT_NANOS + deadlineWallNanos + stopGraceNanos + 2 * OVERRUN_NANOS;
        int n = side.processes();
        for (int i = 0; i < n; i++) {
            UsersShare share = n == 1 ? UsersShare.WHOLE : UsersShare.of(i, n, capacity);
            Path childDir = dir.resolve("users-" + i);
            Files.createDirectories(childDir);
            children.add(new Child(new UsersSpec(target.uri(), target.address().getAddress().getHostAddress(),
                    !target.isLoopback(), seed, timeScale, deadlineWallNanos, UsersShare.block(n, capacity), stopGraceNanos,
                    warmUpRequests, childDir.resolve("client.log"), lifetime, usersTimeOut, newConnections, share), childDir));
        }
    }

    /** The process ids of the children started so far (for tests: each share runs in a process of its own). */
    public List<Long> pids() {
        return started().stream().map(j -> j.process().pid()).toList();
    }

    /** Starts every child at once, then waits until each says ready (they warm up side by side). */
    @Override
    public void prepare() throws IOException, InterruptedException {
        if (stop.isStopped()) {
            return;
        }
        killer = new Thread(this::onShutdown, "avalanche-users-killer");
        Runtime.getRuntime().addShutdownHook(killer);
        for (Child c : children) {
            start(c);
        }
        long until = System.nanoTime() + READY_TIMEOUT_NANOS;
        for (Child c : children) {
            while (!c.ready && !stop.isStopped()) {
                Optional<String> line = c.jvm.poll(20_000_000L);
                if (line != null && line.isPresent() && line.get().equals(UsersSpec.READY)) {
                    c.ready = true;
                } else if ((line != null && line.isEmpty()) || System.nanoTime() > until) {
                    throw new IOException("the users' JVM" + which(c) + " did not get ready within "
                            + READY_TIMEOUT_NANOS / 1_000_000_000 + " s (" + (line == null ? "still starting"
                                    : line.map(l -> "said '" + l + "'").orElse("it exited")) + ")" + errors(c));
                }
            }
        }
    }

    private void start(Child c) throws IOException {
        Path specFile = c.dir.resolve("spec.properties");
        c.spec.write(specFile);
        c.jvm = ChildJvm.start(JVM_OPTIONS, side.mainClass(), side.args(), specFile, c.dir.resolve("child.err"));
    }

    @Override
    public Played play(LiveClock clock) throws IOException, InterruptedException {
        if (children.stream().anyMatch(c -> c.jvm == null) || stop.isStopped()) {
            clock.start();
            return new Played(new ClientLog(capacity), false, 0, 0);
        }
        clock.startAt(System.nanoTime() + GO_LEAD_NANOS);
        for (Child c : children) {
            tell(c, UsersSpec.GO + " " + clock.epochMicros());
        }
        UsersSpec first = children.getFirst().spec;
        long end = first.deadlineNanos() + 1_000_000_000L + OVERRUN_NANOS;
        boolean told = false;
        for (Child c : children) {
            while (!c.jvm.process().waitFor(10, TimeUnit.MILLISECONDS)) {
                if (!told && stop.isStopped()) {
                    children.forEach(each -> tell(each, UsersSpec.STOP));
                    told = true;
                    end = Math.min(end, stop.stoppedAtNanoTime() - clock.originNanoTime() + first.stopGraceNanos()
                            + 1_000_000_000L + OVERRUN_NANOS);
                }
                if (clock.wallNanos() > end) {
                    kill();
                    throw new IOException("the users' JVM" + which(c) + " overran the run's end by "
                            + OVERRUN_NANOS / 1_000_000_000 + " s and was killed" + errors(c));
                }
            }
        }
        ClientLog merged = new ClientLog(capacity);
        boolean truncated = false;
        long endNanos = 0;
        long cpu = 0;
        for (Child c : children) {
            if (!Files.exists(c.spec.log())) {
                throw new IOException("the users' JVM" + which(c) + " exited with status " + c.jvm.process().exitValue()
                        + " without its log" + errors(c));
            }
            ClientLogFile.Contents part = ClientLogFile.read(c.spec.log(), c.spec.maxRequests());
            merged.place(part.log(), c.spec.share().idBase());
            truncated |= part.truncated();
            endNanos = Math.max(endNanos, part.endNanos());
            cpu = cpu < 0 || part.cpuNanos() < 0 ? -1 : cpu + part.cpuNanos();
        }
        return new Played(merged, truncated, endNanos, cpu);
    }

    private static void tell(Child c, String line) {
        c.jvm.tell(line);
    }

    /** " 2 of 4" when there are several children, else nothing. */
    private String which(Child c) {
        return children.size() == 1 ? "" : " " + (c.spec.share().index() + 1) + " of " + children.size();
    }

    /**
     * This JVM is shutting down (Ctrl-C, which the children receive too, or a SIGTERM, after which
     * the stop signal tells them): the children get the stop's grace and a little more to write their
     * logs and exit, as this JVM's run waits for them; then they are killed.
     */
    private void onShutdown() {
        ChildJvm.awaitThenForceKill(started(), children.getFirst().spec.stopGraceNanos() + OVERRUN_NANOS);
    }

    /** The last lines a child wrote to standard error, as the end of a message. */
    private static String errors(Child c) {
        return c.jvm == null ? "" : c.jvm.errors();
    }

    private List<ChildJvm> started() {
        return children.stream().map(c -> c.jvm).filter(j -> j != null).toList();
    }

    /** Asks every child still running to end, then forces those that did not within 3 s. */
    private void kill() throws InterruptedException {
        ChildJvm.kill(started());
    }

    /** Kills the children still running, and deletes the temporary folder. */
    @Override
    public void close() {
        ChildJvm.closeAll(started(), killer, dir);
    }
}
