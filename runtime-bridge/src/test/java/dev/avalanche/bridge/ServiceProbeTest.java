package dev.avalanche.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.bridge.internal.server.AppServer;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.bridge.internal.run.LockedStream;
import dev.avalanche.bridge.internal.server.ServerLog;
import dev.avalanche.bridge.internal.stub.ThirdPartyStub;
import dev.avalanche.bridge.probe.ProbeOptions;
import dev.avalanche.bridge.probe.ServiceProbe;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.fit.Calibration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Calibration against the project's own app server with a known pool (2 processes x 3 threads)
 * and a known CPU burst per request: the probe finds the pool by a count (the burst's first wave),
 * which a busy machine does not change, and the CPU at least as large as the burst. How fast or how
 * exact the timings are is not asserted.
 */
class ServiceProbeTest {

    @Test
    void theProbeCountsTwoProcessesOfThreeThreadsAsALimitOfSixAndReadsAtLeastTheCpuEachRequestBurns() throws Exception {
        Scenario s = Scenario.closed(6, 100).workers(Workers.Model.THREADS, 3).call(0.3);
        s.processes = 2;
        s.cpu = Optional.of(Distributions.constant(0.01));
        ModelConfig cfg = s.build();
        RandomStreams streams = new RandomStreams(3);
        LiveClock clock = new LiveClock(1);
        try (ThirdPartyStub stub = ThirdPartyStub.start(cfg.services(), streams, 1, clock::modelNanos);
                AppServer server = AppServer.start(cfg, stub, new LockedStream(streams.stream("cpu")), clock,
                        new ServerLog(ServerLogs.CAPACITY), 10, 0)) {
            ProbeOptions opts = ProbeOptions.defaults(LiveTarget.resolve(server.uri(), false)).withMaxTime(Duration.ofSeconds(120))
                    .withMaxConcurrency(64).withMaxConnections(40).withPids(List.of(ProcessHandle.current().pid()));
            List<String> progress = new ArrayList<>();
            Calibration c = ServiceProbe.run(opts, progress::add);

            assertEquals(6, c.limit().limit(), "2 x 3 threads; " + c.limit() + " " + progress);
            assertEquals("burst", c.limit().method(), "found by the burst's count: " + c.limit());
            assertTrue(c.serviceTime().mean() >= 0.31, "a 300 ms call after 10 ms of CPU: " + c.serviceTime());
            Calibration.Cpu cpu = c.cpu().orElseThrow();
            assertTrue(cpu.perRequestSeconds() >= 0.01 - cpu.halfWidthSeconds(), "10 ms burned per request, and the client's: " + cpu);
            Calibration.ListenQueue q = c.listenQueue();
            assertEquals(40, q.attempted(), "the front takes every connection, so all 40 were tried: " + q);
            assertEquals(q.attempted(), q.connected() + q.refused() + q.dropped(), "every connection counted once: " + q);
        }
    }

    @Test
    void withoutAPidTheCpuIsNotMeasuredAndAMissingPidIsRefusedBeforeAnyRequest() throws Exception {
        ModelConfig cfg = Scenario.closed(2, 20).workers(Workers.Model.THREADS, 2).call(0.05).build();
        RandomStreams streams = new RandomStreams(3);
        LiveClock clock = new LiveClock(1);
        ServerLog log = new ServerLog(ServerLogs.CAPACITY);
        try (ThirdPartyStub stub = ThirdPartyStub.start(cfg.services(), streams, 1, clock::modelNanos);
                AppServer server = AppServer.start(cfg, stub, new LockedStream(streams.stream("cpu")), clock, log, 10, 0)) {
            ProbeOptions opts = ProbeOptions.defaults(LiveTarget.resolve(server.uri(), false)).withMaxTime(Duration.ofSeconds(60))
                    .withMaxConcurrency(8).withMaxConnections(0);
            long nobody = Long.MAX_VALUE / 2;
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> ServiceProbe.run(opts.withPids(List.of(nobody)), line -> { }));
            assertTrue(e.getMessage().startsWith("pid: got " + nobody), e.getMessage());
            assertEquals(0, log.worked(), "nothing was sent for a pid that does not exist");

            Calibration c = ServiceProbe.run(opts, line -> { });
            assertTrue(c.cpu().isEmpty());
            assertEquals(0, c.listenQueue().attempted(), "--max-connections 0 skips the listen queue");
            assertTrue(c.steps().size() >= 2 && c.steps().getLast().concurrency() <= 8, "bounded by the cap: " + c.steps());
        }
    }
}
