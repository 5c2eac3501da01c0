package dev.avalanche.models.sim;

import static dev.avalanche.models.sim.StoryConfigs.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Service;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.VariantResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Each mechanism of the model on a hand-sized case whose answer can be worked out on paper. */
class MechanismsTest {

    /** {@code n} requests sent at once to one server of 8 cores and one process of {@code size} workers. */
    private static ModelConfig burst(int n, Workers.Model model, int size, Optional<Distribution> cpu,
            List<RequestWork.Call> calls, Service service) {
        Users users = new Users(new Arrivals.Closed(n, n, null, null), Optional.empty(), Users.Refresh.NEVER);
        Servers servers = new Servers(1, 8, 1, new Workers(model, size, 0), 1000, Servers.Overflow.DROP, s(0), s(0), s(0));
        return new ModelConfig(s(600), s(0), s(1), s(0), users, Optional.empty(), servers,
                new RequestWork(cpu, calls, List.of()), service == null ? Map.of() : Map.of("api", service));
    }

    private static Service api(double latency, double timeout, double errors, OptionalInt capacity) {
        return new Service(Distributions.constant(latency), Profile.constant(1), errors, s(timeout), capacity);
    }

    private static VariantResult run(ModelConfig cfg) {
        return new AvalancheRun(cfg, new RandomStreams(3)).run("m");
    }

    private static List<RequestWork.Call> calls(int count, RequestWork.Call.Mode mode) {
        return List.of(new RequestWork.Call("api", count, mode));
    }

    @Test
    void threeSequentialCallsOfOneSecondTakeThreeSecondsAndParallelOnesOne() {
        VariantResult seq = run(burst(1, Workers.Model.THREADS, 1, Optional.empty(), calls(3, RequestWork.Call.Mode.SEQUENTIAL),
                api(1, 30, 0, OptionalInt.empty())));
        VariantResult par = run(burst(1, Workers.Model.THREADS, 1, Optional.empty(), calls(3, RequestWork.Call.Mode.PARALLEL),
                api(1, 30, 0, OptionalInt.empty())));
        assertEquals(3.0, seq.latency().max(), 0.03);
        assertEquals(1.0, par.latency().max(), 0.01);
    }

    /**
     * Two greenlets, each 20 ms of CPU then a 10 ms call: the first's call ends at 30 ms while the
     * second burns its CPU on the process's one carrier, so the first goes on (answers) only at 40 ms;
     * the second answers at 50 ms. Two threads have a carrier each and 8 cores: 30 ms both.
     */
    @Test
    void aGreenletWhoseCallEndedWaitsForTheBurstOnItsCarrier() {
        Optional<Distribution> cpu = Optional.of(Distributions.constant(0.02));
        List<RequestWork.Call> call = calls(1, RequestWork.Call.Mode.SEQUENTIAL);
        VariantResult green = run(burst(2, Workers.Model.GREENLETS, 2, cpu, call, api(0.01, 30, 0, OptionalInt.empty())));
        VariantResult threads = run(burst(2, Workers.Model.THREADS, 2, cpu, call, api(0.01, 30, 0, OptionalInt.empty())));
        assertEquals(0.045, green.latency().mean(), 1e-3, "40 and 50 ms");
        assertEquals(0.030, threads.latency().mean(), 1e-3, "30 ms each, side by side");
    }

    /**
     * Three greenlets, each a 10 ms call then 20 ms of CPU to answer: all wake at 10 ms on the one
     * carrier and answer one after another, at 30, 50 and 70 ms. Three threads: 30 ms each.
     */
    @Test
    void greenletsThatWakeTogetherRenderTheirResponsesOneAfterAnother() {
        Optional<Distribution> none = Optional.empty();
        List<RequestWork.Call> call = calls(1, RequestWork.Call.Mode.SEQUENTIAL);
        Service api = api(0.01, 30, 0, OptionalInt.empty());
        ModelConfig green = burst(3, Workers.Model.GREENLETS, 3, none, call, api);
        ModelConfig threads = burst(3, Workers.Model.THREADS, 3, none, call, api);
        Optional<Distribution> render = Optional.of(Distributions.constant(0.02));
        VariantResult g = run(withCpuAfter(green, render));
        VariantResult t = run(withCpuAfter(threads, render));
        assertEquals(0.050, g.latency().mean(), 1e-3, "30, 50 and 70 ms");
        assertEquals(0.070, g.latency().max(), 1e-3);
        assertEquals(0.030, t.latency().mean(), 1e-3, "30 ms each, side by side");
    }

