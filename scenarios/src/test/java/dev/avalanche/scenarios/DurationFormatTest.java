package dev.avalanche.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.avalanche.engine.SimDuration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A duration field takes a duration with its unit. A bare number is refused, as Go's and k6's
 * durations refuse it ({@code median: 200} could mean seconds or milliseconds), with the hint to
 * add a unit; only 0, the same in every unit, may go without one.
 */
class DurationFormatTest {

    @ParameterizedTest(name = "duration: {0}")
    @CsvSource({
        "5m30s, 330000000000",
        "250us, 250000",
        "'\"10m\"', 600000000000",
        "1.5s, 1500000000",
    })
    void aDurationFieldTakesADurationWithItsUnit(String yaml, long nanos) throws ScenarioException {
        Scenario s = Fixtures.load(Fixtures.minimalWith("duration: 30m", "duration: " + yaml));
        assertEquals(SimDuration.ofNanos(nanos), s.variants().getFirst().config().duration());
    }

    @ParameterizedTest(name = "warmup: {0}")
    @CsvSource({"0", "0.0", "0s"})
    void zeroNeedsNoUnit(String yaml) throws ScenarioException {
        Scenario s = Fixtures.load(Fixtures.minimalWith("duration: 30m", "duration: 30m\nwarmup: " + yaml));
        assertEquals(SimDuration.ZERO, s.variants().getFirst().config().warmup());
    }

    @ParameterizedTest(name = "duration: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            90   | got 90 (a number without a unit); allowed a duration: add a unit (90s, 90ms)
            0.25 | got 0.25 (a number without a unit); allowed a duration: add a unit (0.25s, 0.25ms)
            -3   | got -3 (a number without a unit); allowed a duration: add a unit (-3s, -3ms)
            1e3  | got 1e3 (a number without a unit); allowed a duration with its unit, such as 600ms, 2s, 10m, 5m30s, 250us
            """)
    void aBareNumberIsRefusedWithTheHintToAddAUnit(String yaml, String message) {
        assertEquals(List.of("s.yaml:2:11: duration: " + message),
                Fixtures.problems(Fixtures.minimalWith("duration: 30m", "duration: " + yaml)));
    }

    @org.junit.jupiter.api.Test
    void aBareNumberInADistributionIsRefusedAtTheParameter() {
        assertEquals(List.of("s.yaml:18:40: services.social.latency.median: got 200 (a number without a unit);"
                + " allowed a duration: add a unit (200s, 200ms)"),
                Fixtures.problems(Fixtures.minimalWith("median: 620ms", "median: 200")));
    }
}
