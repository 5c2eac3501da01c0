package dev.avalanche.bridge.internal.load;

import dev.avalanche.bridge.LiveTarget;
import dev.avalanche.bridge.StopSignal;
import dev.avalanche.bridge.UserSide;
import dev.avalanche.bridge.internal.run.LiveClock;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The users in a child JVM, the server's half of the protocol ({@code ChildLoadGenerator} is the
 * child's): this JVM writes a {@link UsersSpec} to a temporary folder and starts
 * {@code java <JVM_OPTIONS> -cp <this class path> <main> <args> --spec FILE} with its own java
 * command; the child loads the scenario, warms up, and prints {@value UsersSpec#READY}; this JVM
 * picks the origin {@link #GO_LEAD_NANOS} ahead and writes {@code go <origin in epoch microseconds>};
 * the child plays, writes its {@link ClientLogFile} and exits. {@code stop} on its input (or the
 * input's end, when this JVM dies) makes it stop early. Its standard error goes to a file whose last
 * lines explain a failure.
 *
 * <p>The child never outlives the run: it stops by itself at the deadline and the request cap, has
 * a watchdog of its own ({@link UsersSpec#lifetimeNanos()}), is killed when it overruns the run's
 * end by {@link #OVERRUN_NANOS}, by {@link #close}, and by a shutdown hook of this JVM (after the
 * stop's grace, so that a Ctrl-C still gets the child's partial log).
 *
 * <p>Thread contract: {@link UserRunner}'s; the shutdown hook, on a thread of its own, only kills
 * the child.
 */
public final class ChildJvmUsers implements UserRunner {

    /** The child's JVM: a small collector and C1 only, so its JIT and GC threads take little of the cores. */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData");
    /** How long the child may take to start, load its scenario and warm up. */
    static final long READY_TIMEOUT_NANOS = 60_000_000_000L;
    /** How far ahead of the {@code go} line the origin lies, so that the child has read it by then. */
    static final long GO_LEAD_NANOS = 50_000_000L;
    /** How long past the run's end (deadline or stop, plus grace) the child may take before it is killed. */
    static final long OVERRUN_NANOS = 5_000_000_000L;

    private final UserSide.ChildJvm side;
    private final UsersSpec spec;
    private final StopSignal stop;
    private final Path dir;
    private final LinkedBlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
    private volatile Process process;
    private Thread killer;
    private BufferedWriter toChild;

    public ChildJvmUsers(UserSide.ChildJvm side, LiveTarget target, long seed, double timeScale, int capacity,
            long deadlineWallNanos, StopSignal stop, long stopGraceNanos, int warmUpRequests, boolean usersTimeOut,
            boolean newConnections) throws IOException {
        this.side = side;
        this.stop = stop;
        this.dir = Files.createTempDirectory("avalanche-users-");
        long lifetime = READY_TIMEOUT_NANOS + deadlineWallNanos + stopGraceNanos + 2 * OVERRUN_NANOS;
        this.spec = new UsersSpec(target.uri(), target.address().getAddress().getHostAddress(), !target.isLoopback(), seed,
                timeScale, deadlineWallNanos, capacity, stopGraceNanos, warmUpRequests, dir.resolve("client.log"), lifetime,
                usersTimeOut, newConnections);
    }

    @Override
    public void prepare() throws IOException, InterruptedException {
        if (stop.isStopped()) {
            return;
        }
        Path specFile = dir.resolve("spec.properties");
        spec.write(specFile);
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(JVM_OPTIONS);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), side.mainClass()));
        cmd.addAll(side.args());
        cmd.addAll(List.of("--spec", specFile.toString()));
        killer = new Thread(this::onShutdown, "avalanche-users-killer");
        Runtime.getRuntime().addShutdownHook(killer);
        process = new ProcessBuilder(cmd).redirectError(dir.resolve("child.err").toFile()).start();
        Process p = process;
        toChild = process.outputWriter(StandardCharsets.UTF_8);
        // A platform thread: a virtual one blocked reading the pipe would hold one of the server's carriers.
        Thread.ofPlatform().daemon().name("users-jvm-output").start(() -> {
            try (BufferedReader r = p.inputReader(StandardCharsets.UTF_8)) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    lines.add(Optional.of(l));
                }
            } catch (IOException e) {
                // The child is gone: the end of its output says so.
            } finally {
                lines.add(Optional.empty());
            }
        });
        long until = System.nanoTime() + READY_TIMEOUT_NANOS;
        while (!stop.isStopped()) {
            Optional<String> line = lines.poll(20, TimeUnit.MILLISECONDS);
            if (line != null && line.isPresent() && line.get().equals(UsersSpec.READY)) {
                return;
            }
            if ((line != null && line.isEmpty()) || System.nanoTime() > until) {
                throw new IOException("the users' JVM did not get ready within " + READY_TIMEOUT_NANOS / 1_000_000_000
                        + " s (" + (line == null ? "still starting" : line.map(l -> "said '" + l + "'").orElse("it exited")) + ")" + errors());
            }
        }
    }

    @Override
    public Played play(LiveClock clock) throws IOException, InterruptedException {
        if (process == null || stop.isStopped()) {
            clock.start();
            return new Played(new ClientLog(spec.maxRequests()), false, 0, 0);
        }
        clock.startAt(System.nanoTime() + GO_LEAD_NANOS);
        tell(UsersSpec.GO + " " + clock.epochMicros());
        long end = spec.deadlineNanos() + 1_000_000_000L + OVERRUN_NANOS;
        boolean told = false;
        while (!process.waitFor(10, TimeUnit.MILLISECONDS)) {
            if (!told && stop.isStopped()) {
                tell(UsersSpec.STOP);
                told = true;
                end = Math.min(end, stop.stoppedAtNanoTime() - clock.originNanoTime() + spec.stopGraceNanos()
                        + 1_000_000_000L + OVERRUN_NANOS);
            }
            if (clock.wallNanos() > end) {
                kill();
                throw new IOException("the users' JVM overran the run's end by " + OVERRUN_NANOS / 1_000_000_000
                        + " s and was killed" + errors());
            }
        }
        if (!Files.exists(spec.log())) {
            throw new IOException("the users' JVM exited with status " + process.exitValue() + " without its log" + errors());
        }
        ClientLogFile.Contents c = ClientLogFile.read(spec.log(), spec.maxRequests());
        return new Played(c.log(), c.truncated(), c.endNanos(), c.cpuNanos());
    }

    private void tell(String line) {
        try {
            toChild.write(line + "\n");
            toChild.flush();
        } catch (IOException e) {
            // The child is gone; play() finds out from its exit.
        }
    }

    /**
     * This JVM is shutting down (Ctrl-C, which the child receives too, or a SIGTERM, after which the
     * stop signal tells it): the child gets the stop's grace and a little more to write its log and
     * exit, as this JVM's run waits for it; then it is killed.
     */
    private void onShutdown() {
        Process running = process;
        if (running == null) {
            return;
        }
        try {
            running.waitFor(spec.stopGraceNanos() + OVERRUN_NANOS, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running.destroyForcibly();
    }

    /** The last lines the child wrote to standard error, as the end of a message. */
    private String errors() {
        try {
            List<String> err = Files.readAllLines(dir.resolve("child.err"));
            return err.isEmpty() ? "" : "; its last words: " + String.join(" | ", err.subList(Math.max(0, err.size() - 3), err.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    /** Kills the child if it still runs, and deletes the temporary folder. */
    @Override
    public void close() {
        try {
            kill();
        } catch (InterruptedException e) {
            if (process != null) {
                process.destroyForcibly();
            }
            Thread.currentThread().interrupt();
        }
        if (killer != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(killer);
            } catch (IllegalStateException e) {
                // This JVM is shutting down: the hook runs and finds the child gone.
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
