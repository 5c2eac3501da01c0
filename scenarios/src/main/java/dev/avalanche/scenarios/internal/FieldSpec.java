package dev.avalanche.scenarios.internal;

/**
 * One key of a mapping of the scenario format, as documented, checked by the JSON Schema and
 * bound: the binder asks {@link Fields} for keys by name, and {@code Fields} refuses a key that is
 * not declared here, reads a required key only if declared required, and checks that a declared
 * default binds to the value the binder uses when the key is absent.
 *
 * @param key the key as written
 * @param type its type and range
 * @param required whether the key must be given
 * @param defaultValue when absent, the value as it would be written (bound and compared with the
 *     binder's); null when absence means something else, which {@code absent} says
 * @param absent what absence means, for the documentation ("" when required or when
 *     {@code defaultValue} says it)
 * @param unit the unit, or "" (durations carry their own)
 * @param meaning what the field is, in a sentence
 * @param example a value as written in YAML (flow style)
 * @param allowed what a problem says is allowed when the key is required, or first of an
 *     alternative, and missing ("" otherwise)
 * @param defaultNode {@code defaultValue} as the reader reads it (computed; null without one)
 */
record FieldSpec(String key, ValueType type, boolean required, String defaultValue, String absent, String unit,
        String meaning, String example, String allowed, Node defaultNode) {

    FieldSpec {
        if (defaultValue != null) {
            Problems problems = new Problems();
            defaultNode = YamlTreeReader.read(defaultValue, new Pos("(default of " + key + ")", 1, 1), problems);
            if (defaultNode == null) {
                throw new IllegalArgumentException("the default of " + key + " is not YAML: " + defaultValue);
            }
        }
    }

    FieldSpec(String key, ValueType type, boolean required, String defaultValue, String absent, String unit,
            String meaning, String example, String allowed) {
        this(key, type, required, defaultValue, absent, unit, meaning, example, allowed, null);
    }

    /** A required key; {@code allowed} is what its problem says when it is missing. */
    static FieldSpec required(String key, ValueType type, String allowed, String meaning, String example) {
        return new FieldSpec(key, type, true, null, "", "", meaning, example, allowed);
    }

    /** An optional key whose absence means {@code defaultValue} (as written). */
    static FieldSpec optional(String key, ValueType type, String defaultValue, String meaning, String example) {
        return new FieldSpec(key, type, false, defaultValue, "", "", meaning, example, "");
    }

    /** An optional key whose absence means what {@code absent} says. */
    static FieldSpec absent(String key, ValueType type, String absent, String meaning, String example) {
        return new FieldSpec(key, type, false, null, absent, "", meaning, example, "");
    }

    /**
     * An optional key, first of an alternative ({@code arrivals} or {@code closed}): {@code allowed}
     * is what the problem says when no alternative is given.
     */
    static FieldSpec alternative(String key, ValueType type, String allowed, String meaning, String example) {
        return new FieldSpec(key, type, false, null, "", "", meaning, example, allowed);
    }

    /** This field with its unit. */
    FieldSpec unit(String u) {
        return new FieldSpec(key, type, required, defaultValue, absent, u, meaning, example, allowed);
    }
}
