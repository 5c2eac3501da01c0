package dev.avalanche.scenarios.internal;

import dev.avalanche.scenarios.internal.Node.Entry;
import dev.avalanche.scenarios.internal.Node.MapNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A mapping being bound: reports its unknown keys once (with "did you mean"), then hands out its
 * values by key. When the node is missing or not a mapping, every read returns null without a
 * further report, so that one mistake gives one problem.
 */
final class Fields {

    private final At at;
    private final MapNode map;
    private final Problems problems;
    /** Keys suggested for unknown keys: not reported again as missing. */
    private final Set<String> suggested;

    private Fields(At at, MapNode map, Problems problems, Set<String> suggested) {
        this.at = at;
        this.map = map;
        this.problems = problems;
        this.suggested = suggested;
    }

    /**
     * The mapping at {@code at} (null: absent, already reported), whose allowed {@code keys} are
     * listed in the order messages show them; {@code what} describes the mapping for a wrong type.
     */
    static Fields of(At at, Problems problems, String what, List<String> keys) {
        if (at == null) {
            return new Fields(null, null, problems, Set.of());
        }
        if (!(at.node() instanceof MapNode m)) {
            problems.invalid(at, what);
            return new Fields(at, null, problems, Set.of());
        }
        Set<String> suggested = new HashSet<>();
        for (Map.Entry<String, Entry> e : m.entries().entrySet()) {
            if (!keys.contains(e.getKey())) {
                problems.add(e.getValue().keyPos(), At.join(at.path(), e.getKey()), "got an unknown key"
                        + Suggestions.hint(e.getKey(), keys) + "; allowed " + String.join(", ", keys));
                Suggestions.closest(e.getKey(), keys).ifPresent(suggested::add);
            }
        }
        return new Fields(at, m, problems, suggested);
    }

    /** Whether this is a mapping (problems about its type were reported otherwise). */
    boolean valid() {
        return map != null;
    }

    At self() {
        return at;
    }

    /** Whether {@code key} is given (an explicit null counts as not given). */
    boolean has(String key) {
        return map != null && !Node.isAbsent(map.get(key));
    }

    /** The value of {@code key}, or null when it is not given. */
    At get(String key) {
        return has(key) ? at.child(key) : null;
    }

    /**
     * The value of {@code key}; when not given, reports it as required (unless an unknown key was
     * already reported as a likely misspelling of it) and returns null.
     */
    At require(String key, String allowed) {
        if (map != null && !has(key) && !suggested.contains(key)) {
            problems.missing(at, key, allowed);
        }
        return get(key);
    }

    /** {@code read} of the value of {@code key}; null when missing (reported) or invalid (reported). */
    <T> T required(String key, String allowed, Function<At, T> read) {
        At value = require(key, allowed);
        return value == null ? null : read.apply(value);
    }

    /** {@code read} of the value of {@code key}, or {@code absent} when it is not given; null when invalid. */
    <T> T optional(String key, T absent, Function<At, T> read) {
        At value = get(key);
        return value == null ? absent : read.apply(value);
    }

    /** The entries of this mapping, each as an {@code At}; empty when this is not a mapping. */
    List<At> entries() {
        return map == null ? List.of() : map.entries().keySet().stream().map(at::child).toList();
    }

    /** Where {@code key} is written (for problems about the key itself). */
    Pos keyPos(String key) {
        return map.entries().get(key).keyPos();
    }
}