    private static ModelConfig withCpuAfter(ModelConfig c, Optional<Distribution> cpuAfter) {
        return new ModelConfig(c.duration(), c.warmup(), c.interval(), c.drain(), c.users(), c.balancer(), c.servers(),
                new RequestWork(c.request().cpu(), c.request().calls(), c.request().local(), cpuAfter), c.services());
    }

    /**
     * ab sends one request alone, then the other 99 over 10 connections: 1 s, then ten rounds of
     * 1 s (the last round has 9 requests), 11 s in all; without the lone request, ten rounds.
     */
    @Test
    void aLoneFirstRequestAddsOneRoundBeforeTheOthersStart() {
        RequestWork sleep = new RequestWork(Optional.empty(), List.of(), List.of(new RequestWork.LocalStep("sleep", s(1))));
        for (boolean alone : new boolean[] {true, false}) {
            Users users = new Users(new Arrivals.Closed(10, 100, null, s(0), alone), Optional.empty(), Users.Refresh.NEVER);
            ModelConfig base = burst(10, Workers.Model.THREADS, 10, Optional.empty(), List.of(), null);
            VariantResult r = run(new ModelConfig(base.duration(), base.warmup(), base.interval(), base.drain(), users,
                    base.balancer(), base.servers(), sleep, base.services()));
            assertEquals(100, r.requests().goodput());
            assertEquals(alone ? 11.0 : 10.0, r.elapsed(), 1e-6);
        }
    }

    @Test
    void aCallSlowerThanItsClientTimeoutFailsTheRequestAtTheTimeout() {
        VariantResult r = run(burst(1, Workers.Model.THREADS, 1, Optional.empty(), calls(1, RequestWork.Call.Mode.SEQUENTIAL),
                api(2, 0.5, 0, OptionalInt.empty())));
        assertEquals(1, r.requests().failed());
        assertEquals(0.5, r.elapsed(), 1e-9);
    }

    @Test
    void aServiceThatAlwaysErrsFailsEveryRequest() {
        VariantResult r = run(burst(20, Workers.Model.THREADS, 20, Optional.empty(), calls(1, RequestWork.Call.Mode.SEQUENTIAL),
                api(0.1, 30, 1.0, OptionalInt.empty())));
        assertEquals(20, r.requests().failed());
        assertEquals(0, r.requests().goodput());
    }

    @Test
    void aServiceWithCapacityOneServesConcurrentCallsOneAfterAnother() {
        VariantResult r = run(burst(4, Workers.Model.THREADS, 4, Optional.empty(), calls(1, RequestWork.Call.Mode.SEQUENTIAL),
                api(1, 30, 0, OptionalInt.of(1))));
        assertEquals(4.0, r.elapsed(), 1e-6);
        assertEquals(2.5, r.latency().mean(), 0.02, "1, 2, 3 and 4 s");
    }

    @Test
    void greenletsOfOneProcessBurnTheirCpuOneAtATime() {
        // Ten 100 ms bursts on one OS thread: the last ends after 1 s, however many cores there are.
        VariantResult r = run(burst(10, Workers.Model.GREENLETS, 10, Optional.of(Distributions.constant(0.1)), List.of(), null));
        assertEquals(1.0, r.elapsed(), 1e-6);
        assertEquals(0.55, r.latency().mean(), 0.01, "0.1, 0.2 ... 1.0 s");
    }

    @Test
    void threadsShareTheHostsCoresByProcessorSharing() {
        // Ten 100 ms bursts on 8 cores: each progresses at 8/10, all end together at 0.125 s.
        VariantResult r = run(burst(10, Workers.Model.THREADS, 10, Optional.of(Distributions.constant(0.1)), List.of(), null));
        assertEquals(0.125, r.elapsed(), 1e-6);
        assertEquals(0.125, r.latency().p50(), 0.002);
    }

    @Test
    void virtualThreadsRunAsManyBurstsAsThereAreCarrierCores() {
        // Eight carriers: eight bursts end at 0.1 s, the other two at 0.2 s.
        VariantResult r = run(burst(10, Workers.Model.VIRTUAL_THREADS, 0, Optional.of(Distributions.constant(0.1)), List.of(), null));
        assertEquals(0.2, r.elapsed(), 1e-6);
        assertEquals((8 * 0.1 + 2 * 0.2) / 10, r.latency().mean(), 0.002);
    }

