package dev.avalanche.bridge.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The users' log crosses from the child JVM to the server's as a file, whole or not at all. */
class ClientLogFileTest {

    @TempDir
    Path dir;

    private static ClientLog sample() {
        ClientLog log = new ClientLog(10);
        for (int i = 0; i < 4; i++) {
            log.reserve();
        }
        log.sent(0, 100, 110, false);
        log.resolved(0, ClientOutcome.GOODPUT, 1_000_110);
        log.sent(1, 200, 205, false);
        log.resolved(1, ClientOutcome.ABANDONED, 500_205);
        log.sent(2, 600_000, 600_001, true);
        // 3 was reserved but never sent; 2 is still in flight.
        return log;
    }

    @Test
    void aLogReadBackHoldsEveryRequestAsWritten() throws IOException {
        Path file = dir.resolve("client.log");
        ClientLogFile.write(sample(), true, 2_000_000, 5_000, file);
        ClientLogFile.Contents c = ClientLogFile.read(file, 10);
        ClientLog log = c.log();
        assertTrue(c.truncated());
        assertEquals(2_000_000, c.endNanos());
        assertEquals(5_000, c.cpuNanos());
        assertEquals(4, log.size());
        assertEquals(6, log.remaining(), "the capacity is the reader's");
        assertEquals(ClientOutcome.GOODPUT, log.outcome(0));
        assertEquals(1_000_110, log.resolvedNanos(0));
        assertEquals(ClientOutcome.ABANDONED, log.outcome(1));
        assertEquals(205, log.sentNanos(1));
        assertTrue(log.isRefresh(2));
        assertEquals(600_000, log.intendedNanos(2));
        assertEquals(ClientOutcome.IN_FLIGHT, log.outcome(2));
        assertFalse(log.wasSent(3));
        assertFalse(Files.exists(dir.resolve("client.log.part")), "written under a temporary name, then moved");
    }

    @Test
    void aLogCutShortIsRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve("client.log");
        ClientLogFile.write(sample(), false, 0, 0, file);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 10));
        IOException e = assertThrows(IOException.class, () -> ClientLogFile.read(file, 10));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aLogOfMoreRequestsThanTheReaderHoldsIsRefused() throws IOException {
        Path file = dir.resolve("client.log");
        ClientLogFile.write(sample(), false, 0, 0, file);
        IOException e = assertThrows(IOException.class, () -> ClientLogFile.read(file, 3));
        assertTrue(e.getMessage().contains("got 4 requests; allowed 0..3"), e.getMessage());
    }
}
