package dev.avalanche.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import dev.avalanche.models.Variant;
import dev.avalanche.scenarios.internal.Durations;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated JSON Schema, checked with a real validator (networknt's, draft 2020-12): it accepts
 * every bundled scenario and every example the definitions give, and refuses a set of bad
 * scenarios, each of which the binder refuses as well.
 */
class ScenarioSchemaTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static JsonNode schemaNode() throws IOException {
        return JSON.readTree(ScenarioFormat.jsonSchema());
    }

    private static List<Error> errors(JsonNode schema, String yaml) throws IOException {
        Schema s = REGISTRY.getSchema(schema);
        return s.validate(YAML.readTree(yaml));
    }

    static Stream<Path> bundled() throws IOException {
        return ScenarioFormatFilesTest.bundled();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void theSchemaAcceptsEveryBundledScenario(Path file) throws IOException {
        assertEquals(List.of(), errors(schemaNode(), Files.readString(file)).stream().map(Error::toString).toList(),
                file.toString());
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws IOException {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(List.of(), meta.validate(schemaNode()).stream().map(Error::toString).toList());
    }

    /** The schema's duration pattern and the binder's reader agree on which texts are durations of at least 0. */
    @TestFactory
    Stream<DynamicTest> theDurationPatternAcceptsWhatTheReaderReads() throws IOException {
        Pattern pattern = Pattern.compile(schemaNode().get("$defs").get("duration").get("anyOf").get(0).get("pattern").asText());
        return Stream.of("0", "0s", "600ms", "2s", "10m", "5m30s", "1h30m", "250us", "250µs", "1.5s", "1h2m3s4ms5us6ns",
                        "200", "1.5", "-5s", "5s30m", "1ms5ms", "s", "", "1.s", ".5s", "1 s", "5sec", "1d", "1h1h")
                .map(text -> DynamicTest.dynamicTest("'" + text + "'", () -> assertEquals(
                        Durations.parse(text).filter(n -> n >= 0).isPresent(),
                        pattern.matcher(text).find(), text)));
    }

    @Test
    void theReferencePagesExampleScenarioLoadsAndPassesTheSchema() throws IOException, ScenarioException {
        String page = ScenarioFormat.markdown();
        List<String> scenarios = new ArrayList<>();
        for (String block : page.split("```yaml\n")) {
            String yaml = block.substring(0, Math.max(0, block.indexOf("```")));
            if (yaml.contains("\nname: ")) {
                scenarios.add(yaml);
            }
        }
        assertEquals(1, scenarios.size(), page);
        assertEquals(List.of(), errors(schemaNode(), scenarios.getFirst()).stream().map(Error::toString).toList());
        assertEquals(List.of("threads-16", "gevent-100"),
                Fixtures.load(scenarios.getFirst()).variants().stream().map(Variant::name).toList());
    }

        @Test
    void theSchemaAcceptsTheFixtureTheTestsLoad() throws IOException {
        assertEquals(List.of(), errors(schemaNode(), Fixtures.MINIMAL));
    }

    /** Each bad scenario: a change to the fixture, which both the schema and the binder refuse. */
    static Stream<Map.Entry<String, String>> bad() {
        return Stream.of(
                Map.entry("duration: 30m", "duration: 300"),
                Map.entry("duration: 30m", "duration: 30 minutes"),
                Map.entry("duration: 30m", "duration: 30m\ndurration: 20m"),
                Map.entry("duration: 30m", "duration: '-5s'"),
                Map.entry("duration: 30m", "duration: 5s30m"),
                Map.entry("name: minimal", "name: Has Spaces"),
                Map.entry("name: minimal\n", ""),
                Map.entry("arrivals: {rate: 300}", "arrivals: {rate: 0}"),
                Map.entry("arrivals: {rate: 300}", "arrivals: {rate: fast}"),
                Map.entry("arrivals: {rate: 300}", "arrivals: {rate: 300, profile: [{at: 0s, rate: 1}]}"),
                Map.entry("arrivals: {rate: 300}", "arrivals: {profile: []}"),
                Map.entry("arrivals: {rate: 300}", "arrivals: {profile: [{at: 0s, rate: -1}]}"),
                Map.entry("arrivals: {rate: 300}", "arrivals: {rate: 300}\n  closed: {concurrency: 1, requests: 1}"),
                Map.entry("  arrivals: {rate: 300}", "  patience: 30s"),
                Map.entry("arrivals: {rate: 300}", "arrivals: {rate: 300}\n  refresh: {probability: 1.5, max: 1, delay: 1s}"),
                Map.entry("timeout: 60s}", "timeout: 60}"),
                Map.entry("timeout: 60s}", "timeout: 0s}"),
                Map.entry("timeout: 60s}", "timeout: 0.000ms}"),
                Map.entry("policy: round-robin", "policy: fastest"),
                Map.entry("count: 2", "count: 0"),
                Map.entry("count: 2", "count: two"),
                Map.entry("count: 2", "count: 2.5"),
                Map.entry("cores: 8", "cores: 8\n  threads: 4"),
                Map.entry("model: threads", "model: fibers"),
                Map.entry("size: 40", "size: lots"),
                Map.entry("size: 40}", "size: 40, memory: 8 parsecs}"),
                Map.entry("backlog: 100", "backlog: -1"),
                Map.entry("overflow: drop", "overflow: drop\n  tcp: {somaxconn: 0}"),
                Map.entry("overflow: drop", "overflow: drop\n  deferAccept: yes please"),
                Map.entry("overflow: drop", "overflow: drop\n  workers: {model: threads, size: 40, gil: {switchInterval: 5}}"),
                Map.entry("{service: social, count: 3}", "{service: social, count: 0}"),
                Map.entry("{service: social, count: 3}", "{service: social, count: 3, mode: sideways}"),
                Map.entry("median: 620ms, sigma: 0.4", "median: 620ms"),
                Map.entry("median: 620ms, sigma: 0.4", "median: 620"),
                Map.entry("{dist: lognormal, median: 620ms, sigma: 0.4}", "{dist: exponential}"),
                Map.entry("{dist: lognormal, median: 620ms, sigma: 0.4}", "{dist: poisson, mean: 1s}"),
                Map.entry("{dist: lognormal, median: 620ms, sigma: 0.4}", "{dist: mixture, of: [{dist: exponential, mean: 1s}]}"),
                Map.entry("timeout: 30s\n", "timeout: 30s\n    errors: 1.5\n"),
                Map.entry("timeout: 30s\n", "timeout: 30s\n    degradation: [{at: 10m, factor: -3}]\n"),
                Map.entry("timeout: 30s\n", "timeout: 30s\nvariants: {fast: {name: other}}\n"),
                Map.entry("timeout: 30s\n", "timeout: 30s\nvariants: {Fast: {servers.count: 1}}\n"),
                Map.entry("timeout: 30s\n", "timeout: 30s\nvariants: {}\n"));
    }

    @TestFactory
    Stream<DynamicTest> theSchemaAndTheBinderBothRefuseEachBadScenario() throws IOException {
        JsonNode schema = schemaNode();
        return bad().map(change -> DynamicTest.dynamicTest(change.getKey().strip() + " -> " + change.getValue().strip().replace("\n", " / "), () -> {
            String yaml = Fixtures.minimalWith(change.getKey(), change.getValue());
            assertFalse(errors(schema, yaml).isEmpty(), "the schema accepts:\n" + yaml);
            assertThrows(ScenarioException.class, () -> Fixtures.load(yaml), "the binder accepts:\n" + yaml);
        }));
    }

    /** Every field's example, checked against that field's schema: the documentation shows valid values. */
    @TestFactory
    Stream<DynamicTest> everyExampleTheDefinitionsGiveIsValid() throws IOException {
        JsonNode root = schemaNode();
        List<DynamicTest> tests = new ArrayList<>();
        List<JsonNode> objects = new ArrayList<>(List.of(root));
        root.get("$defs").forEach(objects::add);
        collect(root.get("$defs").get("distribution").get("anyOf"), objects);
        for (JsonNode object : objects) {
            JsonNode properties = object.get("properties");
            if (properties == null) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                JsonNode examples = p.getValue().get("examples");
                if (examples == null) {
                    continue;
                }
                ObjectNode field = p.getValue().deepCopy();
                field.put("$schema", "https://json-schema.org/draft/2020-12/schema");
                field.set("$defs", root.get("$defs"));
                for (JsonNode example : examples) {
                    tests.add(DynamicTest.dynamicTest(p.getKey() + ": " + example, () -> assertEquals(List.of(),
                            REGISTRY.getSchema(field).validate(example).stream().map(Error::toString).toList())));
                }
                JsonNode byDefault = p.getValue().get("default");
                if (byDefault != null) {
                    tests.add(DynamicTest.dynamicTest(p.getKey() + " by default: " + byDefault, () -> assertEquals(List.of(),
                            REGISTRY.getSchema(field).validate(byDefault).stream().map(Error::toString).toList())));
                }
            }
        }
        assertFalse(tests.size() < 80, "examples: " + tests.size());
        return tests.stream();
    }

    private static void collect(JsonNode array, List<JsonNode> into) {
        array.forEach(into::add);
    }
}
