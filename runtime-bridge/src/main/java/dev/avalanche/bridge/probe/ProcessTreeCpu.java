package dev.avalanche.bridge.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The CPU time of some processes and all their descendants, from {@code /proc/PID/stat}: utime +
 * stime (fields 14 and 15, which count every thread of the process) in clock ticks. A process
 * that ends between two readings takes its time with it (its parent's cutime counts it only once
 * reaped), so a reading is a lower bound when workers are recycled meanwhile.
 */
public final class ProcessTreeCpu {

    /** Linux's USER_HZ on every architecture it runs servers on: {@code /proc} counts in 1/100 s. */
    public static final double TICK_SECONDS = 0.01;

    private final Path proc;

    /** Reads {@code proc} (normally {@code /proc}). */
    public ProcessTreeCpu(Path proc) {
        this.proc = proc;
    }

    /**
     * A reading.
     *
     * @param ticks utime + stime of every process read, summed
     * @param processes how many processes were read
     */
    public record Reading(long ticks, int processes) {
    }

    /** The processes {@code pids} and their descendants; empty when none of {@code pids} exists. */
    public Optional<Reading> read(List<Long> pids) {
        Map<Long, List<Long>> children = children();
        Set<Long> seen = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(pids);
        long ticks = 0;
        int count = 0;
        boolean anyGiven = false;
        while (!todo.isEmpty()) {
            long pid = todo.pop();
            if (!seen.add(pid)) {
                continue;
            }
            Optional<long[]> stat = stat(pid);
            if (stat.isEmpty()) {
                continue;
            }
            anyGiven |= pids.contains(pid);
            ticks += stat.get()[1];
            count++;
            todo.addAll(children.getOrDefault(pid, List.of()));
        }
        return anyGiven ? Optional.of(new Reading(ticks, count)) : Optional.empty();
    }

    /** Whether a process {@code pid} exists. */
    public boolean exists(long pid) {
        return stat(pid).isPresent();
    }

    /** Every process's children, by parent id. */
    private Map<Long, List<Long>> children() {
        Map<Long, List<Long>> byParent = new HashMap<>();
        try (Stream<Path> entries = Files.list(proc)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long pid = Long.parseLong(name);
                stat(pid).ifPresent(s -> byParent.computeIfAbsent(s[0], k -> new ArrayList<>()).add(pid));
            }
        } catch (IOException e) {
            return byParent;
        }
        return byParent;
    }

    /** {parent id, utime + stime} of {@code pid}, or empty when it is gone or unreadable. */
    private Optional<long[]> stat(long pid) {
        try {
            return parse(Files.readString(proc.resolve(Long.toString(pid)).resolve("stat")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * {parent id, utime + stime} from a stat line: the command name is in parentheses and may hold
     * spaces and parentheses itself, so the fields are counted from the last ')'.
     */
    static Optional<long[]> parse(String line) {
        int close = line.lastIndexOf(')');
        if (close < 0) {
            return Optional.empty();
        }
        String[] f = line.substring(close + 2).trim().split(" ");
        // f[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
        if (f.length < 13) {
            return Optional.empty();
        }
        return Optional.of(new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12])});
    }
}
