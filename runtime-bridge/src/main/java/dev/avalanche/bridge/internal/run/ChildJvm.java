package dev.avalanche.bridge.internal.run;

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
 * One child JVM of a live run (the users' share, or an app server): {@code java <options> -cp <this
 * class path> <main> <args> --spec FILE} with this JVM's java command, its standard error in a file
 * whose last lines explain a failure, its output read line by line by a platform thread of its own,
 * its input written a line at a time. Whoever starts it kills it ({@link #kill}) on every way out.
 *
 * <p>Thread contract: started, told, read and killed by one thread; the reader thread only queues lines.
 */
public final class ChildJvm {

    /** A small collector and C1 only, so that the child's JIT and GC threads take little of the cores. */
    public static final List<String> LIGHT = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData");

    private final Process process;
    private final BufferedWriter in;
    private final Path err;
    private final LinkedBlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();

    private ChildJvm(Process process, Path err) {
        this.process = process;
        this.err = err;
        this.in = process.outputWriter(StandardCharsets.UTF_8);
        // A platform thread: a virtual one blocked reading the pipe would hold one of this JVM's carriers.
        Thread.ofPlatform().daemon().name("child-jvm-output").start(() -> {
            try (BufferedReader r = process.inputReader(StandardCharsets.UTF_8)) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    lines.add(Optional.of(l));
                }
            } catch (IOException e) {
                // The child is gone: the end of its output says so.
            } finally {
                lines.add(Optional.empty());
            }
        });
    }

    /** Starts {@code mainClass args... --spec specFile} with {@code jvmOptions}, its standard error into {@code errFile}. */
    public static ChildJvm start(List<String> jvmOptions, String mainClass, List<String> args, Path specFile, Path errFile)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(args);
        cmd.addAll(List.of("--spec", specFile.toString()));
        return new ChildJvm(new ProcessBuilder(cmd).redirectError(errFile.toFile()).start(), errFile);
    }

    public Process process() {
        return process;
    }

    /**
     * The next line the child writes, waiting at most {@code timeoutNanos}: empty when it ended its
     * output (it exited), {@code null} when the time ran out.
     */
    public Optional<String> poll(long timeoutNanos) throws InterruptedException {
        return lines.poll(timeoutNanos, TimeUnit.NANOSECONDS);
    }

    /** Writes {@code line} to the child's input; a child already gone is found out from its exit. */
    public void tell(String line) {
        try {
            in.write(line + "\n");
            in.flush();
        } catch (IOException e) {
            // The child is gone.
        }
    }

    /** The last lines the child wrote to standard error, as the end of a message. */
    public String errors() {
        try {
            List<String> e = Files.readAllLines(err);
            return e.isEmpty() ? "" : "; its last words: " + String.join(" | ", e.subList(Math.max(0, e.size() - 3), e.size()));
        } catch (IOException e) {
            return "";
        }
    }

    /** Asks every child of {@code children} still running to end, then forces those that did not within 3 s. */
    public static void kill(List<ChildJvm> children) throws InterruptedException {
        for (ChildJvm c : children) {
            if (c.process.isAlive()) {
                c.process.destroy();
            }
        }
        for (ChildJvm c : children) {
            if (!c.process.waitFor(3, TimeUnit.SECONDS)) {
                c.process.destroyForcibly();
                c.process.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Ends a set of children for good: kills those still running ({@link #kill}, forced when
     * interrupted), removes {@code hook} (their shutdown-time killer, when there is one) and deletes
     * {@code dir}, their temporary folder.
     */
    public static void closeAll(List<ChildJvm> children, Thread hook, Path dir) {
        try {
            kill(children);
        } catch (InterruptedException e) {
            forceKill(children);
            Thread.currentThread().interrupt();
        }
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // This JVM is shutting down: the hook runs and finds the children gone.
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }

    /**
     * This JVM is shutting down: gives the children of {@code children} at most {@code waitNanos}
     * together to write their results and exit, then forces those still running to end.
     */
    public static void awaitThenForceKill(List<ChildJvm> children, long waitNanos) {
        long until = System.nanoTime() + waitNanos;
        for (ChildJvm c : children) {
            try {
                c.process.waitFor(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        forceKill(children);
    }

    /** Forces every child of {@code children} to end at once (an interrupted close, a shutdown hook's last resort). */
    public static void forceKill(List<ChildJvm> children) {
        children.forEach(c -> c.process.destroyForcibly());
    }
}
