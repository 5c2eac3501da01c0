package dev.avalanche.models.config;

import dev.avalanche.engine.SimDuration;

/**
 * The load generator itself when it runs on the servers' host, as {@code ab} did in the story:
 * one single-threaded process whose CPU competes with the servers' for the same cores, one task
 * at a time in the order they came. Its loop decides when each connection's request is written:
 * ab opens a burst of connections, then writes to them, so a request leaves after the connects
 * queued before it. Only with one server, whose cores it shares.
 *
 * @param connect CPU to open a connection (the SYN leaves at its end; on loopback the kernel's
 *     handshake work is charged to it)
 * @param write CPU to write the request once the connection is established
 * @param read CPU to read the response and close the connection
 */
public record LoadGenerator(SimDuration connect, SimDuration write, SimDuration read) {

    public LoadGenerator {
        Check.nonNegative("connect", connect);
        Check.nonNegative("write", write);
        Check.nonNegative("read", read);
    }
}
