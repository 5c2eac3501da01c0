package dev.avalanche.models.queueing;

import static dev.avalanche.models.queueing.TestDistributions.constant;
import static dev.avalanche.models.queueing.TestDistributions.exponential;
import static dev.avalanche.models.queueing.TheoryCheck.assertAgrees;
import static dev.avalanche.models.queueing.TheoryCheck.replicate;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.analytic.MG1;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * M/G/1 with constant and with hyperexponential service against Pollaczek–Khinchine, 20
 * replications each. Warm-ups are over 25 relaxation times; the 0.5% bias allowance covers what
 * is left of the transient and the few customers censored at the horizon (see
 * {@link MarkovianStationsAgainstTheoryTest}).
 */
class MG1AgainstPollaczekKhinchineTest {

    private static final int REPLICATIONS = 20;
    private static final double BIAS = 0.005;

    @Test
    void constantServiceAtSeventyPercentWaitsAsPollaczekKhinchineSays() {
        MG1 theory = new MG1(0.7, 1, 1);
        StationConfig config = StationConfig.of(exponential(1 / 0.7), constant(1), 1, StopRule.atSeconds(202_000))
                .withWarmUp(SimDuration.ofSeconds(2_000));
        List<StationResult> results = replicate(config, 201, REPLICATIONS);
        assertAgrees("M/D/1 Wq", theory.meanWait(), results, StationResult::meanWaitSeconds, BIAS * theory.meanWait(), 0.03);
    }

    @Test
    void hyperexponentialServiceWithScvFourAtFiftyPercentWaitsAsPollaczekKhinchineSays() {
        // Balanced means for mean 1 and SCV 4: p = (1 + √(3/5))/2, phase means 1/(2p) and 1/(2(1−p)).
        double p = (1 + Math.sqrt(3.0 / 5)) / 2;
        TestDistributions.Hyperexponential service = TestDistributions.hyperexponential(p, 1 / (2 * p), 1 / (2 * (1 - p)));
        MG1 theory = new MG1(0.5, service.mean(), service.secondMoment());
        StationConfig config = StationConfig.of(exponential(2), service, 1, StopRule.atSeconds(402_000))
                .withWarmUp(SimDuration.ofSeconds(2_000));
        List<StationResult> results = replicate(config, 202, REPLICATIONS);
        assertAgrees("M/H2/1 Wq", theory.meanWait(), results, StationResult::meanWaitSeconds, BIAS * theory.meanWait(), 0.04);
    }
}
