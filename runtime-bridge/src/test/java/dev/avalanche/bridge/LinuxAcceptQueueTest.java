package dev.avalanche.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.avalanche.models.config.LinuxTcp;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kernel this runs on against the model's one definition of a listen socket
 * ({@link LinuxTcp}): a loopback listener that accepts nothing holds exactly {@code backlog + 1}
 * connections; every further SYN is dropped (counted in /proc/net/netstat's ListenOverflows) and
 * retransmitted by its client, and gets in once places free. No privileges; no assertion on how
 * long anything takes, only on counts, with generous bounds for a busy machine.
 */
class LinuxAcceptQueueTest {

    private static final Path NETSTAT = Path.of("/proc/net/netstat");
    private static final int BACKLOG = 1;
    private static final int CLIENTS = 5;
    /** Longer than the first SYN retransmission (1 s): a SYN that could get in has had its chance. */
    private static final long SETTLE_MILLIS = 1_500;
    private static final long BOUND_NANOS = 60_000_000_000L;

    @Test
    void aListenerThatAcceptsNothingHoldsBacklogPlusOneAndTheOthersGetInByRetransmitting() throws Exception {
        assumeTrue(Files.isReadable(NETSTAT), "a Linux kernel with /proc/net/netstat");
        int capacity = LinuxTcp.DEFAULTS.acceptQueueCapacity(BACKLOG);
        long overflowsBefore = listenOverflows();
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress("127.0.0.1", 0), BACKLOG);
            server.configureBlocking(false);
            List<SocketChannel> clients = new ArrayList<>();
            try {
                for (int i = 0; i < CLIENTS; i++) {
                    SocketChannel c = SocketChannel.open();
                    c.setOption(StandardSocketOptions.SO_LINGER, 0);
                    c.configureBlocking(false);
                    if (c.connect(server.getLocalAddress())) {
                        c.write(ByteBuffer.wrap(new byte[] {'x'}));
                    }
                    clients.add(c);
                }
                long settle = System.nanoTime() + SETTLE_MILLIS * 1_000_000;
                while (System.nanoTime() < settle) {
                    Thread.sleep(50);
                    writeOnceConnected(clients);
                }
                assertEquals(capacity, drain(server), "the accept queue held backlog + 1 connections, no more");
                assertTrue(listenOverflows() - overflowsBefore >= CLIENTS - capacity,
                        "each client left out had at least one SYN dropped as a listen overflow");

                int accepted = capacity;
                long start = System.nanoTime();
                while (accepted < CLIENTS && System.nanoTime() - start < BOUND_NANOS) {
                    Thread.sleep(100);
                    writeOnceConnected(clients);
                    accepted += drain(server);
                }
                assertEquals(CLIENTS, accepted, "the others got in on their retransmissions once places freed");
            } finally {
                for (SocketChannel c : clients) {
                    c.close();
                }
            }
        }
    }

    /**
     * A client that believes it is connected sends its request, as every real client does: a
     * client whose handshake-completing ACK was dropped (a syncookie's, which the server keeps no
     * trace of) gets in only by retransmitting that request.
     */
    private static void writeOnceConnected(List<SocketChannel> clients) throws IOException {
        for (SocketChannel c : clients) {
            if (c.isConnectionPending() && c.finishConnect()) {
                c.write(ByteBuffer.wrap(new byte[] {'x'}));
            }
        }
    }

    /** Accepts every connection waiting now; returns how many. */
    private static int drain(ServerSocketChannel server) throws IOException {
        int n = 0;
        SocketChannel c;
        while ((c = server.accept()) != null) {
            c.close();
            n++;
        }
        return n;
    }
    private static long listenOverflows() throws IOException {
        List<String> lines = Files.readAllLines(NETSTAT);
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            String[] names = lines.get(i).split("\\s+");
            String[] values = lines.get(i + 1).split("\\s+");
            for (int k = 1; k < names.length && k < values.length; k++) {
                if (names[k].equals("ListenOverflows")) {
                    return Long.parseLong(values[k]);
                }
            }
        }
        throw new IllegalStateException("no ListenOverflows in " + NETSTAT);
    }
}
