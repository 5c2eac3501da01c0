package dev.avalanche.bridge.internal.run;

import java.io.IOException;
import java.net.ProtocolException;
import java.util.Locale;

/**
 * The part of an HTTP/1.x response {@link Http1Client} needs, read off a connection: the status,
 * and whether the connection may carry the next request. The body is read and dropped: by
 * Content-Length, chunked transfer coding, or up to the close when the response has neither.
 * Interim 1xx responses are skipped. Lines longer than {@link Http1Socket#MAX_LINE} are refused.
 *
 * @param status the final response's status code
 * @param keepAlive false when the server asked to close or the body ran to the close
 */
record Http1Response(int status, boolean keepAlive) {

    /**
     * @throws ProtocolException when the response is not HTTP/1.x or a line is too long
     * @throws IOException when the stream ends or is reset early
     */
    static Http1Response read(Http1Socket c, long deadline) throws IOException {
        while (true) {
            String statusLine = line(c, deadline);
            if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
                throw new ProtocolException("response: got status line '" + abbreviate(statusLine) + "'; allowed 'HTTP/1.x NNN ...'");
            }
            int status = parseStatus(statusLine);
            boolean keepAlive = statusLine.startsWith("HTTP/1.1");
            long length = -1;
            boolean chunked = false;
            for (String h = line(c, deadline); !h.isEmpty(); h = line(c, deadline)) {
                int colon = h.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String name = h.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = h.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "content-length" -> length = parseLength(value);
                    case "transfer-encoding" -> chunked = value.endsWith("chunked");
                    case "connection" -> keepAlive = value.contains("keep-alive") || (keepAlive && !value.contains("close"));
                    default -> { }
                }
            }
            if (status >= 100 && status < 200 && status != 101) {
                continue;
            }
            if (status == 204 || status == 304 || status == 101) {
                return new Http1Response(status, keepAlive && status != 101);
            }
            if (chunked) {
                skipChunks(c, deadline);
            } else if (length >= 0) {
                c.skip(length, deadline);
            } else {
                c.skipToEnd(deadline);
                keepAlive = false;
            }
            return new Http1Response(status, keepAlive);
        }
    }

    private static int parseStatus(String statusLine) throws IOException {
        int status;
        try {
            status = Integer.parseInt(statusLine.substring(9, 12));
        } catch (NumberFormatException e) {
            status = -1;
        }
        if (status < 100 || status > 599) {
            throw new ProtocolException("response: got status line '" + abbreviate(statusLine) + "'; allowed a status code 100-599");
        }
        return status;
    }

    private static long parseLength(String value) throws IOException {
        try {
            long n = Long.parseLong(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new ProtocolException("response: Content-Length: got '" + abbreviate(value) + "'; allowed an integer >= 0");
    }

    private static void skipChunks(Http1Socket c, long deadline) throws IOException {
        while (true) {
            String sizeLine = line(c, deadline);
            int semi = sizeLine.indexOf(';');
            String hex = (semi >= 0 ? sizeLine.substring(0, semi) : sizeLine).strip();
            long size;
            try {
                size = Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                throw new ProtocolException("response: chunk size: got '" + abbreviate(hex) + "'; allowed a hexadecimal number");
            }
            if (size == 0) {
                while (!line(c, deadline).isEmpty()) {
                    // Trailer fields are dropped.
                }
                return;
            }
            c.skip(size, deadline);
            line(c, deadline);
        }
    }

    private static String line(Http1Socket c, long deadline) throws IOException {
        return c.line(deadline);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
