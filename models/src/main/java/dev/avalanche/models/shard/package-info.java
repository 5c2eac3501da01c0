/**
 * Splitting a study's numbered jobs across machines: which shard this process is (given on the
 * command line, or read from a Kubernetes Indexed Job's or a Slurm job array's environment) and
 * which jobs it owns. Pure arithmetic; the files shards write and their merge live in scenarios.
 */
package dev.avalanche.models.shard;
