package dev.avalanche.bridge;

import java.util.List;

/**
 * Where a live run's users (the load generator) run.
 *
 * <p>{@link ChildJvm} is what {@code avalanche live} uses: a JVM of its own, so that the users and
 * the server never share a heap, a garbage collector, JIT compiler threads or virtual-thread
 * carriers unnoticed (they still share the machine's cores). {@link ThisJvm} is for tests and
 * quick experiments: no second JVM to start, but every cost of the users lands on the server's JVM.
 */
public sealed interface UserSide {

    /** The users on virtual threads in the calling JVM. */
    record ThisJvm() implements UserSide {
    }

    /**
     * The users in a child JVM: {@code java -cp <this JVM's class path> <options> mainClass args... --spec FILE},
     * with the java command of this JVM. The child's {@code main} must hand {@code --spec FILE} to
     * {@link ChildLoadGenerator#serve}, with the scenario the arguments name, so that it plays the
     * same {@code ModelConfig} as the server (the arguments carry the scenario file, its overrides
     * and the variant; the child loads them itself).
     *
     * @param mainClass the child's main class
     * @param args its arguments before {@code --spec FILE}
     */
    record ChildJvm(String mainClass, List<String> args) implements UserSide {

        /** @throws IllegalArgumentException when {@code mainClass} is blank */
        public ChildJvm {
            if (mainClass == null || mainClass.isBlank()) {
                throw new IllegalArgumentException("mainClass: got '" + mainClass + "'; allowed a class name");
            }
            args = List.copyOf(args);
        }
    }
}
