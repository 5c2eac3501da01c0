package dev.avalanche.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.Percentiles;
import dev.avalanche.models.result.RunResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryJsonTest {

    @Test
    void latencyHasMinMaxTheUsualPercentilesAndTheChosenOnesInIncreasingOrder() {
        RunResult run = OutputRuns.normalTimes(1);
        LatencySummary l = run.variants().getFirst().result().latency();

        JsonNode latency = SummaryJson.toJson(run, Percentiles.parse("99.99,75,99.9")).get("variants").get(0).get("latency");

        List<String> keys = new ArrayList<>();
        latency.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("count", "mean", "min", "p50", "p75", "p90", "p99", "p99.9", "p99.99", "max"), keys);
        assertEquals(l.min(), latency.get("min").asDouble());
        assertTrue(latency.get("min").asDouble() <= latency.get("p50").asDouble());
        assertTrue(latency.get("p99").asDouble() <= latency.get("p99.9").asDouble());
        assertTrue(latency.get("p99.99").asDouble() <= latency.get("max").asDouble());
        assertEquals(l.p99(), latency.get("p99").asDouble(), "the usual keys keep their values");
    }

    @Test
    void replicatedRunsGiveAHalfWidthForEveryChosenPercentile() {
        RunResult run = OutputRuns.normalTimes(3);

        JsonNode ci = SummaryJson.toJson(run, Percentiles.parse("50,99.9")).get("variants").get(0).get("ci95");

        assertTrue(ci.get("latency.p99.9").isNumber() && ci.get("latency.p99.9").asDouble() >= 0, ci.toString());
        assertTrue(ci.get("latency.p50").isNumber(), ci.toString());
        assertTrue(ci.get("latency.mean").asDouble() > 0, "three replications differ: " + ci);
    }
}
