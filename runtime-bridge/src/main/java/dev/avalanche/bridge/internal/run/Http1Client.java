package dev.avalanche.bridge.internal.run;

import dev.avalanche.bridge.internal.load.FailureClass;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A small blocking HTTP/1.1 client for GETs to one address, meant for virtual threads (as a worker
 * of the story's app calls its third parties with a blocking library): a call takes the most
 * recently idle keep-alive connection or opens one, writes the request, and reads the response head
 * and discards its body (Content-Length, chunked, or up to the close), with the caller's deadline as
 * the socket's read timeout. A reused connection that the server had closed while idle is retried
 * once on another.
 *
 * <p>Why not the JDK's {@code HttpClient}: its asynchronous pipeline (a selector thread, futures per
 * stage) is most of what made the loopback path cost about a millisecond of CPU per request, and of
 * the seconds of JIT compilation in a fresh JVM; on two cores that stretched each round of 1000
 * requests by half a second. This one runs a few small methods per request.
 *
 * <p>Thread-safe. {@link #close} closes every connection, idle or in use, so that calls in progress
 * end at once with a {@link CallFailed}; a {@link Cancel} does the same for one call.
 */
public final class Http1Client implements AutoCloseable {

    private final InetSocketAddress address;
    private final byte[] hostHeader;
    private final boolean reuse;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** @param address where to connect, already resolved and checked by the caller; {@code host} is sent as the Host header */
    public Http1Client(InetSocketAddress address, String host) {
        this(address, host, true);
    }

    /**
     * @param reuse false for a new connection per call, closed after its response ({@code Connection:
     *     close}), as {@code ab} does without {@code -k}
     */
    public Http1Client(InetSocketAddress address, String host, boolean reuse) {
        this.address = address;
        this.reuse = reuse;
        this.hostHeader = ("Host: " + host + (reuse ? "" : "\r\nConnection: close") + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Sends {@code GET target} and waits for the whole response at most {@code timeoutNanos}.
     *
     * @param target the request target, a path with its query ({@code /?id=3})
     * @return the response's status code
     * @throws SocketTimeoutException when the deadline passed first; the connection is then closed
     * @throws CallFailed when the connection was refused, could not be opened, was reset or closed
     *     before a whole response came, or the response was not HTTP/1.x; its class says which
     */
    public int get(String target, long timeoutNanos) throws IOException {
        return get(target, timeoutNanos, new Cancel());
    }

    /**
     * As {@link #get(String, long)}, ended at once by {@code cancel} from another thread: its
     * connection is closed (the server sees the peer leave) and the call throws a {@link CallFailed}.
     */
    public int get(String target, long timeoutNanos, Cancel cancel) throws IOException {
        long deadline = System.nanoTime() + timeoutNanos;
        byte[] line = ("GET " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[line.length + hostHeader.length];
        System.arraycopy(line, 0, request, 0, line.length);
        System.arraycopy(hostHeader, 0, request, line.length, hostHeader.length);
        while (true) {
            Connection c = reuse ? idle.pollFirst() : null;
            boolean reused = c != null;
            if (c == null) {
                c = connect(deadline);
            }
            if (!cancel.attach(c)) {
                if (reuse) {
                    idle.offerFirst(c);
                } else {
                    c.close();
                }
                throw new CallFailed(FailureClass.RESET, "the call was cancelled before it was sent", null);
            }
            try {
                c.http.write(request);
                Http1Response r = Http1Response.read(c.http, deadline);
                if (cancel.detach() && reuse && r.keepAlive() && !closed) {
                    idle.offerFirst(c);
                } else {
                    c.close();
                }
                return r.status();
            } catch (SocketTimeoutException e) {
                c.close();
                throw e;
            } catch (IOException e) {
                c.close();
                if (!cancel.detach() || !reused || c.http.receivedSinceWrite()) {
                    throw new CallFailed(exchangeFailure(e, c.http.receivedSinceWrite()), e.getMessage(), e);
                }
            }
        }
    }

    /**
     * Opens up to {@code n} connections, waiting at most {@code timeoutNanos} for each, and keeps them
     * idle for the calls to come; returns how many opened (a failure ends the opening).
     */
    public int open(int n, long timeoutNanos) {
        for (int i = 0; i < n; i++) {
            try {
                idle.offerLast(connect(System.nanoTime() + timeoutNanos));
            } catch (IOException e) {
                return i;
            }
        }
        return n;
    }

    private Connection connect(long deadline) throws IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("the deadline passed before a connection was opened");
        }
        Socket s = new Socket();
        Connection c = new Connection(s);
        open.add(c);
        try {
            s.connect(address, Http1Socket.millis(left));
            c.http = new Http1Socket(s);
        } catch (SocketTimeoutException e) {
            c.close();
            throw e;
        } catch (IOException e) {
            c.close();
            throw new CallFailed(connectFailure(e), e.getMessage(), e);
        }
        if (closed) {
            c.close();
            throw new CallFailed(FailureClass.RESET, "the client was closed", null);
        }
        return c;
    }

    /**
     * A connect that failed: timed out by the kernel (its SYN retransmissions ran out: the JDK says
     * "timed out"), or refused (a reset answered the SYN, or nothing can be reached).
     */
    static FailureClass connectFailure(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
        return e instanceof java.net.ConnectException && m.contains("timed out") ? FailureClass.CONNECT_TIMEOUT
                : FailureClass.REFUSED;
    }

    /**
     * An exchange that failed after the request was written: a reply that is not HTTP, or one cut
     * before its end once any of it had come, is a protocol failure; a connection reset or closed
     * before any byte of a reply is a reset.
     */
    static FailureClass exchangeFailure(IOException e, boolean replyBegun) {
        return e instanceof java.net.ProtocolException || replyBegun ? FailureClass.PROTOCOL : FailureClass.RESET;
    }

    @Override
    public void close() {
        closed = true;
        for (Connection c : open) {
            c.close();
        }
        idle.clear();
    }

    /** A call that got no whole HTTP response, for the reason its {@link #failure() class} says. */
    public static final class CallFailed extends IOException {
        private final FailureClass failure;

        CallFailed(FailureClass failure, String message, Throwable cause) {
            super(message, cause);
            this.failure = failure;
        }

        /** Refused, reset, connect timeout or protocol; never HTTP or read timeout. */
        public FailureClass failure() {
            return failure;
        }
    }

    /**
     * Ends one call in progress from another thread, as a proxy drops its request to a server when
     * the user who asked for it leaves. Thread-safe; one call at a time.
     */
    public static final class Cancel {
        private Http1Client.Connection connection;
        private boolean cancelled;

        /** Closes the call's connection; a call not yet sent is not sent. Idempotent. */
        public void cancel() {
            Http1Client.Connection c;
            synchronized (this) {
                cancelled = true;
                c = connection;
                connection = null;
            }
            if (c != null) {
                c.close();
            }
        }

        /** The call is about to use {@code c}; false when it was cancelled already. */
        private synchronized boolean attach(Http1Client.Connection c) {
            if (cancelled) {
                return false;
            }
            connection = c;
            return true;
        }

        /** The call is done with its connection; false when it was cancelled (the connection is then closed). */
        private synchronized boolean detach() {
            connection = null;
            return !cancelled;
        }
    }

    /** One connection of the pool, used by one call at a time. */
    private final class Connection {
        private final Socket socket;
        private Http1Socket http;

        private Connection(Socket socket) {
            this.socket = socket;
        }

        void close() {
            open.remove(this);
            try {
                socket.close();
            } catch (IOException e) {
                // Closing is best effort: the socket is unusable either way.
            }
        }
    }
}
