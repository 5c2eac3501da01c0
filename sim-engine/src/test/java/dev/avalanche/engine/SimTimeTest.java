package dev.avalanche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimTimeTest {

    @Test
    void aNegativeInstantIsRejectedWithItsValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SimTime(-1));

        assertEquals("a simulated instant must be >= 0 ns but was -1", e.getMessage());
    }

    @Test
    void anInstantPlusADurationIsAnInstantAndTheirDifferenceIsTheDuration() {
        SimTime t = SimTime.ofSeconds(1.5);
        SimTime later = t.plus(SimDuration.ofMillis(250));

        assertEquals(SimTime.ofSeconds(1.75), later);
        assertEquals(SimDuration.ofMillis(250), later.since(t));
        assertEquals(SimDuration.ofMillis(-250), t.since(later));
    }

    @Test
    void plusThrowsOnOverflowAndWhenTheResultWouldBeNegative() {
        assertThrows(ArithmeticException.class, () -> new SimTime(Long.MAX_VALUE).plus(SimDuration.ofNanos(1)));
        assertThrows(IllegalArgumentException.class, () -> SimTime.ZERO.plus(SimDuration.ofNanos(-1)));
    }

    @Test
    void instantsOrderByTime() {
        SimTime a = new SimTime(5);
        SimTime b = new SimTime(6);

        assertTrue(a.isBefore(b));
        assertTrue(b.isAfter(a));
        assertFalse(a.isBefore(a));
        assertTrue(a.compareTo(b) < 0);
    }

    @Test
    void anInstantIsWrittenAsTheDurationSinceTimeZero() {
        assertEquals("2.5s", SimTime.ofSeconds(2.5).toString());
        assertEquals(2.5, SimTime.ofSeconds(2.5).seconds());
    }
}
