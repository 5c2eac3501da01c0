package dev.avalanche.models.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShardEnvironmentTest {

    private static String refused(int count, Map<String, String> env) {
        return assertThrows(IllegalArgumentException.class, () -> ShardEnvironment.resolve(count, env)).getMessage();
    }

    @Test
    void aKubernetesCompletionIndexCountsFromZero() {
        assertEquals(new Shard(1, 4), ShardEnvironment.resolve(4, Map.of("JOB_COMPLETION_INDEX", "0")));
        assertEquals(new Shard(4, 4), ShardEnvironment.resolve(4, Map.of("JOB_COMPLETION_INDEX", "3")));
    }

    @Test
    void aCompletionIndexBeyondTheShardCountIsRefusedWithItsValueAndRange() {
        assertEquals("JOB_COMPLETION_INDEX: got 4; allowed an integer from 0 to 3 (--shard-count 4, the Job's completions)",
                refused(4, Map.of("JOB_COMPLETION_INDEX", "4")));
        assertEquals("JOB_COMPLETION_INDEX: got x; allowed an integer from 0 to 3 (--shard-count 4)",
                refused(4, Map.of("JOB_COMPLETION_INDEX", "x")));
    }

    @Test
    void aSlurmArrayTaskIsCountedFromTheArraysFirstId() {
        Map<String, String> env = Map.of("SLURM_ARRAY_TASK_ID", "12", "SLURM_ARRAY_TASK_MIN", "10", "SLURM_ARRAY_TASK_COUNT", "4");

        assertEquals(new Shard(3, 4), ShardEnvironment.resolve(4, env));
    }

    @Test
    void aSlurmArrayWithAStepCountsItsTasksNotTheirIds() {
        Map<String, String> env = Map.of("SLURM_ARRAY_TASK_ID", "6", "SLURM_ARRAY_TASK_MIN", "0", "SLURM_ARRAY_TASK_COUNT", "4",
                "SLURM_ARRAY_TASK_STEP", "2");

        assertEquals(new Shard(4, 4), ShardEnvironment.resolve(4, env));
        assertEquals("SLURM_ARRAY_TASK_ID: got 5; allowed 0 + a multiple of SLURM_ARRAY_TASK_STEP 2",
                refused(4, Map.of("SLURM_ARRAY_TASK_ID", "5", "SLURM_ARRAY_TASK_MIN", "0", "SLURM_ARRAY_TASK_COUNT", "4",
                        "SLURM_ARRAY_TASK_STEP", "2")));
    }

    @Test
    void aSlurmArrayOfAnotherSizeThanTheShardCountIsRefused() {
        assertEquals("SLURM_ARRAY_TASK_COUNT: got 8; allowed 4, the --shard-count (an --array of 4 tasks)",
                refused(4, Map.of("SLURM_ARRAY_TASK_ID", "1", "SLURM_ARRAY_TASK_MIN", "0", "SLURM_ARRAY_TASK_COUNT", "8")));
    }

    @Test
    void aSlurmTaskIdOutsideTheArrayIsRefused() {
        assertEquals("SLURM_ARRAY_TASK_ID: got 9; allowed 1 to 4 (SLURM_ARRAY_TASK_MIN 1, 4 tasks)",
                refused(4, Map.of("SLURM_ARRAY_TASK_ID", "9", "SLURM_ARRAY_TASK_MIN", "1", "SLURM_ARRAY_TASK_COUNT", "4")));
    }

    @Test
    void aSlurmTaskWithoutItsArraysBoundsIsRefusedNamingTheMissingVariable() {
        assertEquals("SLURM_ARRAY_TASK_COUNT: got nothing (not set); allowed 4, the --shard-count (an --array of 4 tasks)",
                refused(4, Map.of("SLURM_ARRAY_TASK_ID", "1")));
        assertEquals("SLURM_ARRAY_TASK_MIN: got nothing (not set); allowed the array's first task id, an integer",
                refused(4, Map.of("SLURM_ARRAY_TASK_ID", "1", "SLURM_ARRAY_TASK_COUNT", "4")));
    }

    @Test
    void noSchedulerOrBothAreRefused() {
        assertEquals("--shard-count 4: got no JOB_COMPLETION_INDEX (Kubernetes Indexed Job) and no SLURM_ARRAY_TASK_ID "
                + "(Slurm job array) in the environment; allowed one of them, or --shard i/n", refused(4, Map.of()));
        assertEquals("JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID: got both (0, 1); allowed one: a Kubernetes Indexed Job's "
                + "or a Slurm job array's", refused(4, Map.of("JOB_COMPLETION_INDEX", "0", "SLURM_ARRAY_TASK_ID", "1")));
        assertEquals("--shard-count: got 0; allowed an integer >= 1", refused(0, Map.of("JOB_COMPLETION_INDEX", "0")));
    }
}
