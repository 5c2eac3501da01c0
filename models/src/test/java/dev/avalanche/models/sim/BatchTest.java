package dev.avalanche.models.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.random.Distributions;
import dev.avalanche.models.Batch;
import dev.avalanche.models.Simulator;
import dev.avalanche.models.Variant;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.shard.Shard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchTest {

    private static final Simulator.Progress QUIET = (v, k) -> { };

    private static Batch.Point point(double rate) {
        var patience = Optional.of(Distributions.lognormalByMedian(4, 0.5));
        var refresh = new Users.Refresh(0.5, 3, Distributions.constant(0.3));
        return new Batch.Point("batch", 7, List.of(
                new Variant("threads", StoryConfigs.story(rate, 2, Profile.constant(1), patience.map(d -> d), refresh,
                        240, Workers.Model.THREADS, 5)),
                new Variant("greenlets", StoryConfigs.story(rate, 2, Profile.constant(1), patience.map(d -> d), refresh,
                        240, Workers.Model.GREENLETS, 5))));
    }

    private static Batch batch(Batch.Timelines timelines) {
        return new Batch(List.of(point(30), point(45)), 3, timelines);
    }

    @Test
    void jobsAreNumberedByPointThenVariantThenReplication() {
        Batch b = batch(Batch.Timelines.NONE);

        assertEquals(12, b.size());
        assertEquals(new Batch.Job(0, 0, 0, 0), b.job(0));
        assertEquals(new Batch.Job(5, 0, 1, 2), b.job(5));
        assertEquals(new Batch.Job(6, 1, 0, 0), b.job(6));
        assertEquals(new Batch.Job(11, 1, 1, 2), b.job(11));
    }

    @Test
    void theShardsOfACountOwnEveryJobExactlyOnce() {
        Batch b = batch(Batch.Timelines.NONE);
        List<Integer> owned = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            List<Batch.Job> jobs = b.jobs(new Shard(i, 5));
            assertEquals(new Shard(i, 5).share(b.size()), jobs.size());
            jobs.forEach(j -> owned.add(j.index()));
        }
        owned.sort(Comparator.naturalOrder());

        assertEquals(java.util.stream.IntStream.range(0, 12).boxed().toList(), owned);
    }

    @Test
    void theReplicasOfAllShardsFoldIntoTheResultsOfTheWholeBatch() {
        Batch b = batch(Batch.Timelines.FIRST_REPLICATION);
        List<RunResult> whole = b.simulate(2, QUIET);
        List<Batch.Replica> all = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            b.run(b.jobs(new Shard(i, 5)), 1, QUIET, all::add);
        }
        all.sort(Comparator.comparingInt(Batch.Replica::job));
        Batch.Combiner c = b.new Combiner();
        all.forEach(c::add);

        assertEquals(whole, c.results());
        assertEquals(2, whole.size());
        VariantOutcome threads = whole.getFirst().variants().getFirst();
        assertEquals(3, threads.replications());
        assertTrue(threads.result().requests().conserved());
        assertTrue(threads.result().timeline().size() > 0, "replication 0's timeline is kept");
    }

    @Test
    void aSinglePointBatchIsWhatTheSimulatorComputes() {
        Batch.Point p = point(40);
        RunResult batch = new Batch(List.of(p), 2, Batch.Timelines.FIRST_REPLICATION).simulate(1, QUIET).getFirst();

        assertEquals(Simulator.simulate(p.scenario(), p.seed(), p.variants(), 2, 2, QUIET), batch);
    }

    @Test
    void withoutTimelinesTheFiguresAreThoseOfARunWithThem() {
        List<RunResult> with = batch(Batch.Timelines.FIRST_REPLICATION).simulate(2, QUIET);
        List<RunResult> without = batch(Batch.Timelines.NONE).simulate(2, QUIET);

        for (int p = 0; p < 2; p++) {
            for (int v = 0; v < 2; v++) {
                var a = with.get(p).variants().get(v);
                var b = without.get(p).variants().get(v);
                assertEquals(0, b.result().timeline().size());
                assertEquals(a.result().requests(), b.result().requests());
                assertEquals(a.result().latency(), b.result().latency());
                assertEquals(a.halfWidths95(), b.halfWidths95());
            }
        }
    }

    @Test
    void theCombinerRefusesAReplicaOutOfJobOrderAndResultsWithJobsMissing() {
        Batch b = new Batch(List.of(point(30)), 1, Batch.Timelines.NONE);
        List<Batch.Replica> replicas = new ArrayList<>();
        b.run(b.jobs(Shard.WHOLE), 1, QUIET, replicas::add);

        Batch.Combiner skipping = b.new Combiner();
        assertThrows(IllegalArgumentException.class, () -> skipping.add(replicas.get(1)));
        Batch.Combiner partial = b.new Combiner();
        partial.add(replicas.get(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, partial::results);
        assertEquals("jobs: got 1; allowed all 2", e.getMessage());
    }

    @Test
    void eachVariantIsHandedOverOnceCombinedInJobOrderAsTheResultsHoldIt() {
        Batch b = batch(Batch.Timelines.FIRST_REPLICATION);
        List<String> heard = new ArrayList<>();
        List<VariantOutcome> outcomes = new ArrayList<>();
        Thread caller = Thread.currentThread();
        List<RunResult> results = b.simulate(2, QUIET, (point, variant, outcome) -> {
            assertEquals(caller, Thread.currentThread(), "on the calling thread");
            heard.add(point + ":" + variant);
            outcomes.add(outcome);
        });
        assertEquals(List.of("0:0", "0:1", "1:0", "1:1"), heard);
        List<VariantOutcome> held = results.stream().flatMap(r -> r.variants().stream()).toList();
        assertEquals(held.size(), outcomes.size());
        for (int i = 0; i < held.size(); i++) {
            assertTrue(held.get(i) == outcomes.get(i), "the very outcome the results hold: " + heard.get(i));
        }
        assertEquals(b.simulate(1, QUIET), results, "the same results as without a listener");
    }
}
