package dev.avalanche.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * Says so when a signal (Ctrl-C, SIGTERM) ends a simulation early: a shutdown hook prints
 * {@code message} (what was and was not written) while the JVM ends, at once. {@link #close}
 * removes it once the command is done. Thread-safe.
 */
final class StopNotice implements AutoCloseable {

    private final Thread hook;

    StopNotice(PrintWriter err, Supplier<String> message) {
        this.hook = new Thread(() -> {
            err.println();
            err.println(message.get());
            err.flush();
        }, "avalanche-stop-notice");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook runs.
        }
    }
}
