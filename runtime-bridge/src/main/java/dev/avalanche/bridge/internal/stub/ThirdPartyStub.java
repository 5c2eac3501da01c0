package dev.avalanche.bridge.internal.stub;

import dev.avalanche.bridge.internal.run.LockedStream;
import dev.avalanche.bridge.internal.run.Loopback;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.engine.stats.LatencyHistogram;
import dev.avalanche.models.config.Service;
import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.workload.StreamNames;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.LongSupplier;

/**
 * The third parties, for real: one HTTP/1.1 server on 127.0.0.1 answering {@code GET /s/<service>}
 * after the service's latency times its degradation factor at the instant the call is taken up (in
 * scenario time, divided by K on the wire), with HTTP 500 for the service's error ratio. A call
 * whose latency reaches our client's timeout is answered 504 at the timeout, so that it fails
 * whichever side notices first, as in the simulator. With a capacity, calls beyond it wait (FIFO),
 * and the wait counts against the timeout. {@code GET /health} answers 204 at once; others 404.
 *
 * <p>A third party is another machine, so the stub must cost the app server as little as possible:
 * one platform thread runs it all, a selector over every connection and a queue of answers due,
 * each answer written when its instant comes. No virtual thread waits in it, so it never queues
 * behind the app's workers for a carrier (a thread per call did, and delayed a burst of 1000 calls
 * by a quarter of a second); a call costs a read, a parse and a write. Draws come from the streams
 * {@code service.<name>.latency} and {@code service.<name>.errors}, the simulator's names.
 * Thread-safe; {@link #close} stops the thread and closes every connection.
 */
public final class ThirdPartyStub implements AutoCloseable {

    /** The stub's own listen backlog: large, it must never refuse our app server. */
    static final int BACKLOG = 4096;

    /** An answer due at {@code dueNanos} (System.nanoTime) on {@code conn}; {@code seq} keeps ties in order. */
    private record Due(long dueNanos, long seq, StubConnection conn, int status, StubEndpoint endpoint)
            implements Comparable<Due> {
        @Override
        public int compareTo(Due o) {
            int c = Long.compare(dueNanos, o.dueNanos);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private final Selector selector;
    private final ServerSocketChannel listener;
    private final Map<String, StubEndpoint> endpoints = new HashMap<>();
    private final PriorityQueue<Due> due = new PriorityQueue<>();
    private final Thread thread;
    /** How late each answer was written after its due instant: the stub's own queueing. Guarded by itself. */
    private final LatencyHistogram lateness = new LatencyHistogram();
    /**
     * Calls to the services in service now: taken up, their answer not yet written (those waiting
     * for a service's capacity not counted). Written by the stub's thread only, read by any: what
     * tests watch to see calls overlap, whatever the machine's speed.
     */
    private volatile int inService;
    private long seq;
    private volatile boolean closed;

    private ThirdPartyStub(Map<String, Service> services, RandomStreams streams, double timeScale,
            LongSupplier modelNowNanos) throws IOException {
        services.forEach((name, s) -> endpoints.put("/s/" + name, new StubEndpoint(s,
                new LockedStream(streams.stream(StreamNames.serviceLatency(name))),
                new LockedStream(streams.stream(StreamNames.serviceErrors(name))), timeScale, modelNowNanos)));
        selector = Selector.open();
        listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(Loopback.address(), 0), BACKLOG);
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
        thread = Thread.ofPlatform().daemon().name("third-party-stub").unstarted(this::loop);
    }

    /**
     * Starts the stub for {@code services}.
     *
     * @param timeScale K: latencies are divided by it on the wire
     * @param modelNowNanos the scenario time now, which the degradation profiles are read at
     */
    public static ThirdPartyStub start(Map<String, Service> services, RandomStreams streams, double timeScale,
            LongSupplier modelNowNanos) throws IOException {
        ThirdPartyStub stub = new ThirdPartyStub(services, streams, timeScale, modelNowNanos);
        stub.thread.start();
        return stub;
    }

    /** Where it answers. */
    public StubAddress address() {
        return new StubAddress(listener.socket().getLocalPort());
    }

    /** Where {@code service} answers. */
    public URI uri(String service) {
        return address().uri(service);
    }

    /** Answers 204 at once: for warming up clients. */
    public URI health() {
        return address().health();
    }

    private void loop() {
        try {
            while (!closed) {
                Due next = due.peek();
                long wait = next == null ? 0 : next.dueNanos() - System.nanoTime();
                if (next != null && wait <= 0) {
                    selector.selectNow();
                } else {
                    selector.select(next == null ? 0 : (wait + 999_999) / 1_000_000);
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else {
                        StubConnection c = (StubConnection) key.attachment();
                        if (key.isWritable()) {
                            c.flush();
                        }
                        if (key.isValid() && key.isReadable()) {
                            c.read();
                        }
                    }
                }
                selector.selectedKeys().clear();
                answerDue();
            }
        } catch (IOException e) {
            // The selector failed: the stub stops; calls in progress fail at our client's timeout.
        } finally {
            for (SelectionKey key : selector.keys()) {
                StubConnection.closeQuietly(key.channel());
            }
            StubConnection.closeQuietly(selector);
        }
    }

    private void accept() throws IOException {
        for (SocketChannel ch = listener.accept(); ch != null; ch = listener.accept()) {
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            StubConnection c = new StubConnection(ch, this::requested);
            c.key = ch.register(selector, SelectionKey.OP_READ, c);
        }
    }

    /** A whole request arrived on {@code c}: answer at once, or when its latency has passed. */
    private void requested(StubConnection c, String path) {
        if (path.equals("/health")) {
            c.answer(204);
            return;
        }
        StubEndpoint e = endpoints.get(path);
        if (e == null) {
            c.answer(404);
            return;
        }
        e.arrive(c, System.nanoTime()).ifPresent(this::schedule);
    }

    private void schedule(StubEndpoint.Taken t) {
        due.add(new Due(t.dueNanos(), seq++, t.conn(), t.status(), t.endpoint()));
        inService++; // volatile, written by this thread only
    }

    private void answerDue() {
        long now = System.nanoTime();
        while (!due.isEmpty() && due.peek().dueNanos() <= now) {
            Due d = due.poll();
            // Recorded before the answer is written, so that a caller who has its answer finds its lateness counted.
            long late = System.nanoTime() - d.dueNanos();
            synchronized (lateness) {
                lateness.record(late);
            }
            d.conn().answer(d.status());
            inService--;
            d.endpoint().leave(now).ifPresent(this::schedule);
        }
    }

    /**
     * How late the answers to the services' calls were written after they were due, so far: the
     * stub's own queueing (its selector waits in whole milliseconds, so up to 1 ms is by design).
     */
    public LatencySummary lateness() {
        synchronized (lateness) {
            return LatencySummary.of(lateness);
        }
    }

    /**
     * How many calls to the services are in service now: taken up and not yet answered (not those
     * waiting for a service's capacity). Any thread may ask.
     */
    public int callsInService() {
        return inService;
    }

    /** CPU nanoseconds the stub's thread has used so far, or -1 when the platform does not say. */
    public long cpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(thread.threadId()) : -1;
    }

    @Override
    public void close() {
        closed = true;
        selector.wakeup();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        StubConnection.closeQuietly(listener);
    }
}
