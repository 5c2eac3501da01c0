/**
 * The capacity and avalanche domain: users, a load balancer, servers with processes and workers
 * (OS threads, gevent greenlets, Java virtual threads), listen backlogs, requests that call slow
 * third parties. Built on sim-engine; knows nothing of YAML, charts or sockets.
 */
package dev.avalanche.models;
