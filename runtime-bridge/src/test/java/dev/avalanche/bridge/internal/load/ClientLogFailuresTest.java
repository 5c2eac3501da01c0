package dev.avalanche.bridge.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure's class and status cross from the users' JVM to the server's with the rest of its request. */
class ClientLogFailuresTest {

    @TempDir
    Path dir;

    @Test
    void eachRequestsFailureClassAndStatusAreReadBackAsWritten() throws IOException {
        ClientLog log = new ClientLog(8);
        for (int id = 0; id < 5; id++) {
            log.reserve();
            log.sent(id, id, id, false);
        }
        log.resolved(0, ClientOutcome.FAILED, FailureClass.PROTOCOL, 0, 10);
        log.resolved(1, ClientOutcome.REJECTED, FailureClass.HTTP, 502, 11);
        log.resolved(2, ClientOutcome.TIMED_OUT, FailureClass.READ_TIMEOUT, 0, 12);
        log.resolved(3, ClientOutcome.GOODPUT, 13);
        log.resolved(4, ClientOutcome.FAILED, FailureClass.HTTP, 503, 14);
        Path file = dir.resolve("client.log");
        ClientLogFile.write(log, false, 20, 0, file);
        ClientLog back = ClientLogFile.read(file, 8).log();
        assertEquals(Optional.of(FailureClass.PROTOCOL), back.failure(0));
        assertEquals(Optional.of(FailureClass.HTTP), back.failure(1));
        assertEquals(502, back.failureStatus(1));
        assertEquals(ClientOutcome.REJECTED, back.outcome(1));
        assertEquals(Optional.of(FailureClass.READ_TIMEOUT), back.failure(2));
        assertEquals(Optional.empty(), back.failure(3), "a good response has no failure class");
        assertEquals(503, back.failureStatus(4));
        assertEquals(14, back.resolvedNanos(4));
    }

    @Test
    void anOutcomeLoggedWithoutAClassIsAnsweredAsTheBuiltInDeploymentAnswersIt() {
        ClientLog log = new ClientLog(3);
        for (int id = 0; id < 3; id++) {
            log.reserve();
        }
        log.resolved(0, ClientOutcome.FAILED, 1);
        log.resolved(1, ClientOutcome.REJECTED, 1);
        log.resolved(2, ClientOutcome.TIMED_OUT, 1);
        assertEquals(500, log.failureStatus(0));
        assertEquals(502, log.failureStatus(1));
        assertEquals(504, log.failureStatus(2));
    }
}
