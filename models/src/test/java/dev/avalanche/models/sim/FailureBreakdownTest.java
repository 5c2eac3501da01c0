package dev.avalanche.models.sim;

import static dev.avalanche.models.sim.StoryConfigs.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.Failures;
import dev.avalanche.models.result.RequestCounts;
import org.junit.jupiter.api.Test;

/**
 * What the simulator reports as the classes of its failures ({@link Failures#simulated}): a full
 * accept queue that resets refuses by {@code reset}, one that drops SYNs by {@code connectTimeout}
 * once the retransmissions ran out; each class in the count of its outcome.
 */
class FailureBreakdownTest {

    /** 200 users at once against one worker of 1 s and no backlog: most are refused, over the SYNs' 63 s if dropped. */
    private static RequestCounts crowd(Servers.Overflow overflow) {
        ModelConfig ab = StoryConfigs.abDemo(Workers.Model.THREADS, 1, 200, 200, 0, 0);
        Servers sv = ab.servers();
        Servers servers = new Servers(sv.count(), sv.cores(), sv.processes(), sv.workers(), sv.backlog(), overflow,
                sv.accept(), sv.overhead(), sv.discard(), sv.abandoned());
        ModelConfig cfg = new ModelConfig(ab.duration(), ab.warmup(), ab.interval(), s(0), ab.users(), ab.balancer(),
                servers, ab.request(), ab.services());
        RequestCounts c = new AvalancheRun(cfg, new RandomStreams(5)).run("crowd").requests();
        assertTrue(c.conserved(), c.toString());
        assertTrue(c.rejected() > 0, "the crowd meets a full queue: " + c);
        return c;
    }

    @Test
    void aQueueThatResetsRefusesByReset() {
        RequestCounts c = crowd(Servers.Overflow.RESET);
        assertEquals(c.rejected(), c.failures().reset(), c.toString());
        assertEquals(Failures.simulated(0, c.rejected(), 0, true), c.failures());
    }

    @Test
    void aQueueThatDropsRefusesByConnectTimeoutAfterTheRetransmissions() {
        RequestCounts c = crowd(Servers.Overflow.DROP);
        assertEquals(c.rejected(), c.failures().connectTimeout(), c.toString());
        assertTrue(c.synRetransmissions() >= 6 * c.rejected(), "each refused request first retransmitted its SYN six times: " + c);
        assertEquals(Failures.simulated(0, c.rejected(), 0, false), c.failures());
    }
}
