package dev.avalanche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SimDurationTest {

    @ParameterizedTest(name = "{0} ns is written {1}")
    @CsvSource({
        "0, 0s",
        "7, 7ns",
        "12000, 12us",
        "1500, 1.5us",
        "250000000, 250ms",
        "1234567, 1.234567ms",
        "1500000000, 1.5s",
        "90000000000, 90s",
        "-2000000000, -2s",
    })
    void formatsInTheLargestUnitBelowTheValue(long nanos, String text) {
        assertEquals(text, SimDuration.ofNanos(nanos).toString());
    }

    @Test
    void ofSecondsRoundsToTheNearestNanosecond() {
        assertEquals(1, SimDuration.ofSeconds(1.4e-9).nanos());
        assertEquals(2, SimDuration.ofSeconds(1.6e-9).nanos());
        assertEquals(1_500_000_000L, SimDuration.ofSeconds(1.5).nanos());
    }

    @ParameterizedTest(name = "{0} s is rejected")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, 1e10, -1e10})
    void ofSecondsRejectsValuesThatAreNotAFiniteLongOfNanoseconds(double seconds) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SimDuration.ofSeconds(seconds));

        assertTrue(e.getMessage().endsWith("but was " + seconds), e.getMessage());
    }

    @Test
    void ofMillisOverflowThrowsInsteadOfWrapping() {
        assertThrows(ArithmeticException.class, () -> SimDuration.ofMillis(Long.MAX_VALUE / 1000));
    }

    @Test
    void plusAddsExactlyAndThrowsOnOverflow() {
        assertEquals(SimDuration.ofNanos(1_000_000_001L), SimDuration.ofMillis(1000).plus(SimDuration.ofNanos(1)));
        assertThrows(ArithmeticException.class, () -> SimDuration.ofNanos(Long.MAX_VALUE).plus(SimDuration.ofNanos(1)));
    }

    @Test
    void timesScalesAndRoundsToTheNearestNanosecond() {
        assertEquals(SimDuration.ofMillis(3000), SimDuration.ofMillis(2000).times(1.5));
        assertEquals(SimDuration.ofNanos(333), SimDuration.ofNanos(1000).times(0.3333));
    }

    @Test
    void durationsCompareByLength() {
        assertTrue(SimDuration.ofMillis(1).compareTo(SimDuration.ofNanos(999_999)) > 0);
        assertTrue(SimDuration.ofNanos(-1).isNegative());
    }
}
