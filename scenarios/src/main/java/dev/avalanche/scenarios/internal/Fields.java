package dev.avalanche.scenarios.internal;

import dev.avalanche.scenarios.internal.Node.Entry;
import dev.avalanche.scenarios.internal.Node.MapNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A mapping being bound: reports its unknown keys once (with "did you mean"), then hands out its
 * values by key. When the node is missing or not a mapping, every read returns null without a
 * further report, so that one mistake gives one problem.
 *
 * <p>A mapping of the format ({@link #of(At, Problems, Shape)}) hands out only the keys its
 * {@link Shape} declares, a required one only when declared required, an optional one only when
 * declared optional, and checks that the default it declares binds to the binder's value for an
 * absent key: so the documentation, the JSON Schema and the binder cannot disagree. A binder that
 * asks for anything else fails with an {@link IllegalStateException} in the first test that binds
 * the mapping. {@link #dynamic} is for the mappings whose keys the user names (services) or that
 * depend on a value (a distribution's parameters).
 */
final class Fields {

    private final At at;
    private final MapNode map;
    private final Problems problems;
    /** The declared mapping; null for a dynamic one. */
    private final Shape shape;
    /** Keys suggested for unknown keys: not reported again as missing. */
    private final Set<String> suggested;

    private Fields(At at, MapNode map, Problems problems, Shape shape, Set<String> suggested) {
        this.at = at;
        this.map = map;
        this.problems = problems;
        this.shape = shape;
        this.suggested = suggested;
    }

    /** The mapping of the format {@code shape} at {@code at} (null: absent, already reported). */
    static Fields of(At at, Problems problems, Shape shape) {
        return of(at, problems, shape.what(), shape.keys(), shape);
    }

    /**
     * A mapping whose keys are not declared in {@link Format}: the mapping at {@code at} (null:
     * absent, already reported), whose allowed {@code keys} are listed in the order messages show
     * them; {@code what} describes the mapping for a wrong type.
     */
    static Fields dynamic(At at, Problems problems, String what, List<String> keys) {
        return of(at, problems, what, keys, null);
    }

    private static Fields of(At at, Problems problems, String what, List<String> keys, Shape shape) {
        if (at == null) {
            return new Fields(null, null, problems, shape, Set.of());
        }
        if (!(at.node() instanceof MapNode m)) {
            problems.invalid(at, what);
            return new Fields(at, null, problems, shape, Set.of());
        }
        Set<String> suggested = new HashSet<>();
        for (Map.Entry<String, Entry> e : m.entries().entrySet()) {
            if (!keys.contains(e.getKey())) {
                problems.add(e.getValue().keyPos(), At.join(at.path(), e.getKey()), "got an unknown key"
                        + Suggestions.hint(e.getKey(), keys) + "; allowed " + String.join(", ", keys));
                Suggestions.closest(e.getKey(), keys).ifPresent(suggested::add);
            }
        }
        return new Fields(at, m, problems, shape, suggested);
    }

    /** The declaration of {@code key}; null for a dynamic mapping. */
    private FieldSpec spec(String key) {
        if (shape == null) {
            return null;
        }
        if (!shape.keys().contains(key)) {
            throw new IllegalStateException("the binder reads " + At.join(shape.path(), key)
                    + ", which Format does not declare");
        }
        return shape.field(key);
    }

    private FieldSpec spec(String key, boolean required) {
        FieldSpec spec = spec(key);
        if (spec != null && spec.required() != required) {
            throw new IllegalStateException("the binder reads " + At.join(shape.path(), key) + " as "
                    + (required ? "required" : "optional") + "; Format declares it " + (required ? "optional" : "required"));
        }
        return spec;
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
        spec(key);
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
        FieldSpec spec = spec(key);
        if (spec != null && !spec.required() && spec.allowed().isEmpty()) {
            throw new IllegalStateException("the binder requires " + At.join(shape.path(), key)
                    + ", which Format declares optional");
        }
        if (map != null && !has(key) && !suggested.contains(key)) {
            problems.missing(at, key, allowed);
        }
        return get(key);
    }

    /** As {@link #require(String, String)}, saying what {@link Format} declares as allowed. */
    At require(String key) {
        return require(key, spec(key).allowed());
    }

    /** {@code read} of the value of {@code key}; null when missing (reported) or invalid (reported). */
    <T> T required(String key, String allowed, Function<At, T> read) {
        spec(key, true);
        At value = require(key, allowed);
        return value == null ? null : read.apply(value);
    }

    /** As {@link #required(String, String, Function)}, saying what {@link Format} declares as allowed. */
    <T> T required(String key, Function<At, T> read) {
        return required(key, spec(key, true).allowed(), read);
    }

    /**
     * {@code read} of the value of {@code key}, or {@code absent} when it is not given; null when
     * invalid. In a mapping of the format, {@code absent} must be what the declared default reads as.
     */
    <T> T optional(String key, T absent, Function<At, T> read) {
        FieldSpec spec = spec(key, false);
        At value = get(key);
        if (value == null && spec != null && spec.defaultNode() != null && map != null) {
            T declared = read.apply(new At(At.join(at.path(), key), spec.defaultNode()));
            if (!Objects.equals(declared, absent)) {
                throw new IllegalStateException("the binder's default of " + At.join(shape.path(), key) + " is " + absent
                        + "; Format declares " + spec.defaultValue() + " (" + declared + ")");
            }
        }
        return value == null ? absent : read.apply(value);
    }

    /** The entries of this mapping, each as an {@code At}; empty when this is not a mapping. */
    List<At> entries() {
        return map == null ? List.of() : map.entries().keySet().stream().map(at::child).toList();
    }

    /** Where {@code key} is written (for problems about the key itself). */
    Pos keyPos(String key) {
        spec(key);
        return map.entries().get(key).keyPos();
    }
}
