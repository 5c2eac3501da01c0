package dev.avalanche.bridge.internal.run;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * The addresses live mode's own parts talk on: servers bind 127.0.0.1 on an ephemeral port and
 * every client between them is checked to aim at a loopback address. (An external target is
 * checked by {@link dev.avalanche.bridge.LiveTarget}.)
 */
public final class Loopback {

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

    /** 127.0.0.1, where every server of a live run listens. */
    public static InetAddress address() {
        return ADDRESS;
    }

    /** A client to the loopback address of {@code uri} (checked by {@link #requireLoopback}). */
    public static Http1Client client(URI uri) {
        String host = requireLoopback(uri).getHost();
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return new Http1Client(new InetSocketAddress(InetAddress.ofLiteral(literal), uri.getPort()), uri.getAuthority());
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
}
