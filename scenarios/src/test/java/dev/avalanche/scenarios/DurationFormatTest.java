package dev.avalanche.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.avalanche.engine.SimDuration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A duration field takes a duration string or a plain number of seconds. */
class DurationFormatTest {

    @ParameterizedTest(name = "duration: {0}")
    @CsvSource({
        "5m30s, 330000000000",
        "250us, 250000",
        "90, 90000000000",
        "0.25, 250000000",
        "1_800, 1800000000000",
        "'\"10m\"', 600000000000",
    })
    void aDurationFieldTakesAStringOrSeconds(String yaml, long nanos) throws ScenarioException {
        Scenario s = Fixtures.load(Fixtures.minimalWith("duration: 30m", "duration: " + yaml));
        assertEquals(SimDuration.ofNanos(nanos), s.variants().getFirst().config().duration());
    }
}
