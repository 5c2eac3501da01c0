package dev.avalanche.cli;

import dev.avalanche.models.shard.Shard;
import dev.avalanche.models.shard.ShardEnvironment;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that make a run or a sweep one shard of several (a picocli mixin). */
final class ShardOptions {

    @Option(names = "--shard", paramLabel = "I/N", description = "Run only shard I of N (I from 1 to N) of the runs (dealt "
            + "round-robin) and write them to DIR/shard-I-of-N.json; `avalanche merge` puts the shards back together.")
    String shard;

    @Option(names = "--shard-count", paramLabel = "N", description = "As --shard, with I read from the environment: a "
            + "Kubernetes Indexed Job's JOB_COMPLETION_INDEX (from 0) or a Slurm job array's SLURM_ARRAY_TASK_ID "
            + "(with SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_COUNT).")
    Integer count;

    /** The environment {@code --shard-count} reads: the process's, unless a test sets another. */
    Map<String, String> environment = System.getenv();

    /**
     * The shard asked for; empty when the whole study runs here.
     *
     * @throws IllegalArgumentException when both options are given, or either is wrong (naming the option or variable)
     */
    Optional<Shard> shard() {
        if (shard != null && count != null) {
            throw new IllegalArgumentException("--shard, --shard-count: got both; allowed one: --shard I/N, or --shard-count N "
                    + "with I from the scheduler's environment");
        }
        if (shard != null) {
            return Optional.of(Shard.parse(shard));
        }
        return count == null ? Optional.empty() : Optional.of(ShardEnvironment.resolve(count, environment));
    }
}
