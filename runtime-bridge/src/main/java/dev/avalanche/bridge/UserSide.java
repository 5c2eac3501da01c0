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
     * <p>With {@code processes} N above 1, N such JVMs each play a share of an open loop's intents
     * (every N-th of the schedule the seed draws, so that together they play exactly the intents of
     * one), each holding only its users' connections: for loads whose connections would exceed one
     * process's open-file limit ({@code ulimit -n}). Their logs are merged into one before the
     * results are computed, so the latency histograms are those of every request, never averages.
     *
     * @param mainClass the child's main class
     * @param args its arguments before {@code --spec FILE}
     * @param processes how many such JVMs share the users, from 1 to {@value #MAX_PROCESSES}
     */
    record ChildJvm(String mainClass, List<String> args, int processes) implements UserSide {

        /** The most users' JVMs one run starts. */
        public static final int MAX_PROCESSES = 16;

        /** One JVM for all the users. */
        public ChildJvm(String mainClass, List<String> args) {
            this(mainClass, args, 1);
        }

        /** @throws IllegalArgumentException when {@code mainClass} is blank or {@code processes} out of range */
        public ChildJvm {
            if (mainClass == null || mainClass.isBlank()) {
                throw new IllegalArgumentException("mainClass: got '" + mainClass + "'; allowed a class name");
            }
            if (processes < 1 || processes > MAX_PROCESSES) {
                throw new IllegalArgumentException("--user-processes: got " + processes + "; allowed 1.." + MAX_PROCESSES);
            }
            args = List.copyOf(args);
        }
    }
}
