package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code avalanche schema} prints what docs/ ships, so that redirecting it regenerates the files. */
class SchemaCommandTest {

    private final Cli cli = new Cli();

    @Test
    void schemaPrintsTheJsonSchemaFileOfTheDocs() throws IOException {
        assertEquals(0, cli.run("schema"));
        assertTrue(cli.out().contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\""), cli.out());
        assertEquals(Files.readString(Path.of("../docs/scenario.schema.json")), cli.out());
    }

    @Test
    void schemaMarkdownPrintsTheFormatsReferencePage() throws IOException {
        assertEquals(0, cli.run("schema", "--markdown"));
        assertTrue(cli.out().startsWith("# The scenario format"), cli.out());
        assertEquals(Files.readString(Path.of("../docs/scenario-format.md")), cli.out());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, cli.run("schema", "--yaml"));
        assertTrue(cli.err().contains("--yaml"), cli.err());
    }
}
