package dev.avalanche.models.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.Simulator;
import dev.avalanche.models.Variant;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.RunResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static final ModelConfig SLOWDOWN = StoryConfigs.story(40, 2, StoryConfigs.slowdown(3),
            Optional.<Distribution>of(Distributions.lognormalByMedian(4, 0.5)), new Users.Refresh(0.9, 3, Distributions.constant(0.3)),
            1200, Workers.Model.THREADS, 5);

    @Test
    void theSameSeedGivesIdenticalResults() {
        assertEquals(new AvalancheRun(SLOWDOWN, new RandomStreams(11)).run("a"),
                new AvalancheRun(SLOWDOWN, new RandomStreams(11)).run("a"));
    }

    @Test
    void aDifferentSeedGivesDifferentResults() {
        assertNotEquals(new AvalancheRun(SLOWDOWN, new RandomStreams(11)).run("a").requests(),
                new AvalancheRun(SLOWDOWN, new RandomStreams(12)).run("a").requests());
    }

    @Test
    void replicatedResultsDoNotDependOnTheNumberOfCores() {
        List<Variant> variants = List.of(new Variant("threads", SLOWDOWN));
        RunResult one = Simulator.simulate("s", 5, variants, 3, 1, (v, k) -> { });
        RunResult two = Simulator.simulate("s", 5, variants, 3, 2, (v, k) -> { });
        assertEquals(one, two);
    }
}
