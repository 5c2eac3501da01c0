package dev.avalanche.scenarios.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.avalanche.scenarios.internal.Format.DistSpec;
import dev.avalanche.scenarios.internal.ValueType.AnyLong;
import dev.avalanche.scenarios.internal.ValueType.Bool;
import dev.avalanche.scenarios.internal.ValueType.Bytes;
import dev.avalanche.scenarios.internal.ValueType.Choice;
import dev.avalanche.scenarios.internal.ValueType.Components;
import dev.avalanche.scenarios.internal.ValueType.Dist;
import dev.avalanche.scenarios.internal.ValueType.Duration;
import dev.avalanche.scenarios.internal.ValueType.Int;
import dev.avalanche.scenarios.internal.ValueType.ListOf;
import dev.avalanche.scenarios.internal.ValueType.MapOf;
import dev.avalanche.scenarios.internal.ValueType.Name;
import dev.avalanche.scenarios.internal.ValueType.Nested;
import dev.avalanche.scenarios.internal.ValueType.Num;
import dev.avalanche.scenarios.internal.ValueType.Overrides;
import dev.avalanche.scenarios.internal.ValueType.PoolSize;
import dev.avalanche.scenarios.internal.ValueType.Profile;
import dev.avalanche.scenarios.internal.ValueType.Text;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of the scenario format, generated from {@link Format}. What JSON
 * Schema can say it says: keys, types, required keys, alternatives, integer and number ranges,
 * durations with their unit (a pattern), choices. What it cannot (a warmup shorter than the
 * duration, a call naming a defined service, a duration's upper bound) the binder still checks.
 */
public final class FormatSchema {

    /** A duration with its unit, units largest first, each at most once; or 0 alone (as {@link Durations} reads). */
    static final String DURATION_REGEX = "^(?:0|(?=\\d)(?:\\d+(?:\\.\\d+)?h)?(?:\\d+(?:\\.\\d+)?m)?(?:\\d+(?:\\.\\d+)?s)?"
            + "(?:\\d+(?:\\.\\d+)?ms)?(?:\\d+(?:\\.\\d+)?(?:us|µs))?(?:\\d+(?:\\.\\d+)?ns)?)$";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final YAMLMapper YAML = new YAMLMapper();

    private FormatSchema() {
    }

    /** The schema as JSON text, ending with a line break. */
    public static String text() {
        try {
            return JSON.writeValueAsString(schema()) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema. */
    static ObjectNode schema() {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", "Avalanche scenario");
        root.put("description", "A scenario of Avalanche (docs/scenario-format.md). Generated from the binder's field "
                + "definitions: regenerate with ./avalanche schema > docs/scenario.schema.json");
        shape(root, Format.TOP);
        ObjectNode defs = root.putObject("$defs");
        ObjectNode duration = defs.putObject("duration");
        duration.put("description", Durations.ALLOWED + "; only 0 may go without a unit (a bare number is refused)");
        ArrayNode forms = duration.putArray("anyOf");
        forms.addObject().put("type", "string").put("pattern", DURATION_REGEX);
        forms.addObject().put("const", 0);
        ObjectNode positive = defs.putObject("positiveDuration");
        positive.put("description", Durations.ALLOWED + ", more than 0");
        positive.put("type", "string").put("pattern", DURATION_REGEX);
        positive.putObject("not").put("pattern", "^[^1-9]*$"); // a duration without a digit 1-9 is 0
        defs.set("distribution", distribution(false));
        defs.set("component", distribution(true));
        defs.set("profile-rate", profile("rate"));
        defs.set("profile-factor", profile("factor"));
        for (Shape s : Format.shapes()) {
            if (!s.path().isEmpty()) {
                shape(defs.putObject(defName(s)), s);
            }
        }
        return root;
    }

    private static String defName(Shape s) {
        return s.path().replace("[]", "").replace(".<name>", "");
    }

    private static void shape(ObjectNode node, Shape s) {
        node.put("type", "object");
        if (!s.path().isEmpty()) {
            node.put("description", s.meaning());
        }
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (FieldSpec f : s.fields()) {
            properties.set(f.key(), field(f));
            if (f.required()) {
                required.add(f.key());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        node.put("additionalProperties", false);
        alternatives(node, s.oneOf());
    }

    private static void alternatives(ObjectNode node, List<List<String>> oneOf) {
        if (!oneOf.isEmpty()) {
            ArrayNode alternatives = node.putArray("oneOf");
            oneOf.forEach(keys -> {
                ArrayNode r = alternatives.addObject().putArray("required");
                keys.forEach(r::add);
            });
        }
    }

    private static ObjectNode field(FieldSpec f) {
        ObjectNode node = type(f.type());
        StringBuilder description = new StringBuilder(f.meaning());
        if (!f.unit().isEmpty()) {
            description.append(" Unit: ").append(f.unit()).append('.');
        }
        if (!f.type().range().isEmpty()) {
            description.append(" Allowed: ").append(f.type().range()).append('.');
        }
        if (!f.absent().isEmpty()) {
            description.append(" When absent: ").append(f.absent()).append('.');
        }
        node.put("description", description.toString());
        if (f.defaultValue() != null) {
            node.set("default", yaml(f.defaultValue()));
        }
        node.putArray("examples").add(yaml(f.example()));
        return node;
    }

    private static ObjectNode type(ValueType type) {
        ObjectNode node = NODES.objectNode();
        switch (type) {
            case Duration d -> node.put("$ref", d.positive() ? "#/$defs/positiveDuration" : "#/$defs/duration");
            case Int i -> node.put("type", "integer").put("minimum", i.min()).put("maximum", i.max());
            case AnyLong a -> node.put("type", "integer");
            case Num n -> {
                node.put("type", "number");
                node.put(n.above() ? "exclusiveMinimum" : "minimum", n.min());
                if (n.max() != null) {
                    node.put("maximum", n.max());
                }
            }
            case Bool b -> node.put("type", "boolean");
            case Bytes b -> {
                ArrayNode forms = node.putArray("anyOf");
                forms.addObject().put("type", "integer").put("minimum", 0);
                forms.addObject().put("type", "string").put("pattern", "^" + Values.BYTES_REGEX + "$");
            }
            case Text t -> node.putArray("type").add("string").add("number").add("boolean");
            case Name n -> node.put("type", "string").put("pattern", "^" + n.regex() + "$");
            case Choice c -> {
                ArrayNode names = node.putArray("enum");
                c.names().forEach(names::add);
            }
            case PoolSize p -> {
                ArrayNode forms = node.putArray("anyOf");
                forms.addObject().put("type", "integer").put("minimum", 0).put("maximum", Integer.MAX_VALUE);
                forms.addObject().put("const", "unbounded");
            }
            case Dist d -> node.put("$ref", "#/$defs/distribution");
            case Components c -> node.put("type", "array").put("minItems", 1).putObject("items")
                    .put("$ref", "#/$defs/component");
            case Profile p -> node.put("$ref", "#/$defs/profile-" + p.valueKey());
            case Nested n -> node.put("$ref", "#/$defs/" + defName(n.shape()));
            case ListOf l -> node.put("type", "array").putObject("items").put("$ref", "#/$defs/" + defName(l.shape()));
            case MapOf m -> {
                node.put("type", "object");
                node.putObject("propertyNames").put("pattern", "^" + m.keyRegex() + "$");
                node.putObject("additionalProperties").put("$ref", "#/$defs/" + defName(m.shape()));
            }
            case Overrides o -> {
                node.put("type", "object").put("minProperties", 1);
                node.putObject("propertyNames").put("pattern", "^" + o.keyRegex() + "$");
                ObjectNode variant = node.putObject("additionalProperties");
                variant.putArray("type").add("object").add("null");
                variant.put("description", "Dotted paths of the model's fields (servers.workers.size) and the values"
                        + " that replace the base's.");
                variant.putObject("propertyNames").putObject("not").put("pattern",
                        "^(" + String.join("|", ModelBinder.SCENARIO_KEYS) + ")([.\\[]|$)");
            }
        }
        return node;
    }

    /** A bare duration (constant), or one of the distributions; {@code weighted}: as a mixture's component. */
    private static ObjectNode distribution(boolean weighted) {
        ObjectNode node = NODES.objectNode();
        node.put("description", weighted ? "A mixture's component: a distribution with its weight."
                : DistributionBinder.ALLOWED + " (durations with their unit)");
        ArrayNode forms = node.putArray("anyOf");
        if (!weighted) {
            forms.addObject().put("$ref", "#/$defs/duration");
        }
        for (DistSpec d : Format.DISTRIBUTIONS) {
            ObjectNode form = forms.addObject();
            form.put("type", "object");
            form.put("description", d.meaning());
            ObjectNode properties = form.putObject("properties");
            properties.putObject("dist").put("const", d.name());
            ArrayNode required = form.putArray("required").add("dist");
            if (weighted) {
                properties.putObject("weight").put("type", "number").put("exclusiveMinimum", 0)
                        .put("description", "Relative to the other components' weights.");
                required.add("weight");
            }
            for (FieldSpec p : d.parameters()) {
                properties.set(p.key(), field(p));
                if (p.required()) {
                    required.add(p.key());
                }
            }
            form.put("additionalProperties", false);
            alternatives(form, d.oneOf());
        }
        return node;
    }

    private static ObjectNode profile(String valueKey) {
        ObjectNode node = NODES.objectNode();
        node.put("description", "Points in time order; the value is linear between them and held after the last.");
        node.put("type", "array").put("minItems", 1);
        ObjectNode point = node.putObject("items");
        point.put("type", "object");
        ObjectNode properties = point.putObject("properties");
        properties.putObject("at").put("$ref", "#/$defs/duration").put("description", "Time since the start.");
        properties.putObject(valueKey).put("type", "number").put("minimum", 0);
        point.putArray("required").add("at").add(valueKey);
        point.put("additionalProperties", false);
        return node;
    }

    /** {@code text}, a YAML value as the format writes it, as JSON. */
    static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not YAML: " + text, e);
        }
    }
}
