package dev.avalanche.bridge.internal.server;

import dev.avalanche.bridge.internal.run.Http1Socket;
import dev.avalanche.bridge.internal.run.Loopback;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * The HTTP/1.1 front of an app server, or of the balancer, on 127.0.0.1: a platform thread accepts
 * at once (the kernel's listen backlog is the scenario's for an app server, nginx's for the
 * balancer), each connection has a virtual thread of its own that reads its request heads and hands
 * each request to the workers (the app's {@link WorkerPool}; the balancer's forwarders), whose
 * worker runs the handler and writes the one response. While the request waits and runs, the
 * connection's thread watches the socket: a user who leaves (closes the connection) is seen at
 * once, so a worker can discard a request whose user left while it waited
 * ({@link Exchange#peerClosed}), as a server that polls its connections does, and the balancer can
 * drop its request to a server ({@link Exchange#onPeerClosed}), as nginx does. A keep-alive connection then
 * waits for its next request, holding no worker.
 *
 * <p>It replaces the JDK's {@code HttpServer}, whose per-request work (a dispatcher thread, URI and
 * header maps, a formatted Date header, logger checks) and its JIT compilation in a fresh JVM
 * delayed a burst of 1000 requests by a tenth of a second or more on two cores.
 *
 * <p>Thread contract: one platform thread accepts, a virtual thread per connection reads and
 * watches it, and the workers' threads write the responses through its {@link Exchange} (one
 * writer per exchange); {@link #start} and {@link #close} are called by its owner's thread, once
 * each, and {@link #uri} by any thread. {@link #close} stops accepting and closes every connection.
 */
final class AppFront implements AutoCloseable {

    /** One request: its target, and the one response a worker writes. */
    static final class Exchange {
        private final Http1Socket conn;
        private final String target;
        private final boolean keepAlive;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile boolean peerClosed;
        /** Run once when the peer closes; guarded by this. */
        private Runnable onPeerClosed;
        private boolean responded;

        private Exchange(Http1Socket conn, String target, boolean keepAlive) {
            this.conn = conn;
            this.target = target;
            this.keepAlive = keepAlive;
        }

        /** The query of the request target, or null when it has none. */
        String query() {
            int q = target.indexOf('?');
            return q < 0 ? null : target.substring(q + 1);
        }

        /** The request target as received: the path and its query. */
        String target() {
            return target;
        }

        /** Whether the user closed the connection (left) since sending the request. */
        boolean peerClosed() {
            return peerClosed;
        }

        /** Runs {@code action} once the user closes the connection, at once when it has already; one action per request. */
        void onPeerClosed(Runnable action) {
            synchronized (this) {
                if (!peerClosed) {
                    onPeerClosed = action;
                    return;
                }
            }
            action.run();
        }

        private void peerLeft() {
            Runnable action;
            synchronized (this) {
                peerClosed = true;
                action = onPeerClosed;
            }
            if (action != null) {
                action.run();
            }
        }

        /** Writes the response, {@code status} with an empty body. @throws IOException when the client has left */
        void respond(int status) throws IOException {
            responded = true;
            String head = switch (status) {
                case 200 -> "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n";
                case 204 -> "HTTP/1.1 204 No Content\r\n";
                case 500 -> "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n";
                case 502 -> "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n";
                case 504 -> "HTTP/1.1 504 Gateway Timeout\r\nContent-Length: 0\r\n";
                default -> "HTTP/1.1 " + status + " Status\r\nContent-Length: 0\r\n";
            };
            conn.write((head + (keepAlive ? "\r\n" : "Connection: close\r\n\r\n")).getBytes(StandardCharsets.US_ASCII));
        }
    }

    private final ServerSocket listener;
    private final Executor workers;
    private final Consumer<Exchange> handler;
    private final ExecutorService readers;
    private final Set<Http1Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;

    /**
     * @param name the prefix of its threads' names ({@code app}, {@code balancer})
     * @param backlog the listen backlog (the kernel caps it at {@code somaxconn}), at least 1
     */
    AppFront(String name, int backlog, Executor workers, Consumer<Exchange> handler) throws IOException {
        this.workers = workers;
        this.handler = handler;
        this.readers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(name + "-conn-", 0).factory());
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(Loopback.address(), 0), Math.max(1, backlog));
        this.acceptor = Thread.ofPlatform().daemon().name(name + "-acceptor").unstarted(this::accept);
    }

    void start() {
        acceptor.start();
    }

    /** {@code http://127.0.0.1:port/}. */
    URI uri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/");
    }

    private void accept() {
        while (!closed) {
            try {
                Socket s = listener.accept();
                Http1Socket conn = new Http1Socket(s);
                open.add(conn);
                readers.execute(() -> serve(conn));
            } catch (IOException e) {
                // Closed: the loop ends. Otherwise (a connection reset before accept) go on.
            }
        }
    }

    /**
     * The connection's life: reads a request head, hands the request to the workers, watches the
     * socket until the response is written, and so on while the connection is kept alive; closes it
     * at its end.
     */
    private void serve(Http1Socket conn) {
        try {
            while (!closed) {
                Exchange ex = read(conn);
                workers.execute(new WorkerPool.Job() {
                    @Override
                    public void run() {
                        try {
                            handler.accept(ex);
                        } finally {
                            if (!ex.responded || !ex.keepAlive) {
                                close(conn); // the response, if any, is complete: the connection ends here
                            }
                            ex.done.countDown();
                        }
                    }

                    @Override
                    public boolean abandoned() {
                        return ex.peerClosed();
                    }
                });
                boolean more = conn.awaitInput();
                if (!more) {
                    ex.peerLeft();
                }
                ex.done.await();
                if (!more || !ex.responded || !ex.keepAlive) {
                    break;
                }
            }
        } catch (IOException | NumberFormatException | RejectedExecutionException e) {
            // A malformed or cut request, or the front is closing: the connection ends.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close(conn);
        }
    }

    private static Exchange read(Http1Socket conn) throws IOException {
        String[] requestLine = conn.line(Http1Socket.NO_DEADLINE).split(" ");
        boolean keepAlive = requestLine.length == 3 && requestLine[2].equals("HTTP/1.1");
        long length = 0;
        for (String h = conn.line(Http1Socket.NO_DEADLINE); !h.isEmpty(); h = conn.line(Http1Socket.NO_DEADLINE)) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("connection:")) {
                keepAlive = lower.contains("keep-alive") || (keepAlive && !lower.contains("close"));
            }
        }
        conn.skip(length, Http1Socket.NO_DEADLINE);
        return new Exchange(conn, requestLine.length > 1 ? requestLine[1] : "/", keepAlive);
    }

    private void close(Http1Socket conn) {
        open.remove(conn);
        conn.close();
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            // Best effort: the acceptor ends either way.
        }
        for (Http1Socket c : open) {
            close(c);
        }
        readers.shutdownNow();
    }
}
