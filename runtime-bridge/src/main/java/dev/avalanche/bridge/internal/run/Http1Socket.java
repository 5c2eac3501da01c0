package dev.avalanche.bridge.internal.run;

import dev.avalanche.bridge.internal.stub.ThirdPartyStub;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * One blocking socket speaking HTTP/1.1, with a read buffer and reads bounded by a deadline
 * ({@link System#nanoTime()} based; {@link #NO_DEADLINE} waits for ever): lines of the head, bytes
 * of a body to drop. A read that passes its deadline closes the socket ({@link ReadDeadlines}) and
 * throws a {@link SocketTimeoutException}; the connection is not to be used again. Used by one
 * thread at a time, on both sides of {@link Http1Client} and the {@link ThirdPartyStub}.
 */
public final class Http1Socket implements AutoCloseable {

    /** A deadline that never passes. */
    public static final long NO_DEADLINE = Long.MAX_VALUE;
    /** The longest line of a head or chunk-size line read, in bytes. */
    static final int MAX_LINE = 8192;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buf = new byte[4096];
    private int pos;
    private int lim;
    private boolean any;
    /** What orders it among sockets of the same deadline in {@link ReadDeadlines}. */
    final long order = ReadDeadlines.nextOrder();
    /** The deadline of its timed read waiting in {@link ReadDeadlines}, and whether one passed and closed it; guarded there. */
    long watchedDeadline;
    boolean expired;

    /** @param socket connected */
    public Http1Socket(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Whether any byte came since the last {@link #write} (a reply had begun). */
    boolean receivedSinceWrite() {
        return any;
    }

    public void write(byte[] bytes) throws IOException {
        any = pos < lim;
        out.write(bytes);
        out.flush();
    }

    /** One line without its CRLF (a bare LF also ends it), in ISO-8859-1. */
    public String line(long deadline) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        while (true) {
            if (pos == lim) {
                fill(deadline);
            }
            int b = buf[pos++] & 0xff;
            if (b == '\n') {
                int n = sb.length();
                return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
            }
            if (sb.length() >= MAX_LINE) {
                throw new java.net.ProtocolException("http: a line is longer than " + MAX_LINE + " bytes; allowed at most that");
            }
            sb.append((char) b);
        }
    }

    /** Reads and drops {@code n} bytes. */
    public void skip(long n, long deadline) throws IOException {
        while (n > 0) {
            if (pos == lim) {
                fill(deadline);
            }
            int k = (int) Math.min(n, lim - pos);
            pos += k;
            n -= k;
        }
    }

    /**
     * Waits for the peer's next bytes (kept for {@link #line}) or the end of its stream: false when
     * the peer closed or reset the connection. Returns at once when bytes are already buffered.
     */
    public boolean awaitInput() {
        if (pos < lim) {
            return true;
        }
        try {
            fill(NO_DEADLINE);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads and drops everything up to the end of the stream. */
    void skipToEnd(long deadline) throws IOException {
        try {
            while (true) {
                fill(deadline);
            }
        } catch (EOFException e) {
            pos = lim;
        }
    }

    private void fill(long deadline) throws IOException {
        int n;
        if (deadline == NO_DEADLINE) {
            n = in.read(buf);
        } else {
            if (deadline - System.nanoTime() <= 0 || !ReadDeadlines.watch(this, deadline)) {
                throw timedOut(null); // passed, or an earlier read's deadline closed the socket
            }
            try {
                n = in.read(buf);
            } catch (IOException e) {
                throw ReadDeadlines.unwatch(this) ? e : timedOut(e);
            }
            if (!ReadDeadlines.unwatch(this)) {
                throw timedOut(null); // the deadline came as the bytes did, and closed the socket
            }
        }
        if (n < 0) {
            throw new EOFException("the peer closed the connection before the message was complete");
        }
        pos = 0;
        lim = n;
        any = true;
    }

    private static SocketTimeoutException timedOut(IOException cause) {
        SocketTimeoutException e = new SocketTimeoutException("the deadline passed before the message was complete");
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    /** Milliseconds to wait for {@code nanos}, rounded up, at least 1 (0 would mean for ever). */
    static int millis(long nanos) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (nanos + 999_999) / 1_000_000));
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is best effort: the socket is unusable either way.
        }
    }
}
