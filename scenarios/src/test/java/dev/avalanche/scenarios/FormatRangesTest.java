package dev.avalanche.scenarios;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The ranges the schema (and so the documentation) declares are the binder's: for every bounded
 * number and every duration of the mappings the fixture can hold, the binder refuses the value just
 * outside the range at that field, and accepts the bound itself there.
 */
class FormatRangesTest {

    /**
     * The --set's that make each mapping of the format whole in the fixture (a mapping not listed
     * needs none: its fields are set alone).
     */
    private static final Map<String, List<String>> REACH = Map.ofEntries(
            Map.entry("", List.of()),
            Map.entry("users", List.of()),
            Map.entry("users.arrivals", List.of()),
            Map.entry("users.closed", List.of("users.arrivals=null", "users.closed={concurrency: 1, requests: 10}")),
            Map.entry("users.refresh", List.of("users.refresh={probability: 0.5, max: 1, delay: 1s}")),
            Map.entry("users.generator", List.of("balancer=null", "servers.count=1")),
            Map.entry("balancer", List.of()),
            Map.entry("servers", List.of()),
            Map.entry("servers.workers", List.of()),
            Map.entry("servers.workers.gil", List.of()),
            Map.entry("servers.front", List.of("servers.front={backlog: 10}")),
            Map.entry("servers.tcp", List.of()),
            Map.entry("request", List.of()),
            Map.entry("request.calls", List.of()),
            Map.entry("request.local", List.of("request.local=[{name: db, latency: 1ms}]")),
            Map.entry("requests", List.of("request=null", "requests=[{name: a, share: 1}]")),
            Map.entry("services", List.of()),
            Map.entry("users.retry", List.of("users.retry={maxAttempts: 2}")),
            Map.entry("servers.limit", List.of("servers.limit={algorithm: gradient2, minLimit: 1, initialLimit: 1}")),
            Map.entry("services.client", List.of()),
            Map.entry("services.client.retry", List.of("services.social.client.retry={maxAttempts: 2}")),
            Map.entry("services.client.retry.budget",
                    List.of("services.social.client.retry={maxAttempts: 2, budget: {ratio: 0.1}}")),
            Map.entry("services.client.breaker", List.of()),
            Map.entry("services.client.bulkhead", List.of("services.social.client.bulkhead={maxConcurrent: 1}")));

    private static String path(String def, String key) {
        String at = def.equals("requests") ? "requests[0]" : def.replace("request.calls", "request.calls[0]").replace("request.local", "request.local[0]")
                .replace("services", "services.social");
        return at.isEmpty() ? key : at + "." + key;
    }

    @TestFactory
    Stream<DynamicTest> theBinderRefusesWhatIsOutsideEachDeclaredRangeAndTakesItsBound() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(ScenarioFormat.jsonSchema());
        List<DynamicTest> tests = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> objects = new ArrayList<>(List.of(Map.entry("", schema)));
        schema.get("$defs").properties().forEach(objects::add);
        for (Map.Entry<String, JsonNode> object : objects) {
            JsonNode properties = object.getValue().get("properties");
            if (properties == null) {
                continue;
            }
            List<String> setup = REACH.getOrDefault(object.getKey(), List.of());
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                String path = path(object.getKey(), p.getKey());
                JsonNode s = p.getValue();
                String ref = s.path("$ref").asText();
                if (ref.equals("#/$defs/positiveDuration")) {
                    tests.add(refused(path, setup, "0s"));
                    tests.add(accepted(path, setup, "1ns"));
                } else if (ref.equals("#/$defs/duration")) {
                    tests.add(refused(path, setup, "'-1ns'"));
                    tests.add(accepted(path, setup, "0s"));
                } else if (s.has("minimum") && s.path("type").asText().matches("integer|number")) {
                    BigDecimal min = s.get("minimum").decimalValue();
                    boolean integer = s.path("type").asText().equals("integer");
                    tests.add(refused(path, setup, min.subtract(integer ? BigDecimal.ONE : new BigDecimal("0.001")).toPlainString()));
                    tests.add(accepted(path, setup, min.toPlainString()));
                    if (s.has("maximum") && !integer) {
                        tests.add(refused(path, setup, s.get("maximum").decimalValue().add(new BigDecimal("0.001")).toPlainString()));
                    }
                } else if (s.has("exclusiveMinimum")) {
                    tests.add(refused(path, setup, s.get("exclusiveMinimum").decimalValue().toPlainString()));
                }
            }
        }
        assertFalse(tests.size() < 60, "ranges checked: " + tests.size());
        return tests.stream();
    }

    private static List<String> sets(List<String> setup, String path, String value) {
        List<String> sets = new ArrayList<>(setup);
        sets.add(path + "=" + value);
        return sets;
    }

    private static DynamicTest refused(String path, List<String> setup, String value) {
        return DynamicTest.dynamicTest(path + " refuses " + value, () -> {
            List<String> problems = problemsAt(path, sets(setup, path, value));
            assertFalse(problems.isEmpty(), path + "=" + value + " was accepted (if the fixture cannot hold this field "
                    + "without other --set's, add them to FormatRangesTest.REACH)");
        });
    }

    private static DynamicTest accepted(String path, List<String> setup, String value) {
        return DynamicTest.dynamicTest(path + " takes " + value, () -> {
            List<String> problems = problemsAt(path, sets(setup, path, value));
            assertTrue(problems.isEmpty(), path + "=" + value + ": " + problems);
        });
    }

    /** The problems the binder reports at {@code path} itself. */
    private static List<String> problemsAt(String path, List<String> sets) {
        try {
            Fixtures.load(Fixtures.MINIMAL, sets.toArray(String[]::new));
            return List.of();
        } catch (ScenarioException e) {
            return e.problems().stream().filter(p -> p.path().equals(path)).map(Problem::toString).toList();
        }
    }
}
