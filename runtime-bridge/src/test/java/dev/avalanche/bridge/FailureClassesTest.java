package dev.avalanche.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.config.Balancer;
import dev.avalanche.models.result.Failures;
import dev.avalanche.models.result.RequestCounts;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Live mode's failure classes, from the users' side: a target on loopback that misbehaves in one
 * way, twelve requests from three users, and every one of them counted under its class and its
 * outcome ({@link Failures}' rule). Counts and classes only: nothing here depends on timing.
 */
class FailureClassesTest {

    private static final int REQUESTS = 12;
    private static final LiveOptions OPTS = LiveOptions.defaults().withWallTimeCap(Duration.ofSeconds(30)).withMaxRequests(100);

    /** A target that answers each request it reads as its script says, then closes the connection. */
    private static final class Misbehaving implements AutoCloseable {
        final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final AtomicInteger requests = new AtomicInteger();
        final IntFunction<String> script;

        /**
         * @param script the n-th request's reply (n from 0, over all connections): the bytes to write,
         *     {@link #HANG} to hold it unanswered until the client leaves, or null to reset the connection
         */
        Misbehaving(IntFunction<String> script) throws IOException {
            this.script = script;
            Thread.ofVirtual().start(() -> {
                while (!listener.isClosed()) {
                    try {
                        Socket s = listener.accept();
                        Thread.ofVirtual().start(() -> serve(s));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        private void serve(Socket s) {
            try (s; InputStream in = s.getInputStream()) {
                StringBuilder head = new StringBuilder();
                while (!head.toString().endsWith("\r\n\r\n")) {
                    int b = in.read();
                    if (b < 0) {
                        return; // a connection opened ahead and closed unused
                    }
                    head.append((char) b);
                }
                String r = script.apply(requests.getAndIncrement());
                if (r == null) {
                    s.setSoLinger(true, 0); // the close sends a reset
                } else if (r.equals(HANG)) {
                    while (in.read() >= 0) {
                        // Holds the request unanswered until the client leaves.
                    }
                } else {
                    s.getOutputStream().write(r.getBytes(StandardCharsets.ISO_8859_1));
                    s.getOutputStream().flush();
                }
            } catch (IOException e) {
                // The client left.
            }
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/");
        }

        @Override
        public void close() throws IOException {
            listener.close();
        }
    }

    private static final String HANG = "hang";

    /** Twelve requests from three users, no third party, against {@code server}'s address. */
    private static RequestCounts play(URI server, Scenario s) throws InterruptedException {
        s.calls = 0;
        LiveVariant v = LiveRun.run("test", 7, "base", s.build(), OPTS.withTarget(Optional.of(LiveTarget.resolve(server, false))));
        RequestCounts c = v.result().requests();
        LiveRunTest.assertConserved(c);
        assertEquals(REQUESTS, c.sent(), c.toString());
        assertTrue(c.explained(), "the breakdown adds up to failed, rejected and timedOut: " + c);
        return c;
    }

    private static RequestCounts play(IntFunction<String> script) throws Exception {
        try (Misbehaving server = new Misbehaving(script)) {
            return play(server.uri(), Scenario.closed(3, REQUESTS));
        }
    }

    private static Failures only(long refused, long reset, long protocol, Map<Integer, Long> http) {
        return new Failures(refused, reset, 0, 0, protocol, new TreeMap<>(http));
    }

    @Test
    void aReplyThatIsNotHttpIsAProtocolFailureNotARejection() throws Exception {
        RequestCounts c = play(n -> "SSH-2.0-OpenSSH_9.6\r\n");
        assertEquals(REQUESTS, c.failed(), c.toString());
        assertEquals(0, c.rejected(), c.toString());
        assertEquals(only(0, 0, REQUESTS, Map.of()), c.failures());
    }

    @Test
    void aResponseCutMidBodyIsAProtocolFailure() throws Exception {
        RequestCounts c = play(n -> "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789");
        assertEquals(REQUESTS, c.failed(), c.toString());
        assertEquals(0, c.goodput(), c.toString());
        assertEquals(only(0, 0, REQUESTS, Map.of()), c.failures());
    }

    @Test
    void aConnectionResetBeforeAnyReplyIsARejectionOfClassReset() throws Exception {
        RequestCounts c = play(n -> null);
        assertEquals(REQUESTS, c.rejected(), c.toString());
        assertEquals(only(0, REQUESTS, 0, Map.of()), c.failures());
    }

    @Test
    void aConnectionRefusedIsARejectionOfClassRefused() throws Exception {
        URI nobody;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobody = URI.create("http://127.0.0.1:" + s.getLocalPort() + "/");
        }
        RequestCounts c = play(nobody, Scenario.closed(3, REQUESTS));
        assertEquals(REQUESTS, c.rejected(), c.toString());
        assertEquals(only(REQUESTS, 0, 0, Map.of()), c.failures());
    }

    @Test
    void httpErrorsAreCountedByStatusUnderTheOutcomeEachStatusMeans() throws Exception {
        String[] statuses = {"500 Internal Server Error", "503 Service Unavailable", "502 Bad Gateway", "504 Gateway Timeout"};
        RequestCounts c = play(n -> "HTTP/1.1 " + statuses[n % 4] + "\r\nContent-Length: 0\r\n\r\n");
        assertEquals(6, c.failed(), "500 and 503: " + c);
        assertEquals(3, c.rejected(), "502: " + c);
        assertEquals(3, c.timedOut(), "504: " + c);
        assertEquals(only(0, 0, 0, Map.of(500, 3L, 502, 3L, 503, 3L, 504, 3L)), c.failures());
    }

    @Test
    void aTargetThatNeverAnswersTimesOutOnTheUsersOwnTimerAsAReadTimeout() throws Exception {
        try (Misbehaving server = new Misbehaving(n -> HANG)) {
            RequestCounts c = play(server.uri(), Scenario.closed(3, REQUESTS).balanced(1, Balancer.Policy.ROUND_ROBIN, 0.05));
            assertEquals(REQUESTS, c.timedOut(), c.toString());
            assertEquals(new Failures(0, 0, 0, REQUESTS, 0, new TreeMap<>()), c.failures());
        }
    }
}
