package dev.avalanche.bridge.internal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.util.concurrent.Executor;

/**
 * The only addresses live mode talks to: servers bind 127.0.0.1 on an ephemeral port and every
 * client target is checked to be a loopback address.
 *
 * <p>The JDK's HTTP server reads its tuning once per JVM, when its first server is created, from
 * system properties; {@link #server} sets those it relies on (unless the user set them): more idle
 * keep-alive connections than the default 200, and TCP_NODELAY so that small responses are not
 * held back by Nagle's algorithm. A server created earlier in the JVM by other code fixes them first.
 */
public final class Loopback {

    /** Keep-alive connections the JDK server keeps open while idle (its default is 200). */
    static final int MAX_IDLE_CONNECTIONS = 20_000;

    private static final InetAddress ADDRESS;

    static {
        try {
            ADDRESS = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Loopback() {
    }

    /**
     * A server on 127.0.0.1, on a port the kernel chooses, with {@code backlog} as its listen backlog
     * (the kernel caps it at {@code somaxconn}) and {@code executor} running its exchanges.
     *
     * @throws IllegalArgumentException when {@code backlog < 1} (the JDK would read 0 as "its default")
     */
    public static HttpServer server(int backlog, Executor executor) throws IOException {
        if (backlog < 1) {
            throw new IllegalArgumentException("listen backlog: got " + backlog + "; allowed an integer >= 1");
        }
        setIfAbsent("sun.net.httpserver.maxIdleConnections", Integer.toString(MAX_IDLE_CONNECTIONS));
        setIfAbsent("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(ADDRESS, 0), backlog);
        server.setExecutor(executor);
        return server;
    }

    /** {@code http://127.0.0.1:port} of a started server, plus {@code path}. */
    public static URI uri(HttpServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** An HTTP/1.1 client running its callbacks on {@code executor} (virtual threads in live mode). */
    public static HttpClient client(Executor executor) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY).executor(executor).build();
    }

    /**
     * @throws IllegalArgumentException when {@code target} is not plain http to a loopback address
     *     written as a literal (a host name is refused: it could resolve elsewhere later)
     */
    public static URI requireLoopback(URI target) {
        String host = target.getHost();
        boolean ok = "http".equals(target.getScheme()) && host != null;
        if (ok) {
            try {
                String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
                ok = InetAddress.ofLiteral(literal).isLoopbackAddress();
            } catch (IllegalArgumentException e) {
                ok = false;
            }
        }
        if (!ok) {
            throw new IllegalArgumentException("target: got " + target
                    + "; allowed http://127.0.0.1:port or http://[::1]:port only");
        }
        return target;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
