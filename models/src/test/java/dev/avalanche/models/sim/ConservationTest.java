package dev.avalanche.models.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.Front;
import dev.avalanche.models.config.Gil;
import dev.avalanche.models.config.LinuxTcp;
import dev.avalanche.models.config.LoadGenerator;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.VariantResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request sent ends in exactly one outcome or is still in flight, and every request a worker
 * took is answered, discarded or still held: checked on every worker model, with and without
 * impatient refreshing users, in overload with both overflow policies, open and closed loop.
 */
class ConservationTest {

    static Stream<Arguments> configs() {
        Optional<Distribution> patience = Optional.of(Distributions.lognormalByMedian(3, 0.5));
        var refresh = new Users.Refresh(0.9, 3, Distributions.constant(0.3));
        Stream.Builder<Arguments> b = Stream.builder();
        for (Workers.Model m : Workers.Model.values()) {
            int size = m == Workers.Model.THREADS ? 4 : 50;
            b.add(Arguments.of(m + " calm", StoryConfigs.story(20, 2, Profile.constant(1), Optional.empty(),
                    Users.Refresh.NEVER, 120, m, size)));
            b.add(Arguments.of(m + " slowdown with refreshing users", StoryConfigs.story(40, 2, Profile.constant(3),
                    patience, refresh, 120, m, size)));
        }
        ModelConfig reset = StoryConfigs.story(60, 2, Profile.constant(2), patience, refresh, 120, Workers.Model.THREADS, 2);
        b.add(Arguments.of("overflow reset", new ModelConfig(reset.duration(), reset.warmup(), reset.interval(), reset.drain(),
                reset.users(), reset.balancer(), new Servers(2, 8, 8, reset.servers().workers(), 5, Servers.Overflow.RESET,
                        reset.servers().accept(), reset.servers().overhead(), reset.servers().discard()),
                reset.request(), reset.services())));
        b.add(Arguments.of("closed loop ab -c 50 -n 400 on 10 threads, backlog 8",
                StoryConfigs.abDemo(Workers.Model.THREADS, 10, 50, 400, 8, 0.001)));
        ModelConfig gil = StoryConfigs.story(40, 2, Profile.constant(3), patience, refresh, 120, Workers.Model.THREADS, 4);
        Servers gs = gil.servers();
        b.add(Arguments.of("threads under a GIL, slowdown with refreshing users", new ModelConfig(gil.duration(), gil.warmup(),
                gil.interval(), gil.drain(), gil.users(), gil.balancer(), new Servers(gs.count(), gs.cores(), gs.processes(),
                        new Workers(Workers.Model.THREADS, 4, 0, Optional.of(new Gil(SimDuration.ofMillis(5),
                                SimDuration.ofSeconds(20e-6)))), gs.backlog(), gs.overflow(), gs.accept(), gs.overhead(),
                        gs.discard()), gil.request(), gil.services())));
        for (Workers.Model m : Workers.Model.values()) {
            b.add(Arguments.of(m + " behind a front router, ab on the host, deferred accept, impatient users",
                    crowdedHost(m, patience, refresh)));
        }
        return b.build();
    }

    /**
     * 300 impatient clients against one 2-core server whose router and workers have backlogs of 8,
     * with ab's own loop on the host: connections are dropped and retried at every stage, and users
     * give up while connecting, in a handshake, in a queue or in service.
     */
    private static ModelConfig crowdedHost(Workers.Model m, Optional<Distribution> patience, Users.Refresh refresh) {
        Users users = new Users(new Arrivals.Closed(300, 3000, null, SimDuration.ofMillis(5)), patience, refresh,
                Optional.of(new LoadGenerator(SimDuration.ofSeconds(20e-6), SimDuration.ofSeconds(10e-6),
                        SimDuration.ofSeconds(20e-6))));
        Servers servers = new Servers(1, 2, 1, new Workers(m, m == Workers.Model.VIRTUAL_THREADS ? 0 : 50, 0), 8,
                Servers.Overflow.DROP, SimDuration.ofSeconds(50e-6), SimDuration.ofSeconds(100e-6), SimDuration.ofSeconds(0),
                Servers.Abandoned.DISCARD, Optional.of(new Front(SimDuration.ofSeconds(40e-6), SimDuration.ofSeconds(10e-6),
                        SimDuration.ofSeconds(30e-6), 8)), LinuxTcp.DEFAULTS, true);
        RequestWork work = new RequestWork(Optional.of(Distributions.exponential(200e-6)), List.of(),
                List.of(new RequestWork.LocalStep("sleep", SimDuration.ofMillis(500))));
        return new ModelConfig(SimDuration.ofSeconds(300), SimDuration.ofSeconds(0), SimDuration.ofSeconds(1),
                SimDuration.ofSeconds(200), users, Optional.empty(), servers, work, Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void everyRequestSentHasExactlyOneOutcomeOrIsInFlight(String name, ModelConfig cfg) {
        AvalancheRun run = new AvalancheRun(cfg, new RandomStreams(7));
        VariantResult r = run.run(name);
        RequestCounts c = r.requests();
        assertTrue(c.sent() > 0, "the run sent requests");
        assertEquals(c.sent(), c.goodput() + c.failed() + c.abandoned() + c.timedOut() + c.rejected() + c.inFlight(), c.toString());
        assertEquals(0, c.inFlight(), "the drain lets every user get an outcome: " + c);
        assertTrue(c.completed() >= c.goodput(), c.toString());
        assertTrue(c.sent() >= c.intents(), c.toString());
        assertEquals(c.sent() - c.intents(), c.refreshes(), "every request beyond the first of an intent is a refresh");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void everyRequestAWorkerTookIsAnsweredDiscardedOrStillHeld(String name, ModelConfig cfg) {
        AvalancheRun run = new AvalancheRun(cfg, new RandomStreams(7));
        run.run(name);
        AvalancheRun.ServerAudit audit = run.serverAudit();
        assertTrue(audit.accepted() > 0);
        assertTrue(audit.conserved(), audit.toString());
    }
}
