package dev.avalanche.bridge;

import java.util.List;

/**
 * Where a live run's built-in app servers run.
 *
 * <p>{@link ThisJvm}: every server in the run's JVM, beside the balancer and the stub (one process
 * holds every server's connections and threads). {@link ChildJvms}: each of the scenario's
 * {@code servers.count} servers in a JVM of its own, as uWSGI's processes are, the balancer and the
 * stub staying in the run's JVM: each server's connections, threads, heap and collector are its
 * own, and its log is read back after the run.
 */
public sealed interface ServerSide {

    /** Every server in the run's JVM. */
    record ThisJvm() implements ServerSide {
    }

    /**
     * Each server in a child JVM: {@code java -cp <this JVM's class path> mainClass args... --spec FILE}.
     * The child's {@code main} must hand {@code --spec FILE} to {@link ChildAppServer#serve} with the
     * scenario the arguments name, so that it serves the same {@code ModelConfig} as the run plays.
     *
     * @param mainClass the child's main class
     * @param args its arguments before {@code --spec FILE}
     */
    record ChildJvms(String mainClass, List<String> args) implements ServerSide {

        /** @throws IllegalArgumentException when {@code mainClass} is blank */
        public ChildJvms {
            if (mainClass == null || mainClass.isBlank()) {
                throw new IllegalArgumentException("mainClass: got '" + mainClass + "'; allowed a class name");
            }
            args = List.copyOf(args);
        }
    }
}
