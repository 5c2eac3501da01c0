package dev.avalanche.bridge.internal.stub;

import java.net.URI;

/**
 * Where a {@link ThirdPartyStub} answers on 127.0.0.1, as an app server needs it, whether the stub
 * runs in its JVM or in another process's (an app server in a JVM of its own is handed the port).
 *
 * @param port the stub's port
 */
public record StubAddress(int port) {

    /** @throws IllegalArgumentException when the port is not one */
    public StubAddress {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("stub port: got " + port + "; allowed 1..65535");
        }
    }

    /** Where {@code service} answers. */
    public URI uri(String service) {
        return at("/s/" + service);
    }

    /** Answers 204 at once: for warming up clients. */
    public URI health() {
        return at("/health");
    }

    private URI at(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
