package dev.avalanche.scenarios;

import dev.avalanche.scenarios.internal.FormatDocs;
import dev.avalanche.scenarios.internal.FormatSchema;

/**
 * The scenario format as documentation and as a JSON Schema, both generated from the field
 * definitions the binder binds with ({@code docs/scenario-format.md}, {@code docs/scenario.schema.json}).
 */
public final class ScenarioFormat {

    private ScenarioFormat() {
    }

    /** The JSON Schema (draft 2020-12) of a scenario file, as JSON text ending with a line break. */
    public static String jsonSchema() {
        return FormatSchema.text();
    }

    /** The reference page of the format, in Markdown, ending with a line break. */
    public static String markdown() {
        return FormatDocs.markdown();
    }
}
