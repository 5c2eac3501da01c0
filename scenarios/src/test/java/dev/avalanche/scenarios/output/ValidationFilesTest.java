package dev.avalanche.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.avalanche.models.validation.Comparison;
import dev.avalanche.models.validation.ConditionLimits;
import dev.avalanche.models.validation.RunConditions;
import dev.avalanche.models.validation.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validation.json and validation.csv say per row what was compared and, overall, what was concluded. */
class ValidationFilesTest {

    @TempDir
    Path dir;

    private static final Comparison.Row P99 = new Comparison.Row("latency p99 s", 0.5, 0.64, 0.26, 0.2, "20%", false, 0.01,
            0.63, 0.65, 2);
    private static final Comparison.Row REJECTED = new Comparison.Row("rejected", 0, 3, Double.POSITIVE_INFINITY, 0.1,
            "10% or 5", true, Double.NaN, 2, 4, 2);
    private static final Validation BUSY = new Validation(List.of(new Comparison("virtual-threads", List.of(P99, REJECTED))),
            List.of(new ConditionLimits.Reason(ConditionLimits.Cause.BUSY_HOST,
                    "virtual-threads, run 1: other processes kept 1.60 of the 2 processors busy")));

    @Test
    void theJsonHoldsOneObjectPerRowAndTheVerdictWithItsReasons() throws IOException {
        ValidationFiles.write(new ValidationFiles.Setup("s", 7, 3, 2), BUSY,
                List.of(List.of(new RunConditions(2, 1.6, 0.001, Double.NaN), new RunConditions(2, 0.1, 0.001, 0.002))), dir);
        JsonNode root = new ObjectMapper().readTree(dir.resolve("validation.json").toFile());
        assertEquals("inconclusive", root.get("verdict").asText());
        assertEquals("virtual-threads, run 1: other processes kept 1.60 of the 2 processors busy",
                root.get("reasons").get(0).asText());
        JsonNode p99 = root.get("rows").get(0);
        assertEquals("virtual-threads", p99.get("variant").asText());
        assertEquals("latency p99 s", p99.get("figure").asText());
        assertEquals(0.5, p99.get("predicted").asDouble());
        assertEquals(0.01, p99.get("ci95").asDouble());
        assertEquals(0.64, p99.get("measured").asDouble());
        assertEquals(0.63, p99.get("spread").get("min").asDouble());
        assertEquals(0.65, p99.get("spread").get("max").asDouble());
        assertEquals(0.26, p99.get("error").asDouble());
        assertEquals(0.2, p99.get("tolerance").asDouble());
        assertFalse(p99.get("pass").asBoolean());
        JsonNode rejected = root.get("rows").get(1);
        assertTrue(rejected.get("error").isNull(), "an infinite error (predicted 0) is null: " + rejected);
        assertTrue(rejected.get("ci95").isNull(), "counts have no half-width");
        assertEquals("10% or 5", rejected.get("rule").asText());
        JsonNode run1 = root.get("conditions").get(0);
        assertEquals(1.6, run1.get("otherCores").asDouble());
        assertTrue(run1.get("stubLatenessP99").isNull());
        assertEquals(2, root.get("conditions").get(1).get("run").asInt());
    }

    @Test
    void oneRunOfOneReplicationHasNeitherSpreadNorHalfWidth() {
        Comparison.Row one = new Comparison.Row("throughput /s", 20, 19.9, 0.005, 0.05, "5%", true);
        JsonNode row = ValidationFiles.toJson(new ValidationFiles.Setup("s", 7, 1, 1),
                new Validation(List.of(new Comparison("v", List.of(one))), List.of()), List.of()).get("rows").get(0);
        assertFalse(row.has("spread"), row.toString());
        assertFalse(row.has("ci95"), row.toString());
    }

    @Test
    void theCsvHasALinePerRowWithTheVerdictOnEach() throws IOException {
        ValidationFiles.write(new ValidationFiles.Setup("s", 7, 1, 2), BUSY, List.of(), dir);
        List<String> lines = Files.readAllLines(dir.resolve("validation.csv"));
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("variant,figure,predicted,ci95,measured,measuredMin,measuredMax,runs,error,tolerance,rule,pass,verdict",
                lines.get(0));
        assertEquals("virtual-threads,latency p99 s,0.500000,0.0100000,0.640000,0.630000,0.650000,2,0.260000,0.200000,20%,false,"
                + "inconclusive", lines.get(1));
        assertTrue(lines.get(2).startsWith("virtual-threads,rejected,0,,3,2,4,2,,0.100000,10% or 5,true,"), lines.get(2));
    }
}
