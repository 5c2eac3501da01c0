/**
 * What one simulated variant is made of, as validated records: the users and their load
 * generator, the balancer, the servers with their workers, front router and kernel
 * ({@link dev.avalanche.models.config.LinuxTcp}, the handshake rules simulation and live mode
 * share), the work of a request (or a mix of kinds of request, each with its share and its work)
 * and the third parties it calls. Every record checks its fields in
 * its constructor and fails with {@code field: got X; allowed Y}.
 */
package dev.avalanche.models.config;
