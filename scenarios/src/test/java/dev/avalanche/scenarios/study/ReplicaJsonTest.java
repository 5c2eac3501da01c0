package dev.avalanche.scenarios.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.avalanche.engine.stats.LatencyHistogram;
import dev.avalanche.models.Batch;
import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.result.Verdict;
import dev.avalanche.models.shard.Shard;
import dev.avalanche.scenarios.ScenarioException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ReplicaJsonTest {

    private static Batch.Replica travelled(Batch.Replica r) throws ScenarioException {
        return ReplicaJson.decode(ReplicaJson.encode(r), "part.json", "replicas[0]");
    }

    @Test
    void everyReplicaOfARunComesBackEqualFromItsJson() throws ScenarioException {
        Plan plan = Study.run(Path.of("story-avalanche.yaml"), List.of("duration=4m", "warmup=30s"), null, 2).plan();
        List<Batch.Replica> replicas = new ArrayList<>();
        plan.batch().run(plan.batch().jobs(Shard.WHOLE), 2, StudyTest.QUIET, replicas::add);

        for (Batch.Replica r : replicas) {
            Batch.Replica back = travelled(r);
            assertEquals(r.job(), back.job());
            assertEquals(r.result(), back.result());
            assertEquals(r.latencies().encode(), back.latencies().encode());
        }
    }

    @Test
    void everyReplicaOfARequestMixComesBackWithItsKinds() throws ScenarioException {
        Plan plan = Study.run(Path.of("ecommerce-mix.yaml"), List.of("duration=4m", "warmup=30s"), null, 2).plan();
        List<Batch.Replica> replicas = new ArrayList<>();
        plan.batch().run(plan.batch().jobs(Shard.WHOLE), 2, StudyTest.QUIET, replicas::add);

        for (Batch.Replica r : replicas) {
            assertEquals(2, r.result().kinds().size());
            assertEquals(r.result(), travelled(r).result());
        }
    }

    @Test
    void notANumberAndEmptyOptionalsComeBackAsThemselves() throws ScenarioException {
        Timeline timeline = new Timeline(1, new double[] {0, 1}, Map.of("p99", new double[] {Double.NaN, 2.5}));
        VariantResult r = new VariantResult("none", new RequestCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN), Double.NaN, 0, 0,
                OptionalLong.empty(), 0, 0, 0, 0, Double.NaN, 0, Double.POSITIVE_INFINITY, Verdict.STABLE, OptionalDouble.empty(),
                true, timeline);
        VariantResult s = new VariantResult("some", r.requests(), r.latency(), 0.1, 1, 1, OptionalLong.of(640), 0, 0, 0, 0, 1, 0,
                0, Verdict.COLLAPSED, OptionalDouble.of(12.5), false, timeline);

        assertEquals(r, travelled(new Batch.Replica(0, r, new LatencyHistogram())).result());
        assertEquals(s, travelled(new Batch.Replica(0, s, new LatencyHistogram())).result());
    }
}
