package dev.avalanche.models.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.Verdict;
import dev.avalanche.models.result.VariantResult;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The story's claims, each a run with a fixed seed and numbers the story (or Little's law) gives. */
class StoryClaimsTest {

    private static final Optional<Distribution> PATIENCE = Optional.of(Distributions.lognormalByMedian(12, 0.5));
    private static final Users.Refresh REFRESH = new Users.Refresh(0.9, 5, Distributions.constant(0.3));

    /** The time one gevent process takes to accept a connection (its single thread does it). */
    private static final double ACCEPT = 40e-6;

    private static VariantResult run(ModelConfig cfg) {
        return new AvalancheRun(cfg, new RandomStreams(42)).run("story");
    }

    @Test
    void sixHundredFortyThreadsAtThreeHundredRpsKeepAboutSixHundredBusyAndStayStable() {
        VariantResult r = run(StoryConfigs.story(300, 2, Profile.constant(1), Optional.empty(), Users.Refresh.NEVER, 600,
                Workers.Model.THREADS, 40));
        // Little's law: L = 300/s x 2 s = 600; a 10-minute run estimates it within about 1%.
        assertEquals(600, r.busyMean(), 12);
        assertEquals(Verdict.STABLE, r.verdict());
        assertEquals(0, r.requests().rejected());
    }

    @Test
    void tenPercentMoreLoadSaturatesThePool() {
        VariantResult r = run(StoryConfigs.story(330, 2, Profile.constant(1), Optional.empty(), Users.Refresh.NEVER, 600,
                Workers.Model.THREADS, 40));
        assertEquals(Verdict.SATURATED, r.verdict());
        assertEquals(640, r.busyMax(), 0.0);
        assertEquals(2 * 101, r.queueMax(), 0.0, "both backlogs full (Linux holds backlog + 1)");
        assertTrue(r.requests().synRetransmissions() > 0);
        assertTrue(r.latency().p99() > 3 * 2, "latency climbs well past the 2 s service time: " + r.latency());
    }

    @Test
    void tenPercentSlowerResponsesSaturateThePool() {
        VariantResult r = run(StoryConfigs.story(300, 2.2, Profile.constant(1), Optional.empty(), Users.Refresh.NEVER, 600,
                Workers.Model.THREADS, 40));
        assertEquals(Verdict.SATURATED, r.verdict());
        assertTrue(r.requests().synRetransmissions() > 0);
    }

    @Test
    void aSlowdownWithRefreshingUsersCollapsesThreadsThenTheyRecoverByThemselves() {
        VariantResult r = run(StoryConfigs.story(300, 2, StoryConfigs.slowdown(3), PATIENCE, REFRESH, 1800,
                Workers.Model.THREADS, 40));
        assertEquals(Verdict.COLLAPSED, r.verdict());
        assertTrue(r.amplification() > 1.3, "users refresh: amplification " + r.amplification());
        // 640 workers on 6 s responses serve at most ~107/s of the 300 intents/s, orphans included.
        assertTrue(Verdicts.worstGoodputRatio(r.timeline(), 180, 1800) < 0.3, "goodput falls far below intents");
        assertEquals(640, r.busyMax(), 0.0, "while every worker is busy");
        assertTrue(r.requests().orphaned() > 0, "on requests whose users have left");
        assertTrue(r.recoverySeconds().isPresent(), "the system recovers by itself");
        assertTrue(r.recoverySeconds().getAsDouble() < 600, "within minutes: " + r.recoverySeconds());
    }

    @Test
    void greenletsPassTheSameSlowdownWithGoodputCloseToIntents() {
        VariantResult r = run(StoryConfigs.story(300, 2, StoryConfigs.slowdown(3), PATIENCE, REFRESH, 1800,
                Workers.Model.GREENLETS, 1000));
        assertTrue(r.requests().goodput() >= 0.99 * r.requests().intents(), r.requests().toString());
        assertTrue(r.amplification() < 1.05, "hardly anyone refreshes: " + r.amplification());
        assertTrue(r.recoverySeconds().isPresent());
    }

    @Test
    void tenThreadsAndTenGreenletsBothServeAbMinusC10MinusN100InTenSeconds() {
        for (Workers.Model m : new Workers.Model[] {Workers.Model.THREADS, Workers.Model.GREENLETS}) {
            VariantResult r = run(StoryConfigs.abDemo(m, 10, 10, 100, 100, 0.0001));
            assertEquals(100, r.requests().goodput(), m.toString());
            // Ten rounds of ten 1 s requests; accepts of 0.1 ms add at most ~1 ms per round.
            assertEquals(10.0, r.elapsed(), 0.05, m.toString());
        }
    }

    @Test
    void aThousandGreenletsAtMinusC1000FinishTwoThousandRequestsInTwoSecondsPlusWhatTheBacklogAdds() {
        VariantResult small = run(StoryConfigs.abDemo(Workers.Model.GREENLETS, 1000, 1000, 2000, 100, ACCEPT));
        VariantResult large = run(StoryConfigs.abDemo(Workers.Model.GREENLETS, 1000, 1000, 2000, 1024, ACCEPT));
        assertEquals(2000, small.requests().goodput());
        assertEquals(2000, large.requests().goodput());
        // Backlog 1024 holds the whole burst: two rounds of 1 s, plus the 25 ms ab takes to connect.
        assertEquals(0, large.requests().synRetransmissions());
        assertEquals(2.03, large.elapsed(), 0.03);
        // Backlog 100: ab connects faster (25 us apart) than one process accepts (40 us each), so
        // hundreds of SYNs are dropped and retransmitted 1 s later: connections take ~1 s more.
        assertTrue(small.requests().synRetransmissions() >= 200, small.requests().toString());
        assertTrue(small.elapsed() > large.elapsed() + 0.9, "retransmissions cost at least a second: " + small.elapsed());
        assertTrue(small.elapsed() < large.elapsed() + 3.1, "but most get in on the first retransmission: " + small.elapsed());
    }
}
