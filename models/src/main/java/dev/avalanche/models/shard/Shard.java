package dev.avalanche.models.shard;

/**
 * Shard {@code index} of {@code count} (1-based): the jobs whose number modulo {@code count} is
 * {@code index - 1}. Jobs are dealt round-robin rather than in blocks because a study's costly
 * runs cluster at one end of a parameter range (the highest load); dealing spreads them over every
 * shard. The shards of one count partition the jobs: each job is owned by exactly one shard.
 *
 * @param index from 1 to {@code count}
 * @param count at least 1
 */
public record Shard(int index, int count) {

    /** The whole study in one shard. */
    public static final Shard WHOLE = new Shard(1, 1);

    /** @throws IllegalArgumentException when {@code count < 1} or {@code index} is outside 1..count */
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard: got " + index + "/" + count
                    + "; allowed i/n with n >= 1 and 1 <= i <= n (shards are counted from 1)");
        }
    }

    /**
     * The shard written {@code i/n}, as {@code --shard} takes it.
     *
     * @throws IllegalArgumentException when {@code text} is not two integers around a slash, or they are out of range
     */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length == 2) {
            try {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            } catch (NumberFormatException e) {
                // reported below with the text as given
            }
        }
        throw new IllegalArgumentException("--shard: got " + text + "; allowed i/n, e.g. 2/8 (shard 2 of 8)");
    }

    /** Whether job number {@code job} (from 0) is this shard's. */
    public boolean owns(int job) {
        return job % count == index - 1;
    }

    /** How many of jobs 0 .. {@code jobs - 1} this shard owns. */
    public int share(int jobs) {
        return jobs / count + (jobs % count >= index ? 1 : 0);
    }

    /** {@code i/n}, as {@link #parse} reads it. */
    @Override
    public String toString() {
        return index + "/" + count;
    }
}
