package dev.avalanche.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every distribution form of the format binds to the distribution its parameters describe: the
 * oracle is the mean, computed by hand from the parameters (in seconds).
 */
class DistributionFormatTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            250ms                                                      | 0.25
            1.5s                                                       | 1.5
            {dist: constant, value: 1s}                                | 1.0
            {dist: exponential, mean: 2s}                              | 2.0
            {dist: uniform, min: 1s, max: 3s}                          | 2.0
            {dist: normal, mean: 1s, sd: 200ms}                        | 1.000000297343988
            {dist: lognormal, median: 600ms, sigma: 0.4}               | 0.6499722406049752
            {dist: lognormal, mean: 1s, p99: 3s}                       | 1.0
            {dist: gamma, mean: 1s, shape: 2}                          | 1.0
            {dist: erlang, mean: 1s, phases: 3}                        | 1.0
            {dist: pareto, scale: 100ms, shape: 2.5}                   | 0.16666666666666666
            {dist: empirical, p50: 200ms, p90: 500ms, p99: 2s, max: 5s}           | 0.3375
            {dist: empirical, min: 100ms, p50: 200ms, p90: 500ms, p99: 2s, max: 5s} | 0.3625
            '{dist: mixture, of: [{weight: 0.95, dist: exponential, mean: 100ms}, {weight: 0.05, dist: constant, value: 2s}]}' | 0.195
            '{dist: mixture, of: [{weight: 3, dist: constant, value: 1s}, {weight: 1, dist: mixture, of: [{weight: 1, dist: constant, value: 5s}]}]}' | 2.0
            """)
    // normal: truncated at 0, mean + sd * phi(5) / Phi(5); lognormal: median * exp(sigma^2 / 2);
    // pareto: scale * shape / (shape - 1); empirical: the trapezoids of its piecewise-linear quantile function
    void theDistributionHasTheMeanOfItsParameters(String yaml, double mean) throws ScenarioException {
        Scenario s = Fixtures.load(Fixtures.MINIMAL, "services.social.latency=" + yaml);
        double got = s.variants().getFirst().config().services().get("social").latency().mean();
        assertEquals(mean, got, 1e-9 * Math.max(1, mean), yaml);
    }
}
