package dev.avalanche.models.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.AdaptiveLimit;
import dev.avalanche.models.config.Breaker;
import dev.avalanche.models.config.Bulkhead;
import dev.avalanche.models.config.ClientPolicy;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.RequestMix;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Retry;
import dev.avalanche.models.config.ServerPolicy;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Service;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.KindResult;
import dev.avalanche.models.result.Mitigated;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.VariantResult;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each mitigation keeps the identity of user requests exact (shed and short-circuited as outcomes
 * of their own, users' retries as requests sent), keeps its own promise (a bulkhead's cap, a
 * shedding limit), acts at all, and leaves a run deterministic.
 */
class MitigationsTest {

    private static final Optional<Distribution> PATIENCE = Optional.of(Distributions.lognormalByMedian(3, 0.5));
    private static final Users.Refresh REFRESH = new Users.Refresh(0.9, 3, Distributions.constant(0.3));
    private static final Retry CLIENT_RETRY = new Retry(3, SimDuration.ofMillis(100), 2, 0.5,
            Optional.of(new Retry.Budget(0.2, SimDuration.ofSeconds(10), 2)));
    private static final Breaker BREAKER = new Breaker(Breaker.Window.COUNT, 20, 10, 50, 50, SimDuration.ofSeconds(1),
            SimDuration.ofSeconds(5), 3, Optional.empty());
    private static final Bulkhead BULKHEAD = new Bulkhead(3, SimDuration.ofMillis(200));

    /** 2 servers x 8 processes x 4 threads, overloaded by a threefold slowdown, with errors so retries and breakers act. */
    private static ModelConfig base(Workers.Model model, int size) {
        return StoryConfigs.story(40, 2, Profile.constant(3), PATIENCE, REFRESH, 120, model, size);
    }

    private static ModelConfig withClient(ModelConfig c, ClientPolicy client, double errors) {
        Service s = c.services().get("social");
        return new ModelConfig(c.duration(), c.warmup(), c.interval(), c.drain(), c.users(), c.balancer(), c.servers(),
                c.request(), Map.of("social", new Service(s.latency(), s.degradation(), errors, s.timeout(), s.capacity(),
                        client)));
    }

    private static ModelConfig withServers(ModelConfig c, ServerPolicy p) {
        Servers s = c.servers();
        return new ModelConfig(c.duration(), c.warmup(), c.interval(), c.drain(), c.users(), c.balancer(),
                new Servers(s.count(), s.cores(), s.processes(), s.workers(), s.backlog(), s.overflow(), s.accept(),
                        s.overhead(), s.discard(), s.abandoned(), s.front(), s.tcp(), s.deferAccept(), p),
                c.request(), c.services());
    }

    private static ModelConfig withUserRetry(ModelConfig c) {
        Users u = c.users();
        return new ModelConfig(c.duration(), c.warmup(), c.interval(), c.drain(),
                new Users(u.arrivals(), u.patience(), u.refresh(), u.generator(),
                        Optional.of(new Retry(3, SimDuration.ofSeconds(1), 2, 0.5, Optional.empty()))),
                c.balancer(), c.servers(), c.request(), c.services());
    }

