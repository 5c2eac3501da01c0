package dev.avalanche.bridge.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

        /** Sends {@code text} from a thread of its own once {@link System#nanoTime()} has passed {@code instant}. */
        void sendAfter(long instant, String text) {
            Thread.ofVirtual().start(() -> {
                try {
                    while (System.nanoTime() < instant) {
                        Thread.sleep(20);
                    }
                    send(text);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
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
    void aReadWithADeadlineCenturiesOffWaitsForItsBytes() throws Exception {
        try (Pair p = Pair.open()) {
            p.sendAfter(System.nanoTime() + 100 * MILLI, "far\r\n");
            assertEquals("far", p.http.line(System.nanoTime() + Long.MAX_VALUE / 2));
            assertFalse(ReadDeadlines.watching(p.http), "the read that ended left nothing waiting on its deadline");
        }
    }

    @Test
    void readsDoneBeforeTheirDeadlinesDoNotCutALaterReadWhenThoseDeadlinesCome() throws Exception {
        try (Pair p = Pair.open()) {
            // A second off: the 50 reads below end long before it however loaded the machine is.
            long first = System.nanoTime() + 1000 * MILLI;
            for (int i = 0; i < 50; i++) {
                p.send("line " + i + "\r\n");
                assertEquals("line " + i, p.http.line(first + i * MILLI));
                assertFalse(ReadDeadlines.watching(p.http), "a read that ended leaves nothing waiting on its deadline");
            }
            // A read waiting across every one of those deadlines, then one with a deadline of its own.
            p.sendAfter(first + 250 * MILLI, "after\r\nagain\r\n");
            assertEquals("after", p.http.line(Http1Socket.NO_DEADLINE));
            assertTrue(System.nanoTime() > first + 50 * MILLI, "the read waited past the earlier reads' deadlines");
            assertEquals("again", p.http.line(System.nanoTime() + 10_000 * MILLI));
        }
    }

    @Test
    void aTimedReadThatWaitsAcrossAnEarlierReadsDeadlineGetsItsBytes() throws Exception {
        try (Pair p = Pair.open()) {
            long first = System.nanoTime() + 1000 * MILLI; // far enough that a loaded machine still reads "one" in time
            p.send("one\r\n");
            assertEquals("one", p.http.line(first));
            p.sendAfter(first + 200 * MILLI, "two\r\n");
            assertEquals("two", p.http.line(System.nanoTime() + 30_000 * MILLI));
        }
    }

    @Test
    void manySocketsWithDeadlinesInEveryOrderEachEndAsTheirOwnDeadlineAndDataSay() throws Exception {
        // Sockets that get their line (with deadlines far off) leave the set from anywhere in it while
        // the others (deadlines 50-300 ms off, never answered) time out, each not before its own deadline.
        int n = 40;
        Random random = new Random(3);
        List<Pair> pairs = new ArrayList<>();
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Pair p = Pair.open();
                pairs.add(p);
                boolean answered = i % 2 == 0;
                long deadline = System.nanoTime() + (answered ? 20_000 : 50 + random.nextInt(250)) * MILLI;
                long answerAfter = random.nextInt(300) * MILLI;
                outcomes.add(readers.submit(() -> {
                    try {
                        String line = p.http.line(deadline);
                        return "line " + line;
                    } catch (SocketTimeoutException e) {
                        return System.nanoTime() >= deadline ? "timed out" : "timed out early";
                    }
                }));
                if (answered) {
                    readers.submit(() -> {
                        Thread.sleep(answerAfter / MILLI);
                        p.send("hello\r\n");
                        return null;
                    });
                }
            }
            for (int i = 0; i < n; i++) {
                assertEquals(i % 2 == 0 ? "line hello" : "timed out", outcomes.get(i).get(60, TimeUnit.SECONDS), "socket " + i);
                assertFalse(ReadDeadlines.watching(pairs.get(i).http), "socket " + i + " left the deadlines' set");
            }
        } finally {
            for (Pair p : pairs) {
                p.close();
            }
        }
    }
}
