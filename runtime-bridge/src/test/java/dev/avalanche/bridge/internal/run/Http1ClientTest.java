package dev.avalanche.bridge.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The small HTTP/1.1 client against a scripted loopback server: each accepted connection answers
 * its requests with the script's replies, so the tests see exactly how many connections a client
 * opened and what it made of each kind of body.
 */
class Http1ClientTest {

    private static final long SECOND = 1_000_000_000L;

    /** A server whose n-th connection answers its k-th request with {@code script.apply(n)}'s k-th reply, then closes. */
    private static final class Scripted implements AutoCloseable {
        final ServerSocket listener = new ServerSocket(0, 50, Loopback.address());
        final AtomicInteger connections = new AtomicInteger();
        final List<String> requestLines = new CopyOnWriteArrayList<>();
        /** Counted down when a client leaves a request held unanswered. */
        final CountDownLatch left = new CountDownLatch(1);

        Scripted(Function<Integer, List<String>> script) throws IOException {
            Thread.ofVirtual().start(() -> {
                while (!listener.isClosed()) {
                    try {
                        Socket s = listener.accept();
                        List<String> replies = script.apply(connections.getAndIncrement());
                        Thread.ofVirtual().start(() -> serve(s, replies));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        private void serve(Socket s, List<String> replies) {
            try (s; InputStream in = s.getInputStream()) {
                for (String reply : replies) {
                    StringBuilder head = new StringBuilder();
                    while (!head.toString().endsWith("\r\n\r\n")) {
                        int b = in.read();
                        if (b < 0) {
                            return;
                        }
                        head.append((char) b);
                    }
                    requestLines.add(head.substring(0, head.indexOf("\r\n")));
                    if (reply.equals(HANG)) {
                        while (in.read() >= 0) {
                            // Holds the request unanswered until the client leaves.
                        }
                        left.countDown();
                        return;
                    }
                    s.getOutputStream().write(reply.getBytes(StandardCharsets.ISO_8859_1));
                    s.getOutputStream().flush();
                }
            } catch (IOException e) {
                // The client left.
            }
        }

        Http1Client client() {
            return new Http1Client(new InetSocketAddress(Loopback.address(), listener.getLocalPort()), "127.0.0.1");
        }

        @Override
        public void close() throws IOException {
            listener.close();
        }
    }

    private static final String OK = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
    /** A reply that never comes. */
    private static final String HANG = "hang";

    @Test
    void callsOneAfterAnotherShareOneKeepAliveConnection() throws IOException {
        try (Scripted server = new Scripted(n -> List.of(OK, OK, OK)); Http1Client client = server.client()) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, client.get("/?id=" + i, SECOND));
            }
            assertEquals(1, server.connections.get(), "one connection for three calls");
            assertEquals(List.of("GET /?id=0 HTTP/1.1", "GET /?id=1 HTTP/1.1", "GET /?id=2 HTTP/1.1"), server.requestLines);
        }
    }

    @Test
    void aClientWithoutReuseOpensAConnectionPerCallAndAsksTheServerToCloseIt() throws IOException {
        try (Scripted server = new Scripted(n -> List.of(OK, OK, OK));
                Http1Client client = new Http1Client(new InetSocketAddress(Loopback.address(), server.listener.getLocalPort()),
                        "127.0.0.1", false)) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, client.get("/?id=" + i, SECOND));
            }
            assertEquals(3, server.connections.get(), "one connection per call, as ab without -k");
            assertEquals(3, server.requestLines.size(), "each connection carried one request: " + server.requestLines);
        }
    }

    @Test
    void contentLengthChunkedAndInterimBodiesAreReadWholeSoTheNextCallReadsItsOwnResponse() throws IOException {
        List<String> replies = List.of(
                "HTTP/1.1 201 Created\r\nContent-Length: 5\r\n\r\nhello",
                "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 500 Oops\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n0\r\nTrailer: t\r\n\r\n",
                "HTTP/1.1 204 No Content\r\n\r\n",
                "HTTP/1.1 404 Not Found\r\ncontent-length: 2\r\n\r\nno");
        try (Scripted server = new Scripted(n -> replies); Http1Client client = server.client()) {
            assertEquals(201, client.get("/a", SECOND));
            assertEquals(500, client.get("/b", SECOND), "the 100 Continue is skipped");
            assertEquals(204, client.get("/c", SECOND));
            assertEquals(404, client.get("/d", SECOND));
            assertEquals(1, server.connections.get());
        }
    }

    @Test
    void aBodyThatRunsToTheCloseEndsTheConnection() throws IOException {
        try (Scripted server = new Scripted(n -> List.of("HTTP/1.0 200 OK\r\n\r\nto the end")); Http1Client client = server.client()) {
            assertEquals(200, client.get("/", SECOND));
            assertEquals(200, client.get("/", SECOND));
            assertEquals(2, server.connections.get(), "the first connection could not be reused");
        }
    }

    @Test
    void aPooledConnectionTheServerClosedWhileIdleIsRetriedOnceOnANewOne() throws IOException {
        // The first connection answers once, then closes; the second answers as usual.
        try (Scripted server = new Scripted(n -> n == 0 ? List.of(OK) : List.of(OK, OK)); Http1Client client = server.client()) {
            assertEquals(200, client.get("/1", SECOND));
            assertEquals(200, client.get("/2", SECOND), "the stale connection was replaced");
            assertEquals(2, server.connections.get());
        }
    }

    @Test
    void aResponseLaterThanTheDeadlineEndsInASocketTimeoutAtTheDeadlineNotBefore() throws Exception {
        try (Scripted server = new Scripted(n -> List.of(HANG)); Http1Client client = server.client();
                ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            // Two calls never answered, started together, one with a 100 ms deadline, one with 2 s.
            Future<long[]> shortOne = callers.submit(() -> timedOut(client, SECOND / 10));
            Future<long[]> longOne = callers.submit(() -> timedOut(client, 2 * SECOND));
            long[] s = shortOne.get();
            long[] l = longOne.get();
            assertTrue(s[1] - s[0] >= SECOND / 10, "gave up after 100 ms at the earliest, got " + (s[1] - s[0]) / 1e9);
            assertTrue(l[1] - l[0] >= 2 * SECOND, "gave up after 2 s at the earliest, got " + (l[1] - l[0]) / 1e9);
            assertTrue(s[1] < l[1], "each call keeps its own deadline: the 100 ms one gave up first");
        }
    }

    /** A call with {@code deadlineNanos} that ends in a socket timeout: the nanoTime it started and ended at. */
    private static long[] timedOut(Http1Client client, long deadlineNanos) {
        long t = System.nanoTime();
        assertThrows(SocketTimeoutException.class, () -> client.get("/slow", deadlineNanos));
        return new long[] {t, System.nanoTime()};
    }

    @Test
    void aConnectionRefusedIsAnIoExceptionNotATimeout() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, Loopback.address())) {
            port = s.getLocalPort();
        }
        try (Http1Client client = new Http1Client(new InetSocketAddress(Loopback.address(), port), "127.0.0.1")) {
            IOException e = assertThrows(IOException.class, () -> client.get("/", SECOND));
            assertTrue(!(e instanceof SocketTimeoutException), e.toString());
        }
    }

    @Test
    void somethingOtherThanHttpIsRefusedNamingWhatCame() throws IOException {
        try (Scripted server = new Scripted(n -> List.of("SSH-2.0-OpenSSH\r\n")); Http1Client client = server.client()) {
            IOException e = assertThrows(IOException.class, () -> client.get("/", SECOND));
            assertTrue(e.getMessage().contains("SSH-2.0-OpenSSH"), e.getMessage());
        }
    }

    @Test
    void openedConnectionsServeTheNextCallsWithoutConnectingAgain() throws IOException {
        try (Scripted server = new Scripted(n -> List.of(OK)); Http1Client client = server.client()) {
            assertEquals(3, client.open(3, SECOND));
            for (int i = 0; i < 3; i++) {
                assertEquals(200, client.get("/", SECOND));
            }
            assertEquals(3, server.connections.get(), "three calls on the three opened connections");
        }
    }

    @Test
    void aCancelledCallEndsAndItsServerSeesTheConnectionClosed() throws Exception {
        try (Scripted server = new Scripted(n -> List.of(HANG)); Http1Client client = server.client()) {
            Http1Client.Cancel cancel = new Http1Client.Cancel();
            Thread.ofVirtual().start(() -> {
                try {
                    // Once the request reached the server, whenever that is.
                    if (Eventually.holds(() -> !server.requestLines.isEmpty())) {
                        cancel.cancel();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            // Its deadline is ten minutes away: only the cancel can end it (a timeout would be a SocketTimeoutException).
            IOException e = assertThrows(IOException.class, () -> client.get("/slow", 600 * SECOND, cancel));
            assertFalse(e instanceof SocketTimeoutException, e.toString());
            assertTrue(Eventually.holds(() -> server.left.getCount() == 0), "the server saw the connection closed");
            assertEquals(1, server.connections.get(), "no retry on another connection");
        }
    }

    @Test
    void aCallCancelledBeforeItStartsIsNeverSent() throws Exception {
        try (Scripted server = new Scripted(n -> List.of(OK)); Http1Client client = server.client()) {
            Http1Client.Cancel cancel = new Http1Client.Cancel();
            cancel.cancel();
            assertThrows(IOException.class, () -> client.get("/", SECOND, cancel));
            assertEquals(200, client.get("/next", SECOND), "the connection it had taken went back to the pool unused");
            assertEquals(List.of("GET /next HTTP/1.1"), server.requestLines);
            assertEquals(1, server.connections.get());
        }
    }
}
