package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code live} end to end: the users in their own JVM, {@code --target}, and Ctrl-C through the stop signal. */
class LiveCommandTest {

    private static final String AB = Path.of("..", "scenarios", "validation", "ab-10-vs-10.yaml").toString();

    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    @AfterEach
    void noUsersJvmOutlivesTheCommand() {
        List<ProcessHandle> left = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        assertTrue(left.isEmpty(), "still running: " + left.stream().map(p -> p.info().commandLine()).toList());
    }

    private JsonNode summary() throws IOException {
        return new ObjectMapper().readTree(tmp.resolve("summary.json").toFile());
    }

    /** A target on loopback whose {@code /view} runs {@code handler}; started. */
    private static HttpServer target(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        HttpServer target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        target.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        target.createContext("/view", handler);
        target.start();
        return target;
    }

    @Test
    void aLoopbackTargetIsLoadedInsteadOfTheBuiltInServerAndReceivesEveryRequest() throws IOException {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        HttpServer target = target(ex -> {
            ids.add(ex.getRequestURI().getQuery());
            try (ex) {
                Thread.sleep(20);
                ex.sendResponseHeaders(200, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            String url = "http://127.0.0.1:" + target.getAddress().getPort() + "/view";
            int code = cli.run("live", AB, "--target", url, "--set", "users.closed.requests=20", "--set", "variants=null",
                    "--out", tmp.toString(), "-q");
            assertEquals(0, code, cli.out() + cli.err());
            JsonNode v = summary().get("variants").get(0);
            assertEquals(20, v.get("requests").get("goodput").asLong(), v.toString());
            assertEquals(20, ids.size(), "the target saw 20 distinct ids: " + ids);
            assertTrue(ids.contains("id=0") && ids.contains("id=19"), ids.toString());
        } finally {
            target.stop(0);
        }
    }

    @Test
    void newConnectionsOpensOneConnectionPerRequestAsAbDoes() throws IOException {
        Set<Object> connections = ConcurrentHashMap.newKeySet();
        HttpServer target = target(ex -> {
            connections.add(ex.getRemoteAddress());
            try (ex) {
                ex.sendResponseHeaders(200, -1);
            }
        });
        try {
            String url = "http://127.0.0.1:" + target.getAddress().getPort() + "/view";
            int code = cli.run("live", AB, "--target", url, "--new-connections", "--set", "users.closed.requests=12",
                    "--set", "variants=null", "--out", tmp.toString());
            assertEquals(0, code, cli.out() + cli.err());
            assertEquals(12, summary().get("variants").get(0).get("requests").get("goodput").asLong());
            assertEquals(12, connections.size(), "each request came from a port of its own: " + connections);
            assertTrue(cli.err().contains("each request opened a new connection"), cli.err());
        } finally {
            target.stop(0);
        }
    }

    @Test
    void aNonLoopbackTargetIsRefusedWithExitCodeTwoAndOneLineBeforeAnythingStarts() {
        assertEquals(2, cli.run("live", AB, "--target", "http://192.0.2.1:8080/", "--out", tmp.toString()));
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
        assertTrue(cli.err().contains("--target: got http://192.0.2.1:8080/ (192.0.2.1), not a loopback address"), cli.err());
        assertTrue(cli.err().contains("--allow-remote"), cli.err());
        assertFalse(Files.exists(tmp.resolve("summary.json")));
    }

    @Test
    void aNonLoopbackTargetIsRefusedWithoutAConnectionAttempt() throws IOException {
        // A listener on one of this machine's own non-loopback addresses: a connection attempt would wait in its queue.
        Optional<InetAddress> own = NetworkInterface.networkInterfaces().filter(LiveCommandTest::upAndNotLoopback)
                .flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
        assumeTrue(own.isPresent(), "this machine has no non-loopback address");
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(own.get(), 0));
            listener.configureBlocking(false);
            String url = "http://" + own.get().getHostAddress() + ":" + listener.socket().getLocalPort() + "/";
            assertEquals(2, cli.run("live", AB, "--target", url, "--out", tmp.toString()));
            assertNull(listener.accept(), "live connected to " + url);
        }
    }

    private static boolean upAndNotLoopback(NetworkInterface i) {
        try {
            return i.isUp() && !i.isLoopback();
        } catch (java.net.SocketException e) {
            return false;
        }
    }

    @Test
    void validateRefusesANonLoopbackTargetToo() {
        assertEquals(2, cli.run("validate", AB, "--target", "http://10.1.2.3/", "--out", tmp.toString()));
        assertTrue(cli.err().contains("not a loopback address"), cli.err());
    }

    @Test
    void aStopDuringTheRunWritesThePartialResultsAsIncompleteAndExitsOne() throws Exception {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        LiveCommand live = (LiveCommand) cl.getSubcommands().get("live").getCommand();
        // A target answering after a second, like the scenario's view: unstopped, two variants of 10 rounds.
        try (CountingTarget target = new CountingTarget(1000);
                ExecutorService runner = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Integer> code = runner.submit(() -> cl.execute("live", AB, "--target", target.url(), "--out", tmp.toString(), "-q"));
            // As the Ctrl-C hook does, once the 10 users' first round has reached the target.
            assertTrue(CountingTarget.eventually(() -> target.received() >= 10 || code.isDone()), "the users never sent 10");
            live.live.stop.stop();
            assertEquals(1, code.get(), err.toString());
            assertTrue(err.toString().contains("stopped early") && err.toString().contains("\"complete\": false"), err.toString());
            JsonNode s = summary();
            assertFalse(s.get("complete").asBoolean());
            assertEquals(1, s.get("variants").size(), "the second variant was not started after the stop");
            long sent = s.get("variants").get(0).get("requests").get("sent").asLong();
            assertTrue(sent >= 10 && sent < 100, "a few rounds of 10 clients, not all 100 requests: " + sent);
        }
    }
}
