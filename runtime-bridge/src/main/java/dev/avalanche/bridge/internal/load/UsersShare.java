package dev.avalanche.bridge.internal.load;

import dev.avalanche.bridge.internal.run.Substream;

/**
 * Which share of a run's users one users' process plays when they are split across {@code count}
 * processes (so that no one process holds every user connection): the open loop's Poisson schedule
 * is drawn whole, from the same seed, by every process, and process {@code index} plays the intents
 * {@code k} with {@code k % count == index}, so the processes together play exactly the intents of
 * one process with the same seed. The run's request cap is split into {@code count} equal blocks of
 * ids, process {@code index} numbering its requests from {@link #idBase}, so that the ids on the
 * wire never collide and the processes' logs merge into one ({@link ClientLog#place}). The draws
 * that follow the intents (patience, refreshes) come from per-share substreams ({@link #streamName}),
 * so that two shares never mirror each other; with one process the names are the usual ones.
 *
 * @param index which share, from 0
 * @param count how many shares
 * @param idBase the first id of this share's block
 */
public record UsersShare(int index, int count, int idBase) {

    /** The whole of the users, in one process. */
    public static final UsersShare WHOLE = new UsersShare(0, 1, 0);

    /** @throws IllegalArgumentException when the index is outside {@code [0, count)} or the base negative */
    public UsersShare {
        if (count < 1 || index < 0 || index >= count || idBase < 0) {
            throw new IllegalArgumentException("users share: got " + index + " of " + count + " from id " + idBase
                    + "; allowed 0 <= index < count and idBase >= 0");
        }
    }

    /** Share {@code index} of {@code count}, of a run whose request cap is {@code capacity}. */
    public static UsersShare of(int index, int count, int capacity) {
        return new UsersShare(index, count, index * block(count, capacity));
    }

    /** The ids each share may use: the cap split evenly (rounded down). */
    public static int block(int count, int capacity) {
        return capacity / count;
    }

    /** Whether the {@code k}-th intent of the schedule (from 0) is this share's. */
    public boolean plays(long k) {
        return k % count == index;
    }

    /** The name of stream {@code name} for this share: the name itself for the whole. */
    public String streamName(String name) {
        return Substream.name(name, "users", index, count);
    }
}
