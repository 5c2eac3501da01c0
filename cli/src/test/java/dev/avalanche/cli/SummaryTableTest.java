package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SummaryTableTest {

    @Test
    void memoryIsShownInBinaryUnits() {
        assertEquals("16 GiB", SummaryTable.bytes(2000 * 8.0 * (1 << 20)));
        assertEquals("5.0 GiB", SummaryTable.bytes(640 * 8.0 * (1 << 20)));
        assertEquals("512 B", SummaryTable.bytes(512));
        assertEquals("-", SummaryTable.bytes(0), "no memory per worker given");
    }
}
