package dev.avalanche.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.avalanche.models.result.Failures;
import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.result.Verdict;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** summary.json breaks failed, rejected and timedOut down by class in {@code requests.failures}. */
class SummaryJsonFailuresTest {

    @Test
    void theFailuresObjectSitsBesideTheOutcomeCountsAndAddsUpToThem() {
        Failures f = new Failures(1, 2, 0, 3, 4, new TreeMap<>(Map.of(500, 5L, 502, 6L, 504, 7L)));
        RequestCounts c = new RequestCounts(40, 40, 12, 12, 0, 9, 10, 9, 0, 0, 0, 0, 0, f);
        VariantResult r = new VariantResult("v", c, new LatencySummary(12, 1, 1, 1, 1, 1), 0, 1, 1, OptionalLong.empty(), 0, 0,
                0, 0, 1, 10, 0, Verdict.SATURATED, OptionalDouble.empty(), true,
                new Timeline(1, new double[] {0}, Map.of("sent", new double[] {40})));
        JsonNode requests = SummaryJson.toJson(new RunResult("s", 1, "live", true, List.of(new VariantOutcome(r, 1, Map.of()))))
                .get("variants").get(0).get("requests");
        JsonNode failures = requests.get("failures");
        assertEquals(1, failures.get("refused").asLong());
        assertEquals(2, failures.get("reset").asLong());
        assertEquals(0, failures.get("connectTimeout").asLong());
        assertEquals(3, failures.get("readTimeout").asLong());
        assertEquals(4, failures.get("protocol").asLong());
        assertEquals(List.of("500", "502", "504"), List.copyOf(iterable(failures.get("http").fieldNames())));
        long classes = failures.get("refused").asLong() + failures.get("reset").asLong() + failures.get("connectTimeout").asLong()
                + failures.get("readTimeout").asLong() + failures.get("protocol").asLong();
        for (JsonNode n : failures.get("http")) {
            classes += n.asLong();
        }
        assertEquals(requests.get("failed").asLong() + requests.get("rejected").asLong() + requests.get("timedOut").asLong(), classes);
        long sent = requests.get("goodput").asLong() + requests.get("failed").asLong() + requests.get("abandoned").asLong()
                + requests.get("timedOut").asLong() + requests.get("rejected").asLong() + requests.get("inFlight").asLong();
        assertEquals(requests.get("sent").asLong(), sent, "the outcome counts keep their identity");
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> l = new java.util.ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }
}
