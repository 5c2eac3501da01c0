package dev.avalanche.models.sim;

import static dev.avalanche.models.sim.StoryConfigs.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.random.Distributions;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.Simulator;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.RequestMix;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.KindResult;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.VariantResult;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * A request mix: each intent's kind drawn by share, each kind served by its own work plan, and
 * results per kind that are conserved on their own and add up to the variant's.
 */
class MixTest {

    /** Cart reads touch only the database (5 ms); checkouts make the story's three calls to the third party. */
    private static final RequestWork CART = new RequestWork(Optional.of(Distributions.constant(0.001)), List.of(),
            List.of(new RequestWork.LocalStep("db", s(0.005))));

    private static ModelConfig mix(double cartShare, Profile degradation, Optional<dev.avalanche.engine.random.Distribution> patience,
            Users.Refresh refresh) {
        ModelConfig story = StoryConfigs.story(40, 1, degradation, patience, refresh, 600, Workers.Model.THREADS, 8);
        RequestMix requests = new RequestMix(List.of(new RequestMix.Kind("cart", cartShare, CART),
                new RequestMix.Kind("checkout", 1 - cartShare, StoryConfigs.threeCalls())));
        return new ModelConfig(story.duration(), story.warmup(), story.interval(), story.drain(), story.users(),
                story.balancer(), story.servers(), requests, story.services());
    }

    private static VariantResult run(ModelConfig cfg, long seed) {
        return new AvalancheRun(cfg, new RandomStreams(seed)).run("mix");
    }

    private static long sum(List<KindResult> kinds, ToLongFunction<RequestCounts> f) {
        return kinds.stream().mapToLong(k -> f.applyAsLong(k.requests())).sum();
    }

    @Test
    void everyKindConservesItsRequestsAndTheKindsAddUpToTheVariant() {
        VariantResult r = run(mix(0.7, Profile.constant(4), Optional.of(Distributions.lognormalByMedian(3, 0.5)),
                new Users.Refresh(0.9, 3, Distributions.constant(0.3))), 7);
        assertEquals(2, r.kinds().size());
        assertTrue(r.requests().conserved(), r.requests().toString());
        for (KindResult k : r.kinds()) {
            assertTrue(k.requests().conserved(), k.name() + ": " + k.requests());
            assertTrue(k.requests().sent() > 0, k.name() + " sent nothing");
        }
        RequestCounts all = r.requests();
        assertEquals(all.intents(), sum(r.kinds(), RequestCounts::intents));
        assertEquals(all.sent(), sum(r.kinds(), RequestCounts::sent));
        assertEquals(all.goodput(), sum(r.kinds(), RequestCounts::goodput));
        assertEquals(all.abandoned(), sum(r.kinds(), RequestCounts::abandoned));
        assertEquals(all.refreshes(), sum(r.kinds(), RequestCounts::refreshes));
        assertEquals(all.inFlight(), sum(r.kinds(), RequestCounts::inFlight));
        assertEquals(r.latency().count(), r.kinds().stream().mapToLong(k -> k.latency().count()).sum());
        assertTrue(all.refreshes() > 0, "the slowdown made no user refresh: the test proves nothing about refreshes");
    }

    @Test
    void eachKindsShareOfIntentsIsWithinItsBinomialConfidenceInterval() {
        for (double share : new double[] {0.7, 0.05}) {
            VariantResult r = run(mix(share, Profile.constant(1), Optional.empty(), Users.Refresh.NEVER), 11);
            long n = r.requests().intents();
            long carts = r.kind("cart").orElseThrow().requests().intents();
            double sd = Math.sqrt(n * share * (1 - share));
            // 4 standard deviations: a false alarm once in ~16,000 seeds.
            assertTrue(Math.abs(carts - n * share) <= 4 * sd, carts + " carts of " + n + " intents; share " + share);
        }
    }

    @Test
    void eachKindIsServedByItsOwnWorkPlan() {
        VariantResult r = run(mix(0.7, Profile.constant(1), Optional.empty(), Users.Refresh.NEVER), 3);
        KindResult cart = r.kind("cart").orElseThrow();
        KindResult checkout = r.kind("checkout").orElseThrow();
        // A cart read takes 6 ms of CPU and database; a checkout three calls of mean 1/3 s each.
        assertTrue(cart.latency().max() < checkout.latency().p50(), cart.latency() + " vs " + checkout.latency());
        assertTrue(cart.latency().p50() >= 0.006, "a cart read took less than its own work: " + cart.latency().p50());
    }

    @Test
    void aMixOfOneKindGivesTheResultsOfASingleRequest() {
        ModelConfig single = StoryConfigs.story(40, 1, StoryConfigs.slowdown(4), Optional.of(Distributions.lognormalByMedian(3, 0.5)),
                new Users.Refresh(0.9, 3, Distributions.constant(0.3)), 1200, Workers.Model.THREADS, 8);
        ModelConfig one = new ModelConfig(single.duration(), single.warmup(), single.interval(), single.drain(), single.users(),
                single.balancer(), single.servers(), new RequestMix(List.of(new RequestMix.Kind("checkout", 1, single.request()))),
                single.services());
        VariantResult a = run(single, 5);
        VariantResult b = run(one, 5);
        assertEquals(a.requests(), b.requests());
        assertEquals(a.latency(), b.latency());
        assertEquals(a.goodputRate(), b.goodputRate());
        assertEquals(a.verdict(), b.verdict());
        assertTrue(b.kinds().isEmpty(), "a mix of one has per-kind results: " + b.kinds());
    }

    @Test
    void theSameMixAndSeedGiveIdenticalPerKindResults() {
        ModelConfig cfg = mix(0.7, StoryConfigs.slowdown(5), Optional.of(Distributions.lognormalByMedian(3, 0.5)),
                new Users.Refresh(0.5, 2, Distributions.constant(1)));
        assertEquals(run(cfg, 9).kinds(), run(cfg, 9).kinds());
    }

    @Test
    void replicationsCombinePerKindAsTheyCombineTheVariant() {
        ModelConfig cfg = mix(0.7, Profile.constant(2), Optional.empty(), Users.Refresh.NEVER);
        VariantResult r = Simulator.simulate("mix", 1, List.of(new dev.avalanche.models.Variant("v", cfg)), 3, 2, (v, i) -> { })
                .variants().getFirst().result();
        assertEquals(r.requests().intents(), sum(r.kinds(), RequestCounts::intents));
        assertEquals(r.requests().goodput(), sum(r.kinds(), RequestCounts::goodput));
        assertEquals(r.latency().count(), r.kinds().stream().mapToLong(k -> k.latency().count()).sum());
        for (KindResult k : r.kinds()) {
            assertTrue(k.requests().conserved(), k.name() + ": " + k.requests());
        }
    }
}
