/**
 * Independent replications run in parallel, merged in replication order so results do not depend
 * on the number of cores, and Student-t confidence intervals over them.
 */
package dev.avalanche.engine.replication;
