package dev.avalanche.bridge.internal.stub;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One connection to the {@link ThirdPartyStub}, non-blocking, HTTP/1.1 with keep-alive: requests
 * are parsed from the read buffer one at a time (the next only once the previous is answered), their
 * path handed to the stub, and the answer written when the stub says. Request bodies (by
 * Content-Length) are skipped; a head over {@value #MAX_HEAD} bytes closes the connection. Used by
 * the stub's one thread only.
 */
final class StubConnection {

    /** What the stub does with a whole request. */
    interface Requests {
        void requested(StubConnection c, String path);
    }

    static final int MAX_HEAD = 8192;

    private final SocketChannel channel;
    private final Requests requests;
    private final ByteBuffer in = ByteBuffer.allocate(MAX_HEAD);
    SelectionKey key;
    private ByteBuffer out;
    private long bodyLeft;
    private boolean busy;
    private boolean closeAfter;
    private boolean closed;

    StubConnection(SocketChannel channel, Requests requests) {
        this.channel = channel;
        this.requests = requests;
    }

    void read() {
        try {
            if (channel.read(in) < 0) {
                close();
                return;
            }
        } catch (IOException e) {
            close();
            return;
        }
        parse();
        if (!closed && !busy && !in.hasRemaining()) {
            close();
        }
    }

    private void parse() {
        while (!busy && !closed) {
            if (bodyLeft > 0) {
                int k = (int) Math.min(bodyLeft, in.position());
                consume(k);
                bodyLeft -= k;
                if (bodyLeft > 0) {
                    return;
                }
            }
            int end = headEnd();
            if (end < 0) {
                return;
            }
            String head = new String(in.array(), 0, end, StandardCharsets.ISO_8859_1);
            consume(end + 4);
            int eol = head.indexOf("\r\n");
            String[] requestLine = (eol < 0 ? head : head.substring(0, eol)).split(" ");
            closeAfter = requestLine.length < 3 || !requestLine[2].equals("HTTP/1.1");
            while (eol >= 0) {
                int next = head.indexOf("\r\n", eol + 2);
                header(head.substring(eol + 2, next < 0 ? head.length() : next));
                eol = next;
            }
            busy = true;
            if (requestLine.length < 3 || !requestLine[0].equals("GET")) {
                answer(405);
            } else {
                int q = requestLine[1].indexOf('?');
                requests.requested(this, q >= 0 ? requestLine[1].substring(0, q) : requestLine[1]);
            }
        }
    }

    private void header(String line) {
        String h = line.toLowerCase(Locale.ROOT);
        if (h.startsWith("content-length:")) {
            try {
                bodyLeft = Long.parseLong(h.substring(15).strip());
            } catch (NumberFormatException e) {
                closeAfter = true;
            }
        } else if (h.startsWith("connection:")) {
            closeAfter = h.contains("close") || (closeAfter && !h.contains("keep-alive"));
        }
    }

    /** Where the head ends (the index of its CR LF CR LF) in the bytes read, or -1. */
    private int headEnd() {
        byte[] b = in.array();
        for (int i = 0; i + 3 < in.position(); i++) {
            if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void consume(int n) {
        in.flip();
        in.position(n);
        in.compact();
    }

    /** Writes the answer to the request being served (nothing when the client has left). */
    void answer(int status) {
        if (closed) {
            return;
        }
        String head = status == 204 ? "HTTP/1.1 204 No Content\r\n" : "HTTP/1.1 " + status + " Stub\r\nContent-Length: 0\r\n";
        out = ByteBuffer.wrap((head + (closeAfter ? "Connection: close\r\n\r\n" : "\r\n")).getBytes(StandardCharsets.US_ASCII));
        flush();
    }

    /** Writes what is pending; once all is written, the next request may be served. */
    void flush() {
        try {
            channel.write(out);
        } catch (IOException e) {
            close();
            return;
        }
        if (out.hasRemaining()) {
            key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
            return;
        }
        key.interestOps(SelectionKey.OP_READ);
        out = null;
        busy = false;
        if (closeAfter) {
            close();
        } else {
            parse();
        }
    }

    void close() {
        closed = true;
        key.cancel();
        closeQuietly(channel);
    }

    static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // Best effort: it is unusable either way.
        }
    }
}
