package dev.avalanche.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The format's files in {@code docs/} are what the field definitions generate today, and every
 * bundled scenario points editors at the schema. Regenerate the files with
 * {@code -Davalanche.updateDocs=true} (or {@code ./avalanche schema [--markdown]}) after changing
 * the format, and review the diff.
 */
class ScenarioFormatFilesTest {

    static final Path DOCS = Path.of("../docs");
    static final Path SCHEMA = DOCS.resolve("scenario.schema.json");
    private static final Path PAGE = DOCS.resolve("scenario-format.md");
    private static final String REGENERATE = "; regenerate it with ./run-tests scenarios -Dtest=ScenarioFormatFilesTest "
            + "-Davalanche.updateDocs=true (or ./avalanche schema%s > %s) and review the diff";

    /** Every bundled scenario: the YAML files under scenarios/ (the module's folder), sources and builds aside. */
    static Stream<Path> bundled() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("."))) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.startsWith("./src") && !p.startsWith("./target")).sorted().toList();
            return all.stream();
        }
    }

    @Test
    void theReferencePageIsWhatTheDefinitionsGenerate() throws IOException {
        fresh(PAGE, ScenarioFormat.markdown(), REGENERATE.formatted(" --markdown", "docs/scenario-format.md"));
    }

    @Test
    void theSchemaFileIsWhatTheDefinitionsGenerate() throws IOException {
        fresh(SCHEMA, ScenarioFormat.jsonSchema(), REGENERATE.formatted("", "docs/scenario.schema.json"));
    }

    private static void fresh(Path file, String generated, String regenerate) throws IOException {
        if (Boolean.getBoolean("avalanche.updateDocs")) {
            Files.writeString(file, generated);
        }
        assertTrue(Files.exists(file), file + " is missing" + regenerate);
        assertEquals(generated, Files.readString(file), file + " is stale" + regenerate);
    }

    @Test
    void theReferencePageListsEveryKeyTheSchemaDeclares() {
        String page = ScenarioFormat.markdown();
        for (String key : List.of("duration", "arrivals", "closed", "patience", "refresh", "generator", "somaxconn",
                "deferAccept", "switchInterval", "cpuAfter", "degradation", "variants")) {
            assertTrue(page.contains("| `" + key + "` |"), key);
            assertTrue(ScenarioFormat.jsonSchema().contains("\"" + key + "\""), key);
        }
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyBundledScenarioStartsWithTheSchemaLineForEditors(Path file) throws IOException {
        String first = Files.readAllLines(file).getFirst();
        String relative = file.getParent().toAbsolutePath().normalize().relativize(SCHEMA.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
        assertEquals("# yaml-language-server: $schema=" + relative, first, file.toString());
        assertTrue(Files.exists(file.getParent().resolve(relative)), relative);
    }

    @Test
    void thereAreBundledScenarios() throws IOException {
        assertFalse(bundled().toList().size() < 20, "bundled scenarios: " + bundled().toList());
    }
}
