package dev.avalanche.models.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.VariantResult;
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
        return b.build();
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
