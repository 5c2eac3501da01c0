/**
 * A run or a sweep as a study: what was asked ({@link dev.avalanche.scenarios.study.Study}: the
 * scenario's text, the overrides, the points), planned into the models' numbered jobs
 * ({@link dev.avalanche.scenarios.study.Plan}); the part file a shard writes of its jobs, and the
 * merge of every shard's part into the results the whole study would have given on one machine.
 */
package dev.avalanche.scenarios.study;
