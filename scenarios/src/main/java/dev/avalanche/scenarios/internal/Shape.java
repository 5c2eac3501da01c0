package dev.avalanche.scenarios.internal;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * A mapping of the scenario format: its keys in the order messages list them, and the alternatives
 * of which exactly one must be given ({@code arrivals} or {@code closed}).
 *
 * @param path where it sits, as a dotted path with {@code []} for list items and {@code <name>}
 *     for names chosen by the user ({@code services.<name>})
 * @param what what a problem says is allowed when the value is not a mapping
 * @param meaning what the mapping is, for the documentation
 * @param fields its keys
 * @param oneOf the alternatives of which exactly one is given, each a set of keys given together
 *     ({@code [[arrivals], [closed]]}); a problem asks for the first alternative's first key
 */
record Shape(String path, String what, String meaning, List<FieldSpec> fields, List<List<String>> oneOf) {

    Shape {
        fields = List.copyOf(fields);
        oneOf = List.copyOf(oneOf);
    }

    Shape(String path, String what, String meaning, List<FieldSpec> fields) {
        this(path, what, meaning, fields, List.of());
    }

    List<String> keys() {
        return fields.stream().map(FieldSpec::key).toList();
    }

    /** The definition of {@code key}. @throws NoSuchElementException when the shape has no such key */
    FieldSpec field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(path + " declares no key " + key));
    }
}
