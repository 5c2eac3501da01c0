package dev.avalanche.bridge.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Reads bounded by deadlines ({@link ReadDeadlines}): a read that waits past its deadline ends in a
 * timeout and closes the socket; a read that got its bytes in time leaves nothing behind that could
 * cut a later read when its old deadline comes.
 */
class Http1SocketTest {

    private static final long MILLI = 1_000_000L;

    /** A connected pair on loopback: the socket under test and the peer's output. */
    private record Pair(Http1Socket http, Socket peer, OutputStream out) implements AutoCloseable {
        static Pair open() throws IOException {
            try (ServerSocket listener = new ServerSocket(0, 1, Loopback.address())) {
                Socket client = new Socket(Loopback.address(), listener.getLocalPort());
                Socket peer = listener.accept();
                return new Pair(new Http1Socket(client), peer, peer.getOutputStream());
            }
        }

        void send(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            http.close();
            peer.close();
        }
    }

    @Test
    void aReadThatWaitsPastItsDeadlineTimesOutNotBeforeAndTheSocketIsDone() throws Exception {
        try (Pair p = Pair.open()) {
            long start = System.nanoTime();
            assertThrows(SocketTimeoutException.class, () -> p.http.line(start + 100 * MILLI));
            assertTrue(System.nanoTime() - start >= 100 * MILLI, "ended at its deadline at the earliest");

            // The connection is closed: what the peer sends now is never read.
            p.send("late\r\n");
            assertThrows(IOException.class, () -> p.http.line(Http1Socket.NO_DEADLINE));
            assertThrows(SocketTimeoutException.class, () -> p.http.line(System.nanoTime() + 1000 * MILLI));
        }
    }

    @Test
    void readsDoneBeforeTheirDeadlinesDoNotCutALaterReadWhenThoseDeadlinesCome() throws Exception {
        try (Pair p = Pair.open()) {
            long first = System.nanoTime() + 100 * MILLI;
            for (int i = 0; i < 50; i++) {
                p.send("line " + i + "\r\n");
                assertEquals("line " + i, p.http.line(first + i * MILLI));
            }
            // A read waiting across every one of those deadlines, then one with a deadline of its own.
            Thread.ofVirtual().start(() -> {
                try {
                    while (System.nanoTime() < first + 250 * MILLI) {
                        Thread.sleep(20);
                    }
                    p.send("after\r\nagain\r\n");
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals("after", p.http.line(Http1Socket.NO_DEADLINE));
            assertTrue(System.nanoTime() > first + 50 * MILLI, "the read waited past the earlier reads' deadlines");
            assertEquals("again", p.http.line(System.nanoTime() + 10_000 * MILLI));
        }
    }

    @Test
    void aTimedReadThatWaitsAcrossAnEarlierReadsDeadlineGetsItsBytes() throws Exception {
        try (Pair p = Pair.open()) {
            long first = System.nanoTime() + 50 * MILLI;
            p.send("one\r\n");
            assertEquals("one", p.http.line(first));
            Thread.ofVirtual().start(() -> {
                try {
                    while (System.nanoTime() < first + 200 * MILLI) {
                        Thread.sleep(20);
                    }
                    p.send("two\r\n");
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals("two", p.http.line(System.nanoTime() + 30_000 * MILLI));
        }
    }
}
