package dev.avalanche.models.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.preflight.Estimate;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.sim.AvalancheRun;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties of the model over random valid configurations ({@link RandomConfigs}): every run
 * ends, keeps both conservation identities, stays within the preflight's bounds, gives the same
 * result for the same seed and another for another seed. Each try is a test named by its seed,
 * which reproduces it; {@code -Dproperties.tries=500} tries more.
 */
class RandomConfigsTest {

    private static final int TRIES = Integer.getInteger("properties.tries", 40);

    private static Stream<DynamicTest> tries(String property, boolean open, PropertyCheck check) {
        return LongStream.rangeClosed(1, TRIES).mapToObj(seed -> DynamicTest.dynamicTest(property + ", seed " + seed,
                () -> check.accept(seed, RandomConfigs.of(seed, open))));
    }

    @FunctionalInterface
    private interface PropertyCheck {
        void accept(long seed, ModelConfig config);
    }

    private static VariantResult run(ModelConfig c, long seed) {
        return new AvalancheRun(c, new RandomStreams(seed)).run("v");
    }

    @TestFactory
    Stream<DynamicTest> everyRequestIsAccountedForOnTheUsersSideAndTheServersSide() {
        return tries("conservation", false, (seed, c) -> {
            AvalancheRun run = new AvalancheRun(c, new RandomStreams(seed));
            RequestCounts n = run.run("v").requests();
            assertTrue(n.conserved(), "sent = goodput + failed + abandoned + timedOut + rejected + inFlight: " + n);
            assertEquals(n.sent(), n.intents() + n.refreshes(), "sent = intents + refreshes: " + n);
            assertTrue(run.serverAudit().conserved(), "accepted = responded + discarded + busy: " + run.serverAudit());
            assertTrue(n.completed() >= n.goodput(), "goodput is a part of the completed: " + n);
        });
    }

    @TestFactory
    Stream<DynamicTest> aRunStaysWithinThePreflightsBounds() {
        return tries("bounded", false, (seed, c) -> {
            Estimate e = Estimate.of(c);
            AvalancheRun run = new AvalancheRun(c, new RandomStreams(seed));
            VariantResult r = run.run("v");
            assertTrue(run.eventsFired() <= e.events(), run.eventsFired() + " events fired, at most " + e.events());
            assertTrue(r.requests().sent() <= e.sent(), r.requests().sent() + " sent, at most " + e.sent());
            assertTrue(r.timeline().size() <= e.rows(), r.timeline().size() + " rows, at most " + e.rows());
        });
    }

    @TestFactory
    Stream<DynamicTest> theSameSeedGivesTheSameResult() {
        return tries("determinism", false, (seed, c) -> assertEquals(run(c, seed), run(c, seed)));
    }

    @TestFactory
    Stream<DynamicTest> anotherSeedGivesAnotherResultWhenArrivalsAreRandom() {
        return tries("seed sensitivity", true, (seed, c) -> assertNotEquals(run(c, seed), run(c, seed + 1_000_003)));
    }
}