    @Test
    void impatientUsersAbandonAndRefreshUpToTheirLimit() {
        // Every call takes 10 s and every user gives up after 1 s, refreshing twice: three sends per intent.
        Users users = new Users(new Arrivals.Closed(5, 5, null, null), Optional.of(Distributions.constant(1)),
                new Users.Refresh(1.0, 2, Distributions.constant(0.5)));
        ModelConfig base = burst(5, Workers.Model.THREADS, 100, Optional.empty(), calls(1, RequestWork.Call.Mode.SEQUENTIAL),
                api(10, 30, 0, OptionalInt.empty()));
        ModelConfig cfg = new ModelConfig(base.duration(), base.warmup(), base.interval(), s(60), users, base.balancer(),
                base.servers(), base.request(), base.services());
        VariantResult r = run(cfg);
        assertEquals(5, r.requests().intents());
        assertEquals(15, r.requests().sent());
        assertEquals(15, r.requests().abandoned());
        assertEquals(15, r.requests().orphaned(), "the workers finish every abandoned request anyway");
        assertEquals(3.0, r.amplification(), 1e-9);
    }

    @Test
    void requestsAbandonedInTheBacklogAreDiscardedOrServedInFullAsConfigured() {
        // One thread, 1 s per request, 5 users at once who give up after 0.5 s: the four queued
        // requests are dead when the thread reaches them.
        Users users = new Users(new Arrivals.Closed(5, 5, null, null), Optional.of(Distributions.constant(0.5)),
                Users.Refresh.NEVER);
        ModelConfig base = burst(5, Workers.Model.THREADS, 1, Optional.empty(), calls(1, RequestWork.Call.Mode.SEQUENTIAL),
                api(1, 30, 0, OptionalInt.empty()));
        for (Servers.Abandoned policy : Servers.Abandoned.values()) {
            Servers sv = base.servers();
            Servers servers = new Servers(sv.count(), sv.cores(), sv.processes(), sv.workers(), sv.backlog(), sv.overflow(),
                    sv.accept(), sv.overhead(), sv.discard(), policy);
            ModelConfig cfg = new ModelConfig(base.duration(), base.warmup(), base.interval(), s(60), users,
                    base.balancer(), servers, base.request(), base.services());
            AvalancheRun run = new AvalancheRun(cfg, new RandomStreams(3));
            VariantResult r = run.run("m");
            assertEquals(5, r.requests().abandoned());
            if (policy == Servers.Abandoned.DISCARD) {
                assertEquals(4, r.requests().discarded());
                assertEquals(1, r.requests().orphaned(), "only the one in service runs to its end");
            } else {
                assertEquals(0, r.requests().discarded());
                assertEquals(5, r.requests().orphaned(), "every request is served, one after another");
                assertEquals(5, run.serverAudit().responded());
            }
        }
    }

    /**
     * A closed loop of 5000 requests against one busy thread and an accept queue of one that
     * resets: the users' connections are refused one after another, each refusal starting the
     * next request at once. That chain must not grow the call stack (it once overflowed it).
     */
    @Test
    void thousandsOfRefusalsInARowEndWithEveryRequestAccountedFor() {
        Users users = new Users(new Arrivals.Closed(3, 5000, null, null), Optional.empty(), Users.Refresh.NEVER);
        ModelConfig base = burst(3, Workers.Model.THREADS, 1, Optional.empty(), calls(1, RequestWork.Call.Mode.SEQUENTIAL),
                api(1, 30, 0, OptionalInt.empty()));
        Servers servers = new Servers(1, 8, 1, new Workers(Workers.Model.THREADS, 1, 0), 0, Servers.Overflow.RESET,
                s(0), s(0), s(0));
        ModelConfig cfg = new ModelConfig(base.duration(), base.warmup(), base.interval(), s(60), users,
                base.balancer(), servers, base.request(), base.services());
        VariantResult r = run(cfg);
        assertEquals(5000, r.requests().sent());
        assertTrue(r.requests().conserved(), r.requests().toString());
        assertTrue(r.requests().rejected() > 4000, "nearly every request met the full queue: " + r.requests());
        assertEquals(r.requests().sent(), r.requests().goodput() + r.requests().rejected(), r.requests().toString());
    }
}
