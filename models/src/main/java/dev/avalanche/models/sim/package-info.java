/**
 * The avalanche simulation itself: hosts whose cores are shared by processor sharing, server
 * processes with worker slots and a listen backlog, third parties, users who lose patience and
 * refresh. Internal to models: other modules see only {@link dev.avalanche.models.AvalancheModel}
 * and the result records.
 */
package dev.avalanche.models.sim;
