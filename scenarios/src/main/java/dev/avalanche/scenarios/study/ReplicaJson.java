package dev.avalanche.scenarios.study;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.avalanche.engine.stats.LatencyDistribution;
import dev.avalanche.engine.stats.LatencyHistogram;
import dev.avalanche.models.Batch;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.scenarios.Problem;
import dev.avalanche.scenarios.ScenarioException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A replica as JSON, exactly: the result record as Jackson writes records (every double in its
 * shortest round-trip form, NaN as {@code "NaN"}; an empty optional as null), the histogram as
 * {@link LatencyHistogram#encode}, and so is every latency distribution the result keeps. Decoding gives a result equal to the one encoded, so the merge
 * folds the same numbers the unsharded run folds. The mapper is thread-safe once configured.
 */
final class ReplicaJson {

    /**
     * Records are read through their canonical constructors: every component must be there (none
     * left at a default), while what only a derived accessor wrote ({@code isSweep}) is ignored.
     */
    static final ObjectMapper JSON = new ObjectMapper().registerModule(optionals())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ReplicaJson() {
    }

    static ObjectNode encode(Batch.Replica r) {
        ObjectNode node = JSON.createObjectNode();
        node.put("job", r.job());
        node.set("result", JSON.valueToTree(r.result()));
        node.put("latencies", r.latencies().encode());
        return node;
    }

    /**
     * The replica {@code node} holds, as {@link #encode} wrote it.
     *
     * @param file the part's file, and {@code at} the node's path in it, for the problem
     * @throws ScenarioException when the node is not what {@code encode} writes, naming the field at fault
     */
    static Batch.Replica decode(JsonNode node, String file, String at) throws ScenarioException {
        JsonNode job = node.get("job");
        if (job == null || !job.canConvertToInt()) {
            throw damaged(file, at + ".job", "got " + job + "; allowed the job's number");
        }
        VariantResult result = null;
        String why = "nothing";
        try {
            result = node.hasNonNull("result") ? JSON.treeToValue(node.get("result"), VariantResult.class) : null;
        } catch (IOException | IllegalArgumentException e) {
            why = "something else (" + e.getMessage().lines().findFirst().orElse("") + ")";
        }
        if (result == null) {
            throw damaged(file, at + ".result", "got " + why + "; allowed a variant's result as the shard wrote it");
        }
        JsonNode latencies = node.get("latencies");
        if (latencies == null || !latencies.isTextual()) {
            throw damaged(file, at + ".latencies", "got " + latencies + "; allowed an encoded latency histogram");
        }
        try {
            return new Batch.Replica(job.asInt(), result, LatencyHistogram.decode(latencies.asText()));
        } catch (IllegalArgumentException e) {
            throw damaged(file, at + ".latencies", "got a damaged histogram (" + e.getMessage() + "); allowed one as "
                    + "the shard wrote it");
        }
    }

    private static ScenarioException damaged(String file, String path, String message) {
        return new ScenarioException(List.of(new Problem(file, 1, 1, path, message)));
    }

    /**
     * OptionalDouble and OptionalLong as a number or null (the two optionals a result holds), and
     * a latency distribution in its encoded form.
     */
    private static SimpleModule optionals() {
        SimpleModule m = new SimpleModule("avalanche-optionals");
        m.addSerializer(OptionalDouble.class, new JsonSerializer<>() {
            @Override
            public void serialize(OptionalDouble v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v.isPresent()) {
                    g.writeNumber(v.getAsDouble());
                } else {
                    g.writeNull();
                }
            }
        });
        m.addSerializer(OptionalLong.class, new JsonSerializer<>() {
            @Override
            public void serialize(OptionalLong v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v.isPresent()) {
                    g.writeNumber(v.getAsLong());
                } else {
                    g.writeNull();
                }
            }
        });
        m.addSerializer(LatencyDistribution.class, new JsonSerializer<>() {
            @Override
            public void serialize(LatencyDistribution v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(v.encode());
            }
        });
        m.addDeserializer(LatencyDistribution.class, new JsonDeserializer<>() {
            @Override
            public LatencyDistribution deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return LatencyDistribution.decode(p.getValueAsString());
            }
        });
        m.addDeserializer(OptionalDouble.class, new JsonDeserializer<>() {
            @Override
            public OptionalDouble deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return OptionalDouble.of(c.readValue(p, Double.class)); // null is getNullValue's
            }

            @Override
            public OptionalDouble getNullValue(DeserializationContext c) {
                return OptionalDouble.empty();
            }
        });
        m.addDeserializer(OptionalLong.class, new JsonDeserializer<>() {
            @Override
            public OptionalLong deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return OptionalLong.of(p.getLongValue());
            }

            @Override
            public OptionalLong getNullValue(DeserializationContext c) {
                return OptionalLong.empty();
            }
        });
        m.addSerializer(Optional.class, new JsonSerializer<>() {
            @Override
            public void serialize(Optional v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v.isPresent()) {
                    p.defaultSerializeValue(v.get(), g);
                } else {
                    g.writeNull();
                }
            }
        });
        m.addDeserializer(Optional.class, new OptionalOf(null));
        return m;
    }

    /** An {@code Optional<T>} as its value or null (a result's mitigations), read as the property's T. */
    @SuppressWarnings("rawtypes")
    private static final class OptionalOf extends JsonDeserializer<Optional> implements ContextualDeserializer {
        private final JavaType contained;

        OptionalOf(JavaType contained) {
            this.contained = contained;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext c, BeanProperty property) {
            JavaType type = property != null ? property.getType() : c.getContextualType();
            return new OptionalOf(type.containedType(0));
        }

        @Override
        public Optional deserialize(JsonParser p, DeserializationContext c) throws IOException {
            return Optional.of(c.readValue(p, contained));
        }

        @Override
        public Optional getNullValue(DeserializationContext c) {
            return Optional.empty();
        }
    }
}
