package dev.avalanche.models.config;

import dev.avalanche.engine.SimDuration;

/**
 * A front router or proxy on each server's host, in front of its workers (uWSGI's {@code --http}
 * router, an nginx): one single-threaded process with a listen socket of its own. Clients connect
 * to it; it accepts a connection, reads the request and connects to the workers' socket, writes
 * the request there once connected, and relays the response back. Its CPU is spent on the
 * server's cores, beside the workers', one task at a time in the order they came.
 *
 * @param accept CPU to accept a connection, read its request and open a connection to the workers
 *     (its SYN leaves at the end)
 * @param write CPU to write the request to the workers once that connection is established
 * @param relay CPU to read the response and write it to the client
 * @param backlog its listen socket's backlog (uWSGI gives its router the workers' {@code --listen})
 */
public record Front(SimDuration accept, SimDuration write, SimDuration relay, int backlog) {

    public Front {
        Check.nonNegative("accept", accept);
        Check.nonNegative("write", write);
        Check.nonNegative("relay", relay);
        Check.atLeast("backlog", backlog, 0);
    }
}