    static Stream<Arguments> configs() {
        ModelConfig t = base(Workers.Model.THREADS, 4);
        ModelConfig g = base(Workers.Model.GREENLETS, 50);
        Optional<SimDuration> none = Optional.empty();
        return Stream.of(
                Arguments.of("client retries with a budget", withClient(t,
                        new ClientPolicy(Optional.of(CLIENT_RETRY), Optional.empty(), Optional.empty()), 0.2)),
                Arguments.of("a circuit breaker answering errors", withClient(t,
                        new ClientPolicy(Optional.empty(), Optional.of(BREAKER), Optional.empty()), 0.3)),
                Arguments.of("a circuit breaker with a fallback", withClient(t, new ClientPolicy(Optional.empty(),
                        Optional.of(new Breaker(Breaker.Window.TIME, 10, 10, 50, 50, SimDuration.ofSeconds(1),
                                SimDuration.ofSeconds(5), 3, Optional.of(SimDuration.ofMillis(5)))), Optional.empty()), 0.3)),
                Arguments.of("a bulkhead that waits", withClient(g,
                        new ClientPolicy(Optional.empty(), Optional.empty(), Optional.of(BULKHEAD)), 0)),
                Arguments.of("a bulkhead that fails fast", withClient(g, new ClientPolicy(Optional.empty(), Optional.empty(),
                        Optional.of(new Bulkhead(3, SimDuration.ZERO))), 0)),
                Arguments.of("shedding after 1 s in the queue",
                        withServers(t, new ServerPolicy(Optional.of(SimDuration.ofSeconds(1)), Optional.empty()))),
                Arguments.of("a concurrency limit on greenlets", withServers(g, new ServerPolicy(none,
                        Optional.of(new AdaptiveLimit(10, 2, 50, 0.2, 1.5, 600, 4))))),
                Arguments.of("users' application retries", withUserRetry(withClient(t, ClientPolicy.NONE, 0.2))),
                Arguments.of("everything at once", withUserRetry(withServers(withClient(t,
                        new ClientPolicy(Optional.of(CLIENT_RETRY), Optional.of(BREAKER), Optional.of(BULKHEAD)), 0.2),
                        new ServerPolicy(Optional.of(SimDuration.ofSeconds(1)),
                                Optional.of(new AdaptiveLimit(4, 2, 4, 0.2, 1.5, 600, 4)))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void everyRequestSentHasExactlyOneOutcomeOrIsInFlight(String name, ModelConfig cfg) {
        AvalancheRun run = new AvalancheRun(cfg, new RandomStreams(7));
        RequestCounts c = run.run(name).requests();
        Mitigated m = c.mitigated().orElseThrow();
        assertEquals(c.sent(), c.goodput() + c.failed() + c.abandoned() + c.timedOut() + c.rejected() + c.inFlight()
                + m.shed() + m.shortCircuited(), c.toString());
        assertTrue(c.conserved(), c.toString());
        assertEquals(c.sent() - c.intents(), c.refreshes() + m.retries(),
                "every request beyond an intent's first is a refresh or a retry: " + c);
        assertTrue(run.serverAudit().conserved(), run.serverAudit().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void theMitigationActs(String name, ModelConfig cfg) {
        Mitigated m = new AvalancheRun(cfg, new RandomStreams(7)).run(name).requests().mitigated().orElseThrow();
        long acted = m.shed() + m.shortCircuited() + m.retries() + m.callRetries() + m.fallbacks() + m.bulkheadFull()
                + m.callsRefused();
        assertTrue(acted > 0, "it did something in overload: " + m);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void theSameSeedGivesTheSameResult(String name, ModelConfig cfg) {
        VariantResult a = new AvalancheRun(cfg, new RandomStreams(11)).run(name);
        VariantResult b = new AvalancheRun(cfg, new RandomStreams(11)).run(name);
        assertEquals(a.requests(), b.requests());
        assertEquals(a.latency(), b.latency());
        assertEquals(a.timeline(), b.timeline());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void aBulkheadNeverHoldsMoreThanItsCap(String name, ModelConfig cfg) {
        AvalancheRun run = new AvalancheRun(cfg, new RandomStreams(7));
        run.run(name);
        var bulkhead = cfg.services().get("social").client().bulkhead();
        int peak = run.bulkheadPeak();
        bulkhead.ifPresentOrElse(b -> {
            assertTrue(peak <= b.maxConcurrent(), peak + " calls in a bulkhead of " + b.maxConcurrent());
            assertEquals(b.maxConcurrent(), peak, "the overload fills it");
        }, () -> assertEquals(0, peak));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void noServedRequestWaitedLongerThanTheSheddingLimit(String name, ModelConfig cfg) {
        AvalancheRun run = new AvalancheRun(cfg, new RandomStreams(7));
        RequestCounts c = run.run(name).requests();
        cfg.servers().protection().shedAfter().ifPresent(limit -> {
            assertTrue(run.longestServedWaitNanos() <= limit.nanos(),
                    run.longestServedWaitNanos() + " ns waited by a served request, beyond " + limit);
            if (!cfg.services().get("social").client().any()) {
                assertTrue(c.mitigated().orElseThrow().shed() > 0, "the overload made it shed: " + c);
            }
        });
    }

    /**
     * A request mix under every mitigation at once: each kind's cohort keeps the identity on its
     * own (its shed and short-circuited requests as outcomes, its users' retries as requests sent),
     * and the kinds' counts add up to the variant's.
     */
    @org.junit.jupiter.api.Test
    void eachKindOfAMixKeepsTheIdentityAndTheKindsAddUpToTheVariant() {
        ModelConfig all = configs().map(a -> (ModelConfig) a.get()[1]).reduce((x, y) -> y).orElseThrow();
        RequestWork cart = new RequestWork(Optional.of(Distributions.exponential(0.003)), List.of(), List.of(),
                Optional.empty());
        RequestMix mix = new RequestMix(List.of(new RequestMix.Kind("cart", 0.6, cart),
                new RequestMix.Kind("checkout", 0.4, all.request())));
        ModelConfig cfg = new ModelConfig(all.duration(), all.warmup(), all.interval(), all.drain(), all.users(),
                all.balancer(), all.servers(), mix, all.services());
        VariantResult r = new AvalancheRun(cfg, new RandomStreams(7)).run("mix");
        RequestCounts c = r.requests();
        Mitigated m = c.mitigated().orElseThrow();
        for (KindResult k : r.kinds()) {
            assertTrue(k.requests().conserved(), k.name() + ": " + k.requests());
            Mitigated km = k.requests().mitigated().orElseThrow();
            assertEquals(k.requests().sent() - k.requests().intents(), k.requests().refreshes() + km.retries(),
                    k.name() + ": " + k.requests());
        }
        assertEquals(c.sent(), sum(r, RequestCounts::sent));
        assertEquals(c.goodput(), sum(r, RequestCounts::goodput));
        assertEquals(m.shed(), sum(r, k -> k.mitigated().orElseThrow().shed()));
        assertEquals(m.shortCircuited(), sum(r, k -> k.mitigated().orElseThrow().shortCircuited()));
        assertEquals(m.retries(), sum(r, k -> k.mitigated().orElseThrow().retries()));
        assertTrue(m.shed() + m.shortCircuited() + m.retries() > 0, "the mitigations acted on the mix: " + m);
    }

    private static long sum(VariantResult r, ToLongFunction<RequestCounts> f) {
        return r.kinds().stream().map(KindResult::requests).mapToLong(f).sum();
    }
}
