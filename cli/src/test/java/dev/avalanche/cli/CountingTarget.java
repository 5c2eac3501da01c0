package dev.avalanche.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A server of the test's own on loopback for {@code --target}: {@code /view} answers 200 after a
 * pause, counting the requests that carry an id, so that a test can act once the users have sent
 * some, however long their JVM took to start. Thread-safe; {@link #close} stops it.
 */
final class CountingTarget implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger received = new AtomicInteger();

    /** @param pauseMillis how long each answer takes */
    CountingTarget(long pauseMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/view", ex -> {
            String query = ex.getRequestURI().getQuery();
            if (query != null && query.contains("id=")) {
                received.incrementAndGet();
            }
            try (ex) {
                Thread.sleep(pauseMillis);
                ex.sendResponseHeaders(200, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/view";
    }

    /** Requests with an id received so far. */
    int received() {
        return received.get();
    }

    /**
     * Waits until {@code condition} holds, checking every few milliseconds, for at most two minutes: a
     * bound no loaded machine reaches, there only so that a broken mechanism fails instead of hanging.
     *
     * @return whether it held
     */
    static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 120_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - until > 0) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
