/**
 * The avalanche simulation itself: hosts whose cores are shared by processor sharing, server
 * processes with worker slots (threads, optionally under CPython's GIL; greenlets on a hub;
 * virtual threads), listen sockets with Linux's SYN and accept queues and the clients' retransmission
 * timers, a front router and a load generator on the servers' host, third parties, users who lose
 * patience and refresh. Internal to models: other modules see only
 * {@link dev.avalanche.models.AvalancheModel} and the result records.
 */
package dev.avalanche.models.sim;
