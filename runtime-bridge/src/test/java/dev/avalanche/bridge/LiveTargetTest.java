package dev.avalanche.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.channels.ServerSocketChannel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Live mode sends real traffic: a target is checked, after resolving, before anything is sent. */
class LiveTargetTest {

    @Test
    void aNonLoopbackAddressIsRefusedNamingTheAddressAndTheWayOut() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LiveTarget.resolve(URI.create("http://192.0.2.1:8080/"), false));
        assertTrue(e.getMessage().startsWith("target: got http://192.0.2.1:8080/ (192.0.2.1), not a loopback address"),
                e.getMessage());
        assertTrue(e.getMessage().contains("--allow-remote"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @Test
    void aNonLoopbackAddressIsRefusedWithoutAConnectionAttempt() throws IOException {
        // A listener on one of this machine's own non-loopback addresses: a connection attempt would have
        // completed (the kernel answers the SYN) before resolve returned, and would wait in its queue.
        Optional<InetAddress> own = ownNonLoopbackAddress();
        assumeTrue(own.isPresent(), "this machine has no non-loopback address");
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(own.get(), 0));
            listener.configureBlocking(false);
            URI uri = URI.create("http://" + own.get().getHostAddress() + ":" + listener.socket().getLocalPort() + "/");
            assertThrows(IllegalArgumentException.class, () -> LiveTarget.resolve(uri, false));
            assertNull(listener.accept(), "resolve connected to " + uri);
        }
    }

    /** An IPv4 address of this machine that is not a loopback one, if it has any. */
    static Optional<InetAddress> ownNonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(i -> {
            try {
                return i.isUp() && !i.isLoopback();
            } catch (SocketException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
    }

    @Test
    void aNonLoopbackAddressIsAcceptedWhenRemoteTargetsAreAllowed() {
        LiveTarget t = LiveTarget.resolve(URI.create("http://192.0.2.1:8080/view"), true);
        assertEquals("192.0.2.1", t.address().getAddress().getHostAddress());
        assertEquals(8080, t.address().getPort());
        assertTrue(!t.isLoopback());
    }

    @Test
    void everyLoopbackFormIsAcceptedTheWholeOf127Slash8AndIpv6AndTheLocalName() {
        for (String ok : List.of("http://127.0.0.1:9/", "http://127.3.2.1:9/", "http://[::1]:9/", "http://localhost:9/")) {
            assertTrue(LiveTarget.resolve(URI.create(ok), false).isLoopback(), ok);
        }
    }

    @Test
    void onlyPlainHttpIsAccepted() {
        for (String bad : List.of("https://127.0.0.1/", "ftp://127.0.0.1/", "http://user@127.0.0.1/", "/relative")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> LiveTarget.resolve(URI.create(bad), false), bad);
            assertTrue(e.getMessage().contains("allowed http://HOST[:PORT][/PATH]"), e.getMessage());
        }
    }

    @Test
    void theRequestIdIsAppendedToThePathAndToAnExistingQuery() {
        assertEquals("/?id=7", LiveTarget.resolve(URI.create("http://127.0.0.1:9"), false).requestTarget(7));
        assertEquals("/view?id=7", LiveTarget.resolve(URI.create("http://127.0.0.1:9/view"), false).requestTarget(7));
        assertEquals("/view?a=1&id=7", LiveTarget.resolve(URI.create("http://127.0.0.1:9/view?a=1"), false).requestTarget(7));
        assertEquals(80, LiveTarget.resolve(URI.create("http://127.0.0.1/"), false).address().getPort());
    }
}
