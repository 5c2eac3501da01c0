package dev.avalanche.bridge.internal.load;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.avalanche.bridge.internal.run.Http1Client;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests sent before the clock starts, so that the measured ones run compiled code, as on a
 * server that has been up a while: the app server to itself (calls made to the stub's health
 * check), and a users' child JVM to a stub of its own. Never aimed at someone else's server.
 * Its requests are sent on virtual threads of its own; the calling thread waits until they are all done.
 */
public final class WarmUp {

    /** Connections a warm-up uses at once. */
    static final int CONCURRENCY = 16;

    private WarmUp() {
    }

    /**
     * Ends the warm-ups of a JVM that takes part in a measured run: collects the garbage they left
     * (and that of starting up), so that the collection their allocations would otherwise bring on
     * does not fall inside the measured run, where it stops the JVM's threads and takes the cores
     * from the others at their busiest. Called last before the JVM says it is ready.
     *
     * <p>First it tells the JVM to keep the heap it has ({@code MaxHeapFreeRatio}, a flag the JVM
     * lets a running program set): after a full collection the JVM would otherwise hand most of the
     * heap back to the system, and the run would then fault it in again, page by page, while it
     * allocates its requests' buffers and virtual threads' stacks. BENCHMARKS.md ("A virtual
     * machine's page faults and system calls") has what both cost on virtual-threads-1000.
     */
    public static void settle() {
        try {
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).setVMOption("MaxHeapFreeRatio", "100");
        } catch (RuntimeException e) {
            // Not a HotSpot JVM, or the flag cannot be set: the collection may give memory back.
        }
        System.gc();
    }

    /**
     * Sends {@code requests} unlogged {@code GET path} requests through {@code client},
     * {@value #CONCURRENCY} at a time, each waiting at most 10 s; one that fails ends its sender.
     */
    public static void send(Http1Client client, String path, int requests) throws InterruptedException {
        AtomicLong left = new AtomicLong(requests);
        try (ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < CONCURRENCY; i++) {
                ex.execute(() -> {
                    try {
                        while (left.getAndDecrement() > 0) {
                            client.get(path, 10_000_000_000L);
                        }
                    } catch (IOException e) {
                        // A warm-up that fails warms less; the run itself reports what goes wrong.
                    }
                });
            }
        }
    }
}
