package dev.avalanche.models.config;

import dev.avalanche.engine.SimDuration;

/**
 * An nginx-like load balancer in front of the servers.
 *
 * @param policy how a server is chosen for each request
 * @param timeout how long it waits for a server's response before answering 504 to the user
 *     (the server goes on working on the request)
 */
public record Balancer(Policy policy, SimDuration timeout) {

    /** Round-robin over the servers, the one with the fewest open requests, or a uniform random one. */
    public enum Policy {
        ROUND_ROBIN, LEAST_CONNECTIONS, RANDOM
    }

    public Balancer {
        Check.present("policy", policy);
        Check.positive("timeout", timeout);
    }
}
