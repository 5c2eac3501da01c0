package dev.avalanche.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Live mode sends real traffic: a target is checked, after resolving, before anything is sent. */
class LiveTargetTest {

    @Test
    void aNonLoopbackAddressIsRefusedWithoutSendingAnythingNamingTheAddressAndTheWayOut() {
        long t = System.nanoTime();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LiveTarget.resolve(URI.create("http://192.0.2.1:8080/"), false));
        // A connection attempt to this unroutable test address would take seconds; the check takes none.
        assertTrue(System.nanoTime() - t < 200_000_000L, "refused at once, without a connection attempt");
        assertTrue(e.getMessage().startsWith("target: got http://192.0.2.1:8080/ (192.0.2.1), not a loopback address"),
                e.getMessage());
        assertTrue(e.getMessage().contains("--allow-remote"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
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
