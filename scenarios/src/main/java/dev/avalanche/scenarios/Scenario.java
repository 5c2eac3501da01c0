package dev.avalanche.scenarios;

import dev.avalanche.models.Variant;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A loaded, validated scenario: what to simulate and how it was written.
 *
 * @param name {@code [a-z0-9-]+}, used as the output folder's name
 * @param description free text, empty when the file has none
 * @param seed the seed of all the variants' random streams (the same for every variant, so that
 *     variants are compared on common random numbers)
 * @param source the file the scenario came from (for a string, the file name it was given)
 * @param yamlText the file's text as read, before any override, for reproducing the run
 * @param variants at least one; a scenario without {@code variants:} has one named {@code base}
 * @param locator where each variant's fields are written, for problems found after loading
 */
public record Scenario(String name, String description, long seed, Path source, String yamlText,
        List<Variant> variants, FieldLocator locator) {

    /** A scenario whose problems after loading all point at the first line of {@code source}. */
    public Scenario(String name, String description, long seed, Path source, String yamlText, List<Variant> variants) {
        this(name, description, seed, source, yamlText, variants,
                (variant, path, value, message) -> new Problem(source.toString(), 1, 1, path, "got " + value + message));
    }

    public Scenario {
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(yamlText, "yamlText");
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("variants: got an empty list; allowed at least one variant");
        }
    }

    @Override
    public String toString() {
        return "Scenario[" + name + ", " + variants.size() + " variants, from " + source + "]";
    }

    /** The variant called {@code name}. @throws IllegalArgumentException when there is none */
    public Variant variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("variant: got " + name + "; allowed one of "
                        + variants.stream().map(Variant::name).toList()));
    }
}
