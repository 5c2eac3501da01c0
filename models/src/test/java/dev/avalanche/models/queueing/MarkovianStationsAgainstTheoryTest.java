package dev.avalanche.models.queueing;

import static dev.avalanche.models.queueing.TestDistributions.exponential;
import static dev.avalanche.models.queueing.TheoryCheck.assertAgrees;
import static dev.avalanche.models.queueing.TheoryCheck.replicate;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.analytic.ErlangA;
import dev.avalanche.models.analytic.MM1;
import dev.avalanche.models.analytic.MMc;
import dev.avalanche.models.analytic.MMcK;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Simulated Markovian stations against their closed forms, each over 20 replications of roughly
 * 150k–300k arrivals. Every warm-up is at least 25 relaxation times of its queue (about
 * 1/(cμ(1−√ρ)²)), so the initial transient left is below e^-25; customers censored at the horizon
 * are a few in 10^5. The bias allowance of 0.5% of theory covers both with a wide margin while
 * staying well inside the statistical half-width, which therefore decides each test.
 */
class MarkovianStationsAgainstTheoryTest {

    private static final int REPLICATIONS = 20;
    private static final double BIAS = 0.005;

    @Test
    void anMM1QueueAtSeventyPercentMatchesItsMeanSojournAndMeanNumberInSystem() {
        MM1 theory = new MM1(0.7, 1);
        StationConfig config = StationConfig.of(exponential(1 / 0.7), exponential(1), 1, StopRule.atSeconds(302_000))
                .withWarmUp(SimDuration.ofSeconds(2_000));
        List<StationResult> results = replicate(config, 101, REPLICATIONS);
        assertAgrees("M/M/1 W", theory.meanSojourn(), results, StationResult::meanSojournSeconds,
                BIAS * theory.meanSojourn(), 0.03);
        assertAgrees("M/M/1 L", theory.meanInSystem(), results, StationResult::meanInSystem,
                BIAS * theory.meanInSystem(), 0.03);
    }

    @Test
    void anMMcQueueWithFiveServersMatchesErlangCForTheChanceOfWaitingAndTheMeanWait() {
        MMc theory = new MMc(4, 1, 5);
        StationConfig config = StationConfig.of(exponential(0.25), exponential(1), 5, StopRule.atSeconds(51_000))
                .withWarmUp(SimDuration.ofSeconds(1_000));
        List<StationResult> results = replicate(config, 102, REPLICATIONS);
        assertAgrees("M/M/5 P(wait)", theory.probabilityOfWait(), results, StationResult::waitProbability,
                BIAS * theory.probabilityOfWait(), 0.02);
        assertAgrees("M/M/5 Wq", theory.meanWait(), results, StationResult::meanWaitSeconds,
                BIAS * theory.meanWait(), 0.04);
    }

    @Test
    void anMMcKStationBlocksTheShareOfArrivalsItsBirthDeathChainPredicts() {
        MMcK theory = new MMcK(5, 1, 5, 10);
        StationConfig config = StationConfig.of(exponential(0.2), exponential(1), 5, StopRule.atSeconds(40_500))
                .withCapacity(10).withWarmUp(SimDuration.ofSeconds(500));
        List<StationResult> results = replicate(config, 103, REPLICATIONS);
        assertAgrees("M/M/5/10 P(block)", theory.blockingProbability(), results, StationResult::blockingProbability,
                BIAS * theory.blockingProbability(), 0.03);
    }

    @Test
    void anErlangAStationLosesTheShareOfCustomersToImpatienceThatErlangAPredicts() {
        ErlangA theory = new ErlangA(10, 1, 10, 0.5);
        StationConfig config = StationConfig.of(exponential(0.1), exponential(1), 10, StopRule.atSeconds(20_500))
                .withPatience(exponential(2)).withWarmUp(SimDuration.ofSeconds(500));
        List<StationResult> results = replicate(config, 104, REPLICATIONS);
        assertAgrees("M/M/10+M P(abandon)", theory.probabilityOfAbandonment(), results, StationResult::abandonmentProbability,
                BIAS * theory.probabilityOfAbandonment(), 0.03);
        assertAgrees("M/M/10+M P(wait)", theory.probabilityOfWait(), results, StationResult::waitProbability,
                BIAS * theory.probabilityOfWait(), 0.02);
    }
}
