package dev.avalanche.charts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DescribeTest {

    @Test
    void numbersKeepAboutThreeSignificantDigitsWithoutTrailingZeros() {
        assertEquals("0", Describe.number(0));
        assertEquals("0.0123", Describe.number(0.012345));
        assertEquals("1.5", Describe.number(1.5));
        assertEquals("12", Describe.number(12.0));
        assertEquals("12.3", Describe.number(12.34));
        assertEquals("12346", Describe.number(12345.6));
        assertEquals("-", Describe.number(Double.NaN));
    }
}
