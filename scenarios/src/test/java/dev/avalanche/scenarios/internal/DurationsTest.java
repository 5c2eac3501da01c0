package dev.avalanche.scenarios.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The duration strings of the format, computed exactly in nanoseconds. */
class DurationsTest {

    @ParameterizedTest(name = "{0} = {1} ns")
    @CsvSource({
        "5m30s, 330000000000",
        "250us, 250000",
        "250µs, 250000",
        "600ms, 600000000",
        "2s, 2000000000",
        "10m, 600000000000",
        "1h, 3600000000000",
        "1h30m, 5400000000000",
        "1.5s, 1500000000",
        "0.1s, 100000000",
        "1m0.5s, 60500000000",
        "0s, 0",
        "12ns, 12",
        "-2s, -2000000000",
    })
    void aDurationStringIsItsExactNumberOfNanoseconds(String text, long nanos) {
        assertEquals(Optional.of(nanos), Durations.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "-", "5", "5x", "s", "30s5m", "1m1m", "1h 30m", "1,5s", ".5s", "5 s", "99999999999h"})
    void anythingElseIsNotADuration(String text) {
        assertEquals(Optional.empty(), Durations.parse(text));
    }
}
