package dev.avalanche.bridge.probe;

import dev.avalanche.models.fit.Calibration;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a full listen queue does: idle connections opened one after another and held, so that
 * each worker of a thread-per-connection server takes one and the rest wait in the accept queue,
 * until the queue is full. Then Linux either drops the SYN (no answer: the connect times out here,
 * and the client would retry after 1 s) or, with {@code tcp_abort_on_overflow}, refuses it. The
 * probe stops after {@link #ENOUGH} failures in a row, at its count, or at its deadline, and closes
 * every connection before it returns. A server that accepts eagerly (an async front, uWSGI's HTTP
 * router) takes them all: then nothing overflows up to the count.
 */
final class ListenQueueProbe {

    /** Failures in a row that settle what the queue does. */
    static final int ENOUGH = 16;
    /** A connect that takes longer met a dropped SYN (loopback answers in microseconds; Linux retries after 1 s). */
    static final int CONNECT_TIMEOUT_MILLIS = 250;

    private ListenQueueProbe() {
    }

    static Calibration.ListenQueue run(InetSocketAddress address, int max, long deadlineNanos) {
        List<Socket> held = new ArrayList<>();
        int attempted = 0;
        int connected = 0;
        int refused = 0;
        int dropped = 0;
        int beforeOverflow = -1;
        int closed = 0;
        int inARow = 0;
        try {
            while (attempted < max && inARow < ENOUGH && System.nanoTime() < deadlineNanos) {
                attempted++;
                Socket s = new Socket();
                try {
                    s.connect(address, CONNECT_TIMEOUT_MILLIS);
                    held.add(s);
                    connected++;
                    inARow = 0;
                } catch (SocketTimeoutException e) {
                    beforeOverflow = beforeOverflow < 0 ? connected : beforeOverflow;
                    dropped++;
                    inARow++;
                    close(s);
                } catch (ConnectException e) {
                    beforeOverflow = beforeOverflow < 0 ? connected : beforeOverflow;
                    refused++;
                    inARow++;
                    close(s);
                } catch (IOException e) {
                    beforeOverflow = beforeOverflow < 0 ? connected : beforeOverflow;
                    refused++;
                    inARow++;
                    close(s);
                }
            }
            int[] ended = ended(held);
            connected -= ended[0];
            refused += ended[0];
            closed = ended[1];
            if (ended[0] > 0 && beforeOverflow < 0) {
                beforeOverflow = connected;
            }
        } finally {
            held.forEach(ListenQueueProbe::close);
        }
        boolean local = address.getAddress().isLoopbackAddress();
        Optional<Integer> abort = local ? abortOnOverflow(Path.of("/proc")) : Optional.empty();
        Optional<Integer> backlog = local ? listenBacklog(address.getPort()) : Optional.empty();
        return new Calibration.ListenQueue(attempted, beforeOverflow < 0 ? connected : beforeOverflow, connected, refused, dropped,
                closed, CONNECT_TIMEOUT_MILLIS / 1e3, abort, backlog);
    }

    /**
     * How many of the held connections the server reset (with {@code tcp_abort_on_overflow} the
     * handshake completes on the client's side and the RST follows the final ACK) and how many it
     * closed (a worker's idle timeout: it then takes the next connection from the queue).
     */
    private static int[] ended(List<Socket> held) {
        int reset = 0;
        int closed = 0;
        for (Socket s : held) {
            try {
                s.setSoTimeout(1);
                if (s.getInputStream().read() < 0) {
                    closed++;
                }
            } catch (SocketTimeoutException e) {
                // alive and idle: held by a worker or waiting in the queue
            } catch (IOException e) {
                reset++;
            }
        }
        return new int[] {reset, closed};
    }

    /** This host's {@code net.ipv4.tcp_abort_on_overflow}, when readable. */
    static Optional<Integer> abortOnOverflow(Path proc) {
        try {
            return Optional.of(Integer.parseInt(Files.readString(proc.resolve("sys/net/ipv4/tcp_abort_on_overflow")).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The backlog of the socket listening on {@code port} on this host, as the kernel holds it
     * (min(listen's argument, somaxconn)): the Send-Q that iproute2's {@code ss} reads over netlink,
     * which {@code /proc/net/tcp} does not show. Empty without {@code ss}, or when it does not answer in 2 s.
     */
    static Optional<Integer> listenBacklog(int port) {
        try {
            Process p = new ProcessBuilder("ss", "-Hltn", "sport = :" + port).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readNBytes(64 * 1024);
            if (!p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return Optional.empty();
            }
            for (String line : new String(out, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 3 && f[0].equals("LISTEN")) {
                    return Optional.of(Integer.parseInt(f[2]));
                }
            }
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing an idle probe connection: nothing to keep
        }
    }
}
