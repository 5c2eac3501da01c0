package dev.avalanche.bridge;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * An external HTTP server that a live run loads instead of its built-in app server ({@code --target}).
 * Its host is resolved once, here, and the users connect to exactly the address that was checked,
 * so a name cannot resolve elsewhere later. Only loopback addresses (127.0.0.0/8, ::1) are allowed
 * unless remote targets are explicitly allowed: live mode sends real traffic. Every request is
 * {@code GET <path>?id=N} (or {@code &id=N} after an existing query), with N the request's number.
 */
public final class LiveTarget {

    private final URI uri;
    private final InetSocketAddress address;
    private final String requestPrefix;

    private LiveTarget(URI uri, InetSocketAddress address) {
        this.uri = uri;
        this.address = address;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery();
        this.requestPrefix = query == null || query.isEmpty() ? path + "?id=" : path + "?" + query + "&id=";
    }

    /**
     * Checks and resolves {@code uri}. Nothing is sent to the address; a host name is looked up.
     *
     * @throws IllegalArgumentException naming the URI, what it resolved to and the rule when it is not
     *     plain {@code http://host[:port][/path]}, does not resolve, or resolves to any address that is
     *     not loopback while {@code allowRemote} is false
     */
    public static LiveTarget resolve(URI uri, boolean allowRemote) {
        String host = uri.getHost();
        if (!"http".equalsIgnoreCase(uri.getScheme()) || host == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("target: got " + uri + "; allowed http://HOST[:PORT][/PATH] (plain HTTP/1.1, no user or fragment)");
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("target: got " + uri + ": host " + host + " does not resolve; allowed a resolvable host");
        }
        if (!allowRemote) {
            for (InetAddress a : all) {
                if (!a.isLoopbackAddress()) {
                    throw refused(uri, all);
                }
            }
        }
        return at(uri, all[0], allowRemote);
    }

    /**
     * {@code uri} at an address already resolved (by the JVM that started this one), checked again.
     *
     * @throws IllegalArgumentException when {@code address} is not loopback and {@code allowRemote} is false
     */
    public static LiveTarget at(URI uri, InetAddress address, boolean allowRemote) {
        if (!allowRemote && !address.isLoopbackAddress()) {
            throw refused(uri, new InetAddress[] {address});
        }
        return new LiveTarget(uri, new InetSocketAddress(address, uri.getPort() == -1 ? 80 : uri.getPort()));
    }

    private static IllegalArgumentException refused(URI uri, InetAddress[] all) {
        return new IllegalArgumentException("target: got " + uri + " (" + describe(all) + "), not a loopback address;"
                + " allowed 127.0.0.0/8 or ::1 unless --allow-remote is given");
    }

    /** The URI as given. */
    public URI uri() {
        return uri;
    }

    /** The checked address the users connect to. */
    public InetSocketAddress address() {
        return address;
    }

    /** Whether the address is a loopback one. */
    public boolean isLoopback() {
        return address.getAddress().isLoopbackAddress();
    }

    /** The request target of request {@code id}: the path and query with {@code id=N} appended. */
    public String requestTarget(long id) {
        return requestPrefix() + id;
    }

    /** The request target up to the id's digits. */
    public String requestPrefix() {
        return requestPrefix;
    }

    /** The Host header: the URI's authority. */
    public String hostHeader() {
        return uri.getRawAuthority();
    }

    @Override
    public String toString() {
        return uri + " (" + address.getAddress().getHostAddress() + ":" + address.getPort() + ")";
    }

    private static String describe(InetAddress[] all) {
        return String.join(", ", Arrays.stream(all).map(InetAddress::getHostAddress).toList());
    }
}
