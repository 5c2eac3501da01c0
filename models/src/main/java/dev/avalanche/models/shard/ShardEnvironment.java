package dev.avalanche.models.shard;

import java.util.Map;

/**
 * The shard a batch scheduler gave this process, read from the environment it set: a Kubernetes
 * Indexed Job's {@code JOB_COMPLETION_INDEX} (counted from 0), or a Slurm job array's
 * {@code SLURM_ARRAY_TASK_ID} with {@code SLURM_ARRAY_TASK_MIN}, {@code SLURM_ARRAY_TASK_COUNT}
 * and, for an array with a step ({@code --array=0-15:2}), {@code SLURM_ARRAY_TASK_STEP}. The
 * environment is a parameter, so tests give it without touching the process's own.
 */
public final class ShardEnvironment {

    static final String KUBERNETES = "JOB_COMPLETION_INDEX";
    static final String SLURM_ID = "SLURM_ARRAY_TASK_ID";
    static final String SLURM_MIN = "SLURM_ARRAY_TASK_MIN";
    static final String SLURM_COUNT = "SLURM_ARRAY_TASK_COUNT";
    static final String SLURM_STEP = "SLURM_ARRAY_TASK_STEP";

    private ShardEnvironment() {
    }

    /**
     * This process's shard of {@code count}, from {@code env}.
     *
     * @throws IllegalArgumentException when {@code count < 1}, when neither scheduler's variables
     *     are set or both are, or when a variable is not an integer or disagrees with {@code count}
     *     (an index beyond it, an array of another size, an id off the array's step); the message
     *     names the variable, its value and what was allowed
     */
    public static Shard resolve(int count, Map<String, String> env) {
        if (count < 1) {
            throw new IllegalArgumentException("--shard-count: got " + count + "; allowed an integer >= 1");
        }
        boolean kubernetes = env.containsKey(KUBERNETES);
        boolean slurm = env.containsKey(SLURM_ID);
        if (kubernetes && slurm) {
            throw new IllegalArgumentException(KUBERNETES + ", " + SLURM_ID + ": got both (" + env.get(KUBERNETES) + ", "
                    + env.get(SLURM_ID) + "); allowed one: a Kubernetes Indexed Job's or a Slurm job array's");
        }
        if (kubernetes) {
            int index = integer(env, KUBERNETES, "an integer from 0 to " + (count - 1) + " (--shard-count " + count + ")");
            return new Shard(within(index, count, KUBERNETES, env.get(KUBERNETES)) + 1, count);
        }
        if (slurm) {
            return slurm(count, env);
        }
        throw new IllegalArgumentException("--shard-count " + count + ": got no " + KUBERNETES + " (Kubernetes Indexed Job) and no "
                + SLURM_ID + " (Slurm job array) in the environment; allowed one of them, or --shard i/n");
    }

    private static Shard slurm(int count, Map<String, String> env) {
        int arrayCount = integer(env, SLURM_COUNT, count + ", the --shard-count (an --array of " + count + " tasks)");
        if (arrayCount != count) {
            throw new IllegalArgumentException(SLURM_COUNT + ": got " + arrayCount + "; allowed " + count
                    + ", the --shard-count (an --array of " + count + " tasks)");
        }
        int min = integer(env, SLURM_MIN, "the array's first task id, an integer");
        int id = integer(env, SLURM_ID, "an integer");
        int step = env.containsKey(SLURM_STEP) ? integer(env, SLURM_STEP, "an integer >= 1") : 1;
        if (step < 1) {
            throw new IllegalArgumentException(SLURM_STEP + ": got " + step + "; allowed an integer >= 1");
        }
        long offset = (long) id - min;
        if (offset % step != 0) {
            throw new IllegalArgumentException(SLURM_ID + ": got " + id + "; allowed " + min + " + a multiple of "
                    + SLURM_STEP + " " + step);
        }
        long index = offset / step;
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException(SLURM_ID + ": got " + id + "; allowed " + min + " to " + (min + (long) step * (count - 1))
                    + " (" + SLURM_MIN + " " + min + ", " + count + " tasks" + (step > 1 ? " every " + step : "") + ")");
        }
        return new Shard((int) index + 1, count);
    }

    private static int integer(Map<String, String> env, String name, String allowed) {
        String text = env.get(name);
        if (text == null) {
            throw new IllegalArgumentException(name + ": got nothing (not set); allowed " + allowed);
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": got " + text + "; allowed " + allowed, e);
        }
    }

    private static int within(int index, int count, String name, String text) {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException(name + ": got " + text + "; allowed an integer from 0 to " + (count - 1)
                    + " (--shard-count " + count + ", the Job's completions)");
        }
        return index;
    }
}
