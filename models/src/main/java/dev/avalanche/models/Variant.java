package dev.avalanche.models;

import dev.avalanche.models.config.ModelConfig;
import java.util.Objects;

/**
 * One configuration of a scenario to simulate or play: the base scenario with the variant's
 * overrides. The one variant type of the simulator, the scenario reader and the commands.
 *
 * @param name {@code [a-z0-9-]+}, {@code base} for a scenario without variants
 * @param config the validated model configuration
 */
public record Variant(String name, ModelConfig config) {

    public Variant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
    }
}
