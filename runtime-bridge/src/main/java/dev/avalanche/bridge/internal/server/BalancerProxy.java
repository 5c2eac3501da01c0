package dev.avalanche.bridge.internal.server;

import dev.avalanche.bridge.internal.run.Http1Client;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.bridge.internal.run.Loopback;
import dev.avalanche.engine.random.RandomStream;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.Balancer;
import dev.avalanche.models.workload.StreamNames;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The scenario's balancer, for real: an HTTP/1.1 reverse proxy on 127.0.0.1 in front of the app
 * servers, as nginx is in the story. Its front is an {@link AppFront} (a platform acceptor, a virtual
 * thread per user connection, keep-alive); each request is forwarded, on a virtual thread of its own,
 * to the server the policy picks, over that server's pool of keep-alive connections
 * ({@link Http1Client}), and the server's status is relayed to the user (the app's responses have no body).
 *
 * <p>The policies are the simulator's: round-robin; least-connections, the server with the fewest
 * requests the proxy has open on it, ties going to the round-robin's turn; random, a uniform draw from
 * the run's {@code balancer} stream. A request is open on its server from the pick until its user
 * has an answer or has left.
 *
 * <p>A server that has not answered within the balancer's timeout has the request's connection
 * closed and the user gets {@value #TIMED_OUT}; the server goes on with the request (an orphan) or,
 * while it still waits in the accept queue, sees the connection closed and discards it. A user who
 * leaves while the proxy waits has the request's connection to its server closed too, as nginx does
 * by default. A server that cannot be reached, or closes the connection without an answer, gives
 * {@value #UNREACHABLE}; a server's own 502 (its accept queue full) is relayed as it is.
 * Thread-safe; {@link #close} stops it.
 */
public final class BalancerProxy implements AutoCloseable {

    /** The proxy's listen backlog: nginx's default on Linux (the kernel caps it at {@code somaxconn}). */
    static final int BACKLOG = 511;
    /** The status of a request its server did not answer within the balancer's timeout. */
    static final int TIMED_OUT = 504;
    /** The status of a request whose server could not be reached or closed the connection without an answer. */
    static final int UNREACHABLE = 502;

    private final Balancer.Policy policy;
    private final long timeoutWallNanos;
    private final RandomStreams streams;
    private final Http1Client[] servers;
    private final ExecutorService forwarders =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("balancer-forward-", 0).factory());
    private final AppFront front;
    /** Requests open on each server; guarded by this, as are the two below. */
    private final int[] open;
    private int rotor;
    private RandomStream random;

    private BalancerProxy(Balancer balancer, List<URI> servers, RandomStreams streams, LiveClock clock) throws IOException {
        this.policy = balancer.policy();
        this.timeoutWallNanos = Math.max(1, clock.toWall(balancer.timeout()));
        this.streams = streams;
        this.random = streams.stream(StreamNames.BALANCER);
        this.servers = new Http1Client[servers.size()];
        for (int i = 0; i < servers.size(); i++) {
            this.servers[i] = Loopback.client(servers.get(i));
        }
        this.open = new int[servers.size()];
        this.front = new AppFront("balancer", BACKLOG, forwarders, this::forward);
    }

    /**
     * Starts the proxy in front of {@code servers} (at least one, each {@code http://127.0.0.1:port/}),
     * drawing the random policy's picks from {@code streams}' {@code balancer} stream.
     */
    public static BalancerProxy start(Balancer balancer, List<URI> servers, RandomStreams streams, LiveClock clock)
            throws IOException {
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("servers: got none; allowed at least one server behind the balancer");
        }
        BalancerProxy proxy = new BalancerProxy(balancer, servers, streams, clock);
        proxy.front.start();
        return proxy;
    }

    /** Where users send their requests. */
    public URI uri() {
        return front.uri();
    }

    /**
     * Opens {@code perServer} keep-alive connections to each server, waiting at most {@code timeoutNanos}
     * for each, as a proxy that has been up a while holds them.
     */
    public void open(int perServer, long timeoutNanos) {
        for (Http1Client server : servers) {
            server.open(perServer, timeoutNanos);
        }
    }

    /**
     * Starts the policy afresh, as the simulator's balancer starts: the round-robin's turn back at the
     * first server and the random stream at its first draw. Call it after the warm-up, before the clock.
     */
    public synchronized void forgetWarmUp() {
        rotor = 0;
        random = streams.stream(StreamNames.BALANCER);
    }

    private void forward(AppFront.Exchange ex) {
        int server = pick();
        Http1Client.Cancel cancel = new Http1Client.Cancel();
        ex.onPeerClosed(cancel::cancel);
        int status;
        try {
            status = servers[server].get(ex.target(), timeoutWallNanos, cancel);
        } catch (SocketTimeoutException e) {
            status = TIMED_OUT;
        } catch (IOException e) {
            status = UNREACHABLE;
        } finally {
            release(server);
        }
        if (ex.peerClosed()) {
            return; // The user left: nobody to answer, and the front closes the connection.
        }
        try {
            ex.respond(status);
        } catch (IOException e) {
            // The user left as the answer came.
        }
    }

    /** The server for the next request, by the policy, with the request counted open on it. */
    private synchronized int pick() {
        int n = servers.length;
        int pick = switch (policy) {
            case ROUND_ROBIN -> rotor++ % n;
            case RANDOM -> random.nextInt(n);
            case LEAST_CONNECTIONS -> {
                int best = rotor++ % n;
                for (int i = 0; i < n; i++) {
                    if (open[i] < open[best]) {
                        best = i;
                    }
                }
                yield best;
            }
        };
        rotor %= n;
        open[pick]++;
        return pick;
    }

    private synchronized void release(int server) {
        open[server]--;
    }

    @Override
    public void close() {
        front.close();
        for (Http1Client server : servers) {
            server.close();
        }
        forwarders.shutdownNow();
    }
}
