package dev.avalanche.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Says so when a signal (Ctrl-C, SIGTERM) ends the program early: a shutdown hook, installed by
 * {@link Main#main} before anything else, prints what was and was not written while the JVM ends,
 * at once. Commands say what would be left ({@link #say}); {@link #done} silences it when the
 * command ended by itself; a command with a hook of its own (live's partial results) hands over
 * with {@code say(null)}.
 *
 * <p>The message is process-wide state, as the JVM's shutdown hooks are; thread-safe. Without
 * {@link #install} (tests call {@code execute()}) nothing is printed.
 */
final class StopNotice {

    static final String NOTHING_WRITTEN = "avalanche: stopped before the end; nothing was written";

    private static final AtomicReference<String> MESSAGE = new AtomicReference<>(NOTHING_WRITTEN);

    private StopNotice() {
    }

    /** Installs the hook that prints the message on {@code err}. */
    static void install(PrintStream err) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            String m = MESSAGE.get();
            if (m != null) {
                err.println();
                err.println(m);
                err.flush();
            }
        }, "avalanche-stop-notice"));
    }

    /** What a signal now interrupts: {@code message} is what to say (null: nothing, another hook speaks). */
    static void say(String message) {
        MESSAGE.set(message);
    }

    /** The command ended by itself: a later exit says nothing. */
    static void done() {
        MESSAGE.set(null);
    }
}
